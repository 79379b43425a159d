package io.teamsdr.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.teamsdr.core.ClientSettings;
import io.teamsdr.core.event.CallListener;
import java.net.http.HttpClient;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a client's transport and every transport derived from it share: the HTTP client and the
 * executor (created here unless the caller gave them), the object mapper, the client-wide 429 pause,
 * the client-side rate limit, the concurrency limit, the listener, and the pieces of every request
 * that never change (base URI, user agent).
 */
final class ClientResources {
    final ClientSettings settings;
    final HttpClient httpClient;
    final boolean ownsHttpClient;
    /**
     * Whether the HTTP client is the JDK's own implementation (the SDK's always is), which ends an
     * exchange when the future {@code sendAsync} returned is cancelled; a decorator may not pass that on.
     */
    final boolean jdkHttpClient;
    /** For work that may block: a handler reading a long body, a credentials refresh, what follows a wait. */
    final Executor executor;
    /** For short work that never blocks: the HTTP client's own, and handing a freed slot to a waiting call. */
    final Executor nonBlocking;
    final ExecutorService ownedExecutor;
    final LastIdleFirstPool ownedNonBlocking;
    final ObjectMapper mapper;
    final ClientPause pause;
    final RateLimiter rateLimiter;
    final ConcurrencyLimit limit;
    final CallListener listener;
    final String userAgent;
    /** The endpoint without a trailing slash, to which each expanded path is appended. */
    final String base;
    private volatile boolean closed;

    ClientResources(ClientSettings settings) {
        this.settings = settings;
        boolean own = settings.executor().isEmpty();
        this.ownedExecutor = own ? newCachedPool() : null;
        this.ownedNonBlocking = own ? newNonBlockingPool() : null;
        this.executor = own ? ownedExecutor : settings.executor().orElseThrow();
        this.nonBlocking = own ? ownedNonBlocking : executor;
        this.httpClient = settings.httpClient().orElseGet(() -> newHttpClient(settings, nonBlocking));
        this.ownsHttpClient = settings.httpClient().isEmpty();
        this.jdkHttpClient = httpClient.getClass().getName().startsWith("jdk.internal.net.http.");
        this.mapper = JsonMapperFactory.create();
        this.pause = new ClientPause(settings.clock());
        this.rateLimiter = settings.rateLimit().map(limit -> RateLimiter.of("teamsdr", RateLimiterConfig.custom()
                .limitForPeriod(limit.permits())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(limit.maxWait())
                .build())).orElse(null);
        this.limit = new ConcurrencyLimit(settings.maxConcurrentRequests(), nonBlocking);
        this.listener = settings.listener();
        this.userAgent = UserAgent.of(settings.userAgentSuffix().orElse(null));
        String endpoint = settings.endpoint().toString();
        this.base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }

    /**
     * The SDK's threads for work that may block (async handlers that read a long body, credential
     * refreshes, page prefetches): cached, because a blocked task must not keep others waiting; idle
     * threads go after a minute. Async calls that only wait use none of them.
     */
    private static ExecutorService newCachedPool() {
        return Executors.newCachedThreadPool(daemonThreads("teamsdr-"));
    }

    /**
     * The SDK's threads for the HTTP client: two per core (at least four), since its work never blocks.
     * A fan-out of thousands of async calls runs on these few threads instead of growing a pool.
     */
    private static LastIdleFirstPool newNonBlockingPool() {
        return new LastIdleFirstPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), "teamsdr-http-");
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static HttpClient newHttpClient(ClientSettings settings, Executor executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                // Redirects are not followed: a redirect could carry the Authorization header elsewhere.
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        settings.sslContext().ifPresent(builder::sslContext);
        settings.proxy().ifPresent(builder::proxy);
        return builder.build();
    }

    /**
     * Fails a call made after {@link #close()}: on JDK 17 the HTTP client outlives the executor it was
     * given, so a call sent anyway would wait forever for a thread that no longer takes work.
     */
    void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The client is closed; build a new client, or keep one open for the application's lifetime");
        }
    }

    /** Releases what was created here; never a caller's HTTP client or executor. */
    void close() {
        closed = true;
        if (ownsHttpClient && httpClient instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Closing an HTTP client only releases idle connections; nothing to report.
            }
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
            ownedNonBlocking.shutdown();
        }
    }
}
