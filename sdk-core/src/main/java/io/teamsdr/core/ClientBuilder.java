package io.teamsdr.core;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import io.teamsdr.core.event.CallListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * The settings every teamsdr client builder shares. Client builders extend it and add their own.
 *
 * <p>Three timeouts bound a call: {@link #connectTimeout(Duration) connect} (TCP and TLS set-up,
 * default 10 s), {@link #responseTimeout(Duration) response} (one attempt, until the response
 * headers arrive, default 30 s) and {@link #callTimeout(Duration) call} (all attempts and waits
 * together, default 2 min). While a body is read, the {@link #idleTimeout(Duration) idle timeout}
 * (default 30 s) bounds each wait for the next bytes, and the call timeout still bounds the whole call
 * unless a call opts out with {@link RequestOptions.Builder#unboundedBody()}.
 *
 * <p>At most {@link #maxConcurrentRequests(int) maxConcurrentRequests} requests (default 64) of one
 * client are in flight at once, sync and async calls together; more wait their turn, async ones
 * without holding a thread.
 *
 * @param <B> the concrete builder type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
    URI endpoint;
    Credentials credentials = Credentials.none();
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration responseTimeout = Duration.ofSeconds(30);
    Duration callTimeout = Duration.ofMinutes(2);
    Duration idleTimeout = Duration.ofSeconds(30);
    int maxConcurrentRequests = 64;
    final List<CallListener> listeners = new ArrayList<>();
    RetryOptions retry = RetryOptions.defaults();
    RateLimitOptions rateLimit;
    HttpClient httpClient;
    Executor executor;
    SSLContext sslContext;
    ProxySelector proxy;
    String userAgentSuffix;
    Sleeper sleeper = Sleeper.system();
    Clock clock = Clock.systemUTC();
    final LogOptions clientLogOptions;
    LogOptions logOptions = LogOptions.none();

    /** Creates a builder with the defaults, for a client whose API makes no query value or field safe to log. */
    protected ClientBuilder() {
        this(LogOptions.none());
    }

    /**
     * Creates a builder with the defaults and the log options of the client's API: the query
     * parameters whose values are safe to log and the request fields that hold secrets. What a
     * caller passes to {@link #logOptions(LogOptions)} adds to these.
     *
     * @param clientLogOptions what the client's API makes safe to log or secret
     */
    protected ClientBuilder(LogOptions clientLogOptions) {
        this.clientLogOptions = Objects.requireNonNull(clientLogOptions, "clientLogOptions");
    }

    /**
     * Returns this builder as its concrete type.
     *
     * @return {@code this}
     */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }

    /**
     * Sets the base URI of the API; required.
     *
     * @param uri the base URI, {@code http} or {@code https}
     * @return this builder
     */
    public B endpoint(URI uri) {
        Objects.requireNonNull(uri, "endpoint");
        String scheme = uri.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            // Only the scheme is quoted: the rest of a rejected URI may carry user info with a password.
            throw new IllegalArgumentException("endpoint must be an http or https URI, was scheme " + scheme);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("endpoint must not carry a query, fragment or user info");
        }
        this.endpoint = uri;
        return self();
    }

    /**
     * Sets how the client authenticates.
     *
     * @param credentials the credentials strategy
     * @return this builder
     */
    public B credentials(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return self();
    }

    /**
     * Sets the connect timeout (ignored when a caller-supplied {@link HttpClient} is used).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return self();
    }

    /**
     * Sets the per-attempt response timeout: how long one attempt waits for the response headers,
     * counted from the moment its request is handed to the HTTP client (a request body's upload
     * included). The SDK checks it every 50 ms, so an attempt ends up to 50 ms after it expires.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public B responseTimeout(Duration timeout) {
        this.responseTimeout = positive(timeout, "responseTimeout");
        return self();
    }

    /**
     * Sets the timeout of a whole call, every attempt and wait included.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = positive(timeout, "callTimeout");
        return self();
    }

    /**
     * Sets the longest wait for the next bytes of an answer's body (default 30 s), so that a server that
     * stalls mid-answer ends the call even when the call timeout is long or switched off for a download.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public B idleTimeout(Duration timeout) {
        this.idleTimeout = positive(timeout, "idleTimeout");
        return self();
    }

    /**
     * Sets how many requests of this client may be in flight at once, sync and async calls together
     * (default 64). A call waits for a free slot before each attempt, an async one without holding a
     * thread; one that gets none before its call timeout fails with a {@link ConcurrencyLimitException}.
     * With the SDK's own HTTP client this also bounds its connections to the server.
     *
     * @param limit the limit, at least 1
     * @return this builder
     */
    public B maxConcurrentRequests(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was " + limit);
        }
        this.maxConcurrentRequests = limit;
        return self();
    }

    /**
     * Adds a listener to the events of every call (start, attempts, retries, pauses, end or failure),
     * e.g. for metrics or tracing. Several listeners are called in the order added; one that throws is
     * logged and ignored.
     *
     * @param listener the listener
     * @return this builder
     */
    public B listener(CallListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return self();
    }

    /**
     * Sets the retry options.
     *
     * @param options the options; {@link RetryOptions#none()} disables retries
     * @return this builder
     */
    public B retry(RetryOptions options) {
        this.retry = Objects.requireNonNull(options, "retry");
        return self();
    }

    /**
     * Turns on a client-side rate limit shared by all threads of this client.
     *
     * @param options the limit
     * @return this builder
     */
    public B rateLimit(RateLimitOptions options) {
        this.rateLimit = Objects.requireNonNull(options, "rateLimit");
        return self();
    }

    /**
     * Uses the caller's HTTP client. The SDK never closes it; connect timeout, TLS and proxy
     * settings of this builder do not apply to it. A client that wraps the JDK's should run {@code send}
     * on the calling thread, as the JDK's does: the SDK ends an overdue sync exchange by interrupting
     * that thread. Async requests through a client other than the JDK's own also carry the response
     * timeout as their {@code HttpRequest} timeout, since a wrapper may not pass the cancellation of
     * its futures on to the exchange.
     *
     * @param client the client
     * @return this builder
     */
    public B httpClient(HttpClient client) {
        this.httpClient = Objects.requireNonNull(client, "httpClient");
        return self();
    }

    /**
     * Uses the caller's executor for the SDK-created HTTP client and for the work that may block (a
     * handler reading a long body, a credentials refresh, page prefetches). Without one the SDK runs the
     * HTTP client on a few threads of its own and the blocking work on a cached pool.
     *
     * @param executor the executor
     * @return this builder
     */
    public B executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return self();
    }

    /**
     * Uses the caller's TLS context, e.g. one that trusts an appliance's own CA. Certificate checks
     * are never switched off by the SDK.
     *
     * @param context the TLS context
     * @return this builder
     */
    public B sslContext(SSLContext context) {
        this.sslContext = Objects.requireNonNull(context, "sslContext");
        return self();
    }

    /**
     * Sends requests through a proxy.
     *
     * @param selector the proxy selector, e.g. {@code ProxySelector.of(address)}
     * @return this builder
     */
    public B proxy(ProxySelector selector) {
        this.proxy = Objects.requireNonNull(selector, "proxy");
        return self();
    }

    /**
     * Appends text to the {@code User-Agent} header, e.g. {@code my-portal/2.1}.
     *
     * @param suffix the suffix
     * @return this builder
     */
    public B userAgentSuffix(String suffix) {
        Objects.requireNonNull(suffix, "userAgentSuffix");
        if (suffix.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
        }
        this.userAgentSuffix = suffix;
        return self();
    }

    /**
     * Replaces the sleeper used between retries (tests observe waits instead of spending them).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * Replaces the clock used for deadlines and {@code Retry-After} dates.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Logs request and response bodies at TRACE level, with secrets redacted. Off by default.
     *
     * @param enabled whether to log bodies
     * @return this builder
     */
    public B logBodies(boolean enabled) {
        this.logOptions = logOptions.withBodies(enabled);
        return self();
    }

    /**
     * Sets what may be logged beyond what the client allows itself: more query parameters and headers
     * whose values are shown, more secret request fields, body logging.
     *
     * @param options the options; they add to the client's own
     * @return this builder
     */
    public B logOptions(LogOptions options) {
        this.logOptions = Objects.requireNonNull(options, "logOptions");
        return self();
    }

    /**
     * Freezes the shared settings; called by the concrete builder's {@code build()}.
     *
     * @return the settings
     */
    protected final ClientSettings settings() {
        return new ClientSettings(this);
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
