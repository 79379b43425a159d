package io.teamsdr.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.ClientSettings;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard {@link Transport}: one logical call is a loop of attempts, each with fresh
 * credentials, the client-wide 429 pause, the optional rate limit, a per-attempt timeout capped by
 * the call's deadline, and the retry decision of {@link RetryPolicy}. Every attempt of a call carries
 * the same {@code X-Request-Id}.
 */
public final class HttpTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger("io.teamsdr.http");
    private static final String REQUEST_ID = "X-Request-Id";
    /** A larger unread rest is cheaper to drop with its connection than to read. */
    private static final long MAX_DRAINED_BYTES = 64 * 1024;

    private final Shared shared;
    private final RequestOptions options;
    private final RetryPolicy retryPolicy;
    private final Credentials credentials;
    private final boolean derived;

    /** What derived transports share with the one the client built. */
    private record Shared(ClientSettings settings, HttpClient httpClient, boolean ownsHttpClient,
                          Executor executor, ExecutorService ownedExecutor, ObjectMapper mapper,
                          ClientPause pause, RateLimiter rateLimiter, String userAgent) {
    }

    /**
     * Creates the transport of a client.
     *
     * @param settings the client settings
     */
    public HttpTransport(ClientSettings settings) {
        ExecutorService ownedExecutor = settings.executor().isPresent() ? null : newDaemonPool();
        Executor executor = settings.executor().orElse(ownedExecutor);
        HttpClient client = settings.httpClient().orElseGet(() -> newHttpClient(settings, executor));
        RateLimiter limiter = settings.rateLimit().map(limit -> RateLimiter.of("teamsdr", RateLimiterConfig.custom()
                .limitForPeriod(limit.permits())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(limit.maxWait())
                .build())).orElse(null);
        this.shared = new Shared(settings, client, settings.httpClient().isEmpty(), executor, ownedExecutor,
                JsonMapperFactory.create(), new ClientPause(settings.clock()), limiter,
                UserAgent.of(settings.userAgentSuffix().orElse(null)));
        this.options = RequestOptions.none();
        this.retryPolicy = new RetryPolicy(settings.retry());
        this.credentials = settings.credentials();
        this.derived = false;
    }

    private HttpTransport(Shared shared, RequestOptions options, Credentials credentials) {
        this.shared = shared;
        this.options = options;
        this.retryPolicy = new RetryPolicy(options.retry().orElse(shared.settings().retry()));
        this.credentials = credentials;
        this.derived = true;
    }

    private static ExecutorService newDaemonPool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "teamsdr-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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

    @Override
    public ObjectMapper mapper() {
        return shared.mapper();
    }

    @Override
    public ClientSettings settings() {
        return shared.settings();
    }

    @Override
    public Executor executor() {
        return shared.executor();
    }

    @Override
    public Transport withOptions(RequestOptions extra) {
        return new HttpTransport(shared, options.merge(extra), credentials);
    }

    @Override
    public Transport withCredentials(Credentials other) {
        return new HttpTransport(shared, options, Objects.requireNonNull(other, "credentials"));
    }

    @Override
    public <T> CompletableFuture<T> sendAsync(RequestSpec spec, ResponseHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> send(spec, handler), shared.executor());
    }

    @Override
    public <T> T send(RequestSpec spec, ResponseHandler<T> handler) {
        ClientSettings settings = shared.settings();
        String requestId = UUID.randomUUID().toString();
        Duration callTimeout = options.callTimeout().orElse(settings.callTimeout());
        Deadline deadline = Deadline.after(settings.clock(), callTimeout);
        Retry.AsyncContext<Object> retries = retryPolicy.newCall();
        byte[] json = serializeJson(spec);
        boolean refreshed = false;
        int attempt = 0;
        while (true) {
            attempt++;
            Attempt<T> outcome = attempt(spec, handler, requestId, attempt, deadline, json);
            RuntimeException failure = outcome.failure();
            if (failure == null) {
                return outcome.result();
            }
            if (failure instanceof UnauthorizedException && !refreshed && spec.body().isReplayable()
                    && credentials.refreshAfterUnauthorized(outcome.authorization())) {
                refreshed = true;
                LOG.debug("{} {} got 401; credentials refreshed, trying once more [request-id={}]",
                        spec.method(), spec.pathTemplate(), requestId);
                continue;
            }
            if (failure instanceof ApiException api && api.status() == 429) {
                // Capped like an honoured Retry-After: an absurd value must not park every thread of the
                // client beyond what a retry would wait; calls after the cap ask the server again.
                Duration pause = api.retryAfter().orElseGet(() -> retryPolicy.backoffFor(outcome.attemptNumber()));
                Duration cap = retryPolicy.options().maxRetryAfter();
                shared.pause().pauseFor(pause.compareTo(cap) > 0 ? cap : pause);
            }
            if (!mayRetry(spec)) {
                throw failure;
            }
            Optional<Duration> wait = retryPolicy.nextWait(retries, failure, deadline);
            if (wait.isEmpty()) {
                throw failure;
            }
            LOG.debug("{} {} will retry in {} ms [request-id={}, attempt={}]",
                    spec.method(), spec.pathTemplate(), wait.get().toMillis(), requestId, attempt);
            sleep(spec, requestId, attempt, wait.get());
        }
    }

    private boolean mayRetry(RequestSpec spec) {
        return spec.isIdempotent() && spec.body().isReplayable();
    }

    /** The outcome of one attempt: a result, or a failure with the credentials it used. */
    private record Attempt<T>(T result, RuntimeException failure, String authorization, int attemptNumber) {
    }

    private <T> Attempt<T> attempt(RequestSpec spec, ResponseHandler<T> handler, String requestId, int attempt,
                                   Deadline deadline, byte[] json) {
        ClientSettings settings = shared.settings();
        try {
            shared.pause().awaitResume(settings.sleeper(), deadline);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            // Interrupted before this attempt was sent: only the earlier ones count.
            throw new TransportException(spec.method().name(), spec.pathTemplate(), requestId, attempt - 1, false, interrupted);
        }
        acquirePermit(spec);
        long remaining = deadline.remainingMillis();
        if (remaining <= 0) {
            // This attempt was never sent, so only the earlier ones count.
            throw new TransportException(spec.method().name(), spec.pathTemplate(), requestId, attempt - 1, true,
                    new HttpTimeoutException("call timeout of " + deadline.timeout() + " expired"));
        }
        Duration responseTimeout = options.responseTimeout().orElse(settings.responseTimeout());
        Duration attemptTimeout = Duration.ofMillis(Math.min(responseTimeout.toMillis(), remaining));
        String authorization = credentials.authorization().orElse("");
        BodySource body = bodySource(spec, json, requestId);
        HttpRequest request = buildRequest(spec, requestId, attemptTimeout, authorization, body);
        long started = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = shared.httpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException failure) {
            body.close();
            Throwable writerFailure = body.writerFailure();
            if (writerFailure != null) {
                throw writerFailed(spec, requestId, writerFailure);
            }
            TransportException transport = new TransportException(spec.method().name(), spec.pathTemplate(), requestId,
                    attempt, failure instanceof HttpTimeoutException, failure);
            LOG.debug("{} {} failed after {} ms: {} [request-id={}, attempt={}]", spec.method(), spec.pathTemplate(),
                    elapsedMillis(started), failure.toString(), requestId, attempt);
            return new Attempt<>(null, transport, authorization, attempt);
        } catch (InterruptedException interrupted) {
            body.close();
            Thread.currentThread().interrupt();
            throw new TransportException(spec.method().name(), spec.pathTemplate(), requestId, attempt, false, interrupted);
        }
        body.close();
        int status = response.statusCode();
        LOG.debug("{} {} -> {} in {} ms [request-id={}, attempt={}]", spec.method(), spec.pathTemplate(), status,
                elapsedMillis(started), requestId, attempt);
        if (LOG.isTraceEnabled()) {
            LOG.trace("response headers {} [request-id={}]", Redactor.headers(response.headers()), requestId);
        }
        ResponseView view = new ResponseView(spec, response, requestId, attempt, shared.mapper(),
                settings.clock(), settings.logBodies() && LOG.isTraceEnabled());
        if (!handler.accepts(status)) {
            try (InputStream ignored = response.body()) {
                return new Attempt<>(null, view.toApiException(), authorization, attempt);
            } catch (IOException closeFailure) {
                return new Attempt<>(null, view.toApiException(), authorization, attempt);
            }
        }
        boolean keepOpen = handler.keepsBodyOpen();
        boolean handled = false;
        try {
            T result = handler.handle(view);
            handled = true;
            return new Attempt<>(result, null, authorization, attempt);
        } catch (IOException failure) {
            keepOpen = false;
            throw new TransportException(spec.method().name(), spec.pathTemplate(), requestId, attempt, false, failure);
        } catch (UncheckedIOException failure) {
            keepOpen = false;
            throw new TransportException(spec.method().name(), spec.pathTemplate(), requestId, attempt, false, failure.getCause());
        } catch (RuntimeException failure) {
            keepOpen = false;
            throw failure;
        } finally {
            if (!keepOpen) {
                // After a failure the rest may never come (a stalled body has no timeout): just close.
                finish(response.body(), handled);
            }
        }
    }

    /**
     * The caller's body writer failed, not the network: never retried (the same source would fail
     * again) and never reported as a transport problem. A runtime exception, such as the
     * {@code ValidationException} of a bad row, is the caller's own and is rethrown as it is.
     */
    private static RuntimeException writerFailed(RequestSpec spec, String requestId, Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new TeamsdrException(spec + " was not completed: the request body writer failed ("
                + failure.getMessage() + "), so the server got an incomplete body and will not apply it. "
                + "Fix the body's source and send again. [request id " + requestId + "]", failure);
    }

    private void acquirePermit(RequestSpec spec) {
        RateLimiter limiter = shared.rateLimiter();
        if (limiter != null && !limiter.acquirePermission()) {
            throw new TeamsdrException(spec + " not sent: the client-side rate limit gave no permit within "
                    + shared.settings().rateLimit().orElseThrow().maxWait() + "; lower concurrency or raise the limit.");
        }
    }

    private HttpRequest buildRequest(RequestSpec spec, String requestId, Duration timeout, String authorization,
                                     BodySource body) {
        String query = spec.encodedQuery();
        String base = shared.settings().endpoint().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri = URI.create(base + spec.expandedPath() + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", shared.userAgent())
                .header(REQUEST_ID, requestId)
                .method(spec.method().name(), body.publisher());
        if (!spec.headers().containsKey("Accept")) {
            builder.header("Accept", "application/json");
        }
        body.contentType().ifPresent(type -> builder.header("Content-Type", type));
        if (!authorization.isEmpty()) {
            builder.header("Authorization", authorization);
        }
        for (Map.Entry<String, String> header : options.headers().entrySet()) {
            builder.setHeader(header.getKey(), header.getValue());
        }
        for (Map.Entry<String, String> header : spec.headers().entrySet()) {
            builder.setHeader(header.getKey(), header.getValue());
        }
        HttpRequest request = builder.build();
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {}{} [request-id={}]", spec.method(), spec.pathTemplate(),
                    spec.query().isEmpty() ? "" : "?" + Redactor.query(spec.query()), requestId);
            LOG.trace("request headers {} [request-id={}]", Redactor.headers(request.headers()), requestId);
            String loggable = shared.settings().logBodies() ? body.loggableText() : null;
            if (loggable != null) {
                LOG.trace("request body {} [request-id={}]", loggable, requestId);
            }
        }
        return request;
    }

    private byte[] serializeJson(RequestSpec spec) {
        if (spec.body() instanceof RequestBody.Json json) {
            try {
                return shared.mapper().writeValueAsBytes(json.value());
            } catch (JsonProcessingException failure) {
                throw new TeamsdrException("cannot serialize the body of " + spec + " to JSON: "
                        + failure.getOriginalMessage(), failure);
            }
        }
        return null;
    }

    private BodySource bodySource(RequestSpec spec, byte[] json, String requestId) {
        RequestBody body = spec.body();
        if (body instanceof RequestBody.Json) {
            return BodySource.inMemory(json, RequestBody.JSON);
        }
        if (body instanceof RequestBody.Bytes bytes) {
            return BodySource.inMemory(bytes.bytes(), bytes.contentType());
        }
        if (body instanceof RequestBody.FileBody file) {
            try {
                return BodySource.of(HttpRequest.BodyPublishers.ofFile(file.file()), file.contentType());
            } catch (FileNotFoundException missing) {
                throw new TeamsdrException(spec + " not sent: cannot read the body file " + file.file(), missing);
            }
        }
        if (body instanceof RequestBody.StreamBody stream) {
            return BodySource.of(HttpRequest.BodyPublishers.ofInputStream(stream::stream), stream.contentType());
        }
        if (body instanceof RequestBody.WriterBody writer) {
            return BodySource.ofWriter(writer, "teamsdr-body-" + requestId.substring(0, 8));
        }
        return BodySource.of(HttpRequest.BodyPublishers.noBody(), null);
    }

    private void sleep(RequestSpec spec, String requestId, int attempt, Duration wait) {
        try {
            shared.settings().sleeper().sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TransportException(spec.method().name(), spec.pathTemplate(), requestId, attempt, false, interrupted);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /**
     * Reads what a handler left unread (up to a bound) before closing: the HTTP client returns a
     * connection to its pool only when the body was read to its end, and a handler that needs only
     * the status (a 204 or a PUT answer) would otherwise cost a new connection per call.
     */
    private static void finish(InputStream stream, boolean drain) {
        try (stream) {
            byte[] sink = new byte[4096];
            long left = drain ? MAX_DRAINED_BYTES : 0;
            int read;
            while (left > 0 && (read = stream.read(sink, 0, (int) Math.min(sink.length, left))) != -1) {
                left -= read;
            }
        } catch (IOException ignored) {
            // The response is finished either way; a failing read or close only loses the connection for reuse.
        }
    }

    @Override
    public void close() {
        if (derived) {
            return;
        }
        if (shared.ownsHttpClient() && shared.httpClient() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Closing an HTTP client only releases idle connections; nothing to report.
            }
        }
        if (shared.ownedExecutor() != null) {
            shared.ownedExecutor().shutdown();
        }
    }

    /** Unwraps the exception an async call completed with. */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
