package io.teamsdr.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.ClientRateLimitException;
import io.teamsdr.core.ConcurrencyLimitException;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.LogOptions;
import io.teamsdr.core.RequestContext;
import io.teamsdr.core.Sleeper;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.event.AttemptInfo;
import io.teamsdr.core.event.CallInfo;
import io.teamsdr.core.event.CallListener;
import io.teamsdr.core.event.RetryReason;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call: what its sync and async drivers share. It holds the call's request id, deadline,
 * serialized body and attempt count (what reached the wire), decides what follows a failed attempt
 * (refresh the credentials once, retry after a wait, pause the whole client after a 429, or fail),
 * runs the handler on an accepted answer, and reports every step to the client's listener.
 *
 * <p>The drivers ({@link SyncCall}, {@link AsyncCall}) only differ in how they wait: on the calling
 * thread, or with futures that hold no thread.
 */
final class CallState {
    private static final Logger LOG = LoggerFactory.getLogger("io.teamsdr.http");

    private final HttpTransport transport;
    private final ClientResources resources;
    private final RequestSpec spec;
    private final ResponseHandler<?> handler;
    private final String requestId;
    private final Deadline deadline;
    private final byte[] json;
    private final CallListener listener;
    private final CallInfo info;
    private final long startedNanos;
    private final boolean async;
    private final AtomicBoolean over = new AtomicBoolean();
    private volatile int attempts;
    private volatile String authorization;
    private SecretValues secrets;
    private int retries;
    private boolean refreshed;

    CallState(HttpTransport transport, RequestSpec spec, ResponseHandler<?> handler, boolean async) {
        this.transport = transport;
        this.resources = transport.resources();
        this.spec = spec;
        this.handler = handler;
        this.requestId = RequestIds.next();
        this.json = serializeJson(spec, resources.mapper);
        this.deadline = Deadline.after(resources.settings.clock(), transport.callTimeout());
        this.listener = resources.listener;
        boolean listening = listener != CallListener.NONE;
        this.info = listening ? new CallInfo(spec.operation(), spec.method().name(), spec.pathTemplate(), requestId, async) : null;
        this.startedNanos = listening ? System.nanoTime() : 0;
        this.async = async;
    }

    private static byte[] serializeJson(RequestSpec spec, ObjectMapper mapper) {
        if (spec.body() instanceof RequestBody.Json body) {
            try {
                return mapper.writeValueAsBytes(body.value());
            } catch (JsonProcessingException failure) {
                throw new TeamsdrException("cannot serialize the body of " + spec + " to JSON: "
                        + failure.getOriginalMessage(), failure);
            }
        }
        return null;
    }

    // ---- what the call is

    HttpTransport transport() {
        return transport;
    }

    RequestSpec spec() {
        return spec;
    }

    ResponseHandler<?> handler() {
        return handler;
    }

    String requestId() {
        return requestId;
    }

    Deadline deadline() {
        return deadline;
    }

    byte[] json() {
        return json;
    }

    int attempts() {
        return attempts;
    }

    ObjectMapper mapper() {
        return resources.mapper;
    }

    Clock clock() {
        return resources.settings.clock();
    }

    Sleeper sleeper() {
        return resources.settings.sleeper();
    }

    LogOptions logOptions() {
        return resources.settings.logOptions();
    }

    String base() {
        return resources.base;
    }

    /**
     * Whether the SDK's cut-off of an overdue exchange is known to reach the wire: a sync call interrupts
     * its thread waiting in the client's {@code send}, an async call cancels the client's future, which
     * only the JDK's own client is known to pass on to the exchange.
     */
    boolean cutOffReachesWire() {
        return !async || resources.jdkHttpClient;
    }

    String userAgent() {
        return resources.userAgent;
    }

    Map<String, String> extraHeaders() {
        return transport.headers();
    }

    Duration idleTimeout() {
        return transport.idleTimeout();
    }

    boolean unboundedBody() {
        return transport.unboundedBody();
    }

    /** One attempt's response timeout, capped by what is left of the call. */
    Duration attemptTimeout() {
        long remaining = Math.max(1, deadline.remainingMillis());
        Duration response = transport.responseTimeout();
        return response.toMillis() <= remaining ? response : Duration.ofMillis(remaining);
    }

    /** The request side of a failure now. */
    RequestContext context() {
        return new RequestContext(spec.operation(), spec.method().name(), spec.pathTemplate(), requestId, attempts);
    }

    /** The secrets this call sent, to mask in whatever shows a server's answer. */
    synchronized SecretValues secrets() {
        if (secrets == null) {
            secrets = new SecretValues(json, resources.mapper, logOptions().secretFields());
        }
        String sent = authorization;
        if (sent != null) {
            secrets.authorization(sent);
        }
        return secrets;
    }

    // ---- before an attempt

    /** Milliseconds the client-wide pause still lasts. */
    long pauseMillis() {
        return resources.pause.remainingMillis();
    }

    /**
     * Takes a permit of the client-side rate limit.
     *
     * @return nanoseconds to wait before sending, 0 for none or when there is no rate limit
     * @throws ClientRateLimitException when no permit comes within the limit's wait or the call's timeout
     */
    long reserveRatePermit() {
        if (resources.rateLimiter == null) {
            return 0;
        }
        long waitNanos = resources.rateLimiter.reservePermission();
        if (waitNanos < 0 || waitNanos / 1_000_000 >= deadline.remainingMillis()) {
            throw new ClientRateLimitException(context(), resources.settings.rateLimit().orElseThrow());
        }
        return waitNanos;
    }

    /** The credentials for the next attempt, asked before a concurrency slot is taken (a login may run). */
    String authorization() {
        String value = transport.credentials().authorization().orElse("");
        authorization = value;
        return value;
    }

    ConcurrencyLimit limit() {
        return resources.limit;
    }

    void releaseSlot() {
        resources.limit.release();
    }

    /** The call timeout expired before the next attempt could be sent; only earlier attempts count. */
    TransportException timedOutBeforeSending() {
        return new TransportException(context(), TransportException.Kind.TIMEOUT, 0,
                new HttpTimeoutException("call timeout of " + deadline.timeout() + " expired"));
    }

    ConcurrencyLimitException noSlot() {
        return new ConcurrencyLimitException(context(), resources.limit.limit(), deadline.timeout());
    }

    TransportException interrupted(InterruptedException cause) {
        return new TransportException(context(), TransportException.Kind.INTERRUPTED, 0, cause);
    }

    // ---- after an attempt

    /** Counts what the attempt put on the wire. */
    void addAttempts(int sends) {
        attempts += sends;
    }

    /** What follows a failed attempt. */
    enum Step { REFRESH, RETRY, FAIL }

    /** The decision after a failed attempt: a step, and the wait of a retry. */
    record Next(Step step, Duration delay) {
        static final Next REFRESH = new Next(Step.REFRESH, Duration.ZERO);
        static final Next FAIL = new Next(Step.FAIL, Duration.ZERO);
    }

    /**
     * Decides what follows a failed attempt: a 401 is answered by one refresh of the credentials (within
     * the attempt budget), a 429 pauses the whole client, and a retryable failure waits for its retry.
     */
    Next afterFailure(Exchange exchange, RuntimeException failure, boolean unsent) {
        RetryPolicy policy = transport.retryPolicy();
        if (failure instanceof UnauthorizedException && !refreshed && spec.body().isReplayable()
                && policy.allowsRefreshAfter(attempts)) {
            refreshed = true;
            return Next.REFRESH;
        }
        if (failure instanceof ApiException api && api.status() == 429) {
            Duration pause = policy.pauseAfter(api, retries + 1);
            resources.pause.pauseFor(pause);
            if (info != null) {
                listener.clientPaused(info, pause);
            }
        }
        // Real time ends the call too: a body that stalled until the deadline leaves no time for a retry,
        // whatever a test's clock says.
        long remaining = deadline.remainingRealNanos() <= 0 ? 0 : deadline.remainingMillis();
        Optional<Duration> wait = policy.nextWait(failure, unsent, spec.isIdempotent(), spec.body().isReplayable(),
                attempts, retries + 1, remaining);
        if (wait.isEmpty()) {
            return Next.FAIL;
        }
        retries++;
        if (info != null) {
            listener.retryScheduled(info, exchange.number(), RetryPolicy.reason(failure), wait.get());
        }
        LOG.debug("{} {} will retry in {} ms [request-id={}, attempts={}]",
                spec.method(), spec.pathTemplate(), wait.get().toMillis(), requestId, attempts);
        return new Next(Step.RETRY, wait.get());
    }

    /**
     * Asks the credentials for fresh ones after a 401 (may block: a login or a token refresh).
     *
     * @return whether another attempt makes sense
     */
    boolean refresh(Exchange rejected) {
        boolean renewed = transport.credentials().refreshAfterUnauthorized(rejected.authorization());
        if (renewed) {
            LOG.debug("{} {} got 401; credentials refreshed, trying once more [request-id={}]",
                    spec.method(), spec.pathTemplate(), requestId);
            if (info != null) {
                listener.retryScheduled(info, rejected.number(), RetryReason.UNAUTHORIZED_REFRESHED, Duration.ZERO);
            }
        }
        return renewed;
    }

    // ---- an accepted answer

    /**
     * Runs the handler on an accepted answer, drops what it left unread, and ends the call.
     *
     * @throws RuntimeException what the handler threw, a failed read as a {@link TransportException}
     */
    <T> T handle(Exchange exchange, ResponseHandler<T> accepted) {
        T value;
        try {
            value = accepted.handle(exchange.view());
        } catch (IOException failure) {
            throw failedReading(exchange, failure);
        } catch (UncheckedIOException failure) {
            throw failedReading(exchange, failure.getCause());
        } catch (DecodingException failure) {
            exchange.finishBody();
            throw failed(requestId.equals(failure.requestId()) ? failure : failure.withContext(context()));
        } catch (RuntimeException failure) {
            exchange.finishBody();
            throw failed(failure);
        }
        if (!accepted.keepsBodyOpen()) {
            exchange.finishBody();
        }
        ended(exchange.status());
        return value;
    }

    private RuntimeException failedReading(Exchange exchange, IOException failure) {
        BodyReader reader = exchange.reader();
        TransportException.Kind kind;
        if (failure instanceof HttpTimeoutException || reader.timeout() != null) {
            kind = TransportException.Kind.TIMEOUT;
        } else if (failure instanceof InterruptedIOException) {
            kind = TransportException.Kind.INTERRUPTED;
        } else if (!reader.isComplete()) {
            kind = TransportException.Kind.CUT_SHORT;
        } else {
            kind = TransportException.Kind.NO_ANSWER;
        }
        exchange.abort();
        return failed(new TransportException(context(), kind, reader.received(), failure));
    }

    // ---- events

    void started() {
        if (info != null) {
            listener.callStarted(info);
        }
    }

    void attemptStarted(Exchange exchange) {
        if (info != null) {
            listener.attemptStarted(info, exchange.number());
        }
    }

    void attemptEnded(int number, int status, Duration duration, long bytes, Throwable failure) {
        if (info != null) {
            listener.attemptEnded(info, new AttemptInfo(number, status < 0 ? OptionalInt.empty() : OptionalInt.of(status),
                    duration, bytes, Optional.empty(),
                    failure == null ? Optional.empty() : Optional.of(failure.getClass().getSimpleName())));
        }
    }

    private void ended(int status) {
        if (over.compareAndSet(false, true) && info != null) {
            listener.callEnded(info, status, attempts, Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }

    /** Reports the call's failure once and returns it, for {@code throw failed(x)}. */
    RuntimeException failed(RuntimeException failure) {
        if (over.compareAndSet(false, true) && info != null) {
            TeamsdrException reported = failure instanceof TeamsdrException teamsdr ? teamsdr
                    : new TeamsdrException(spec + " failed: " + failure, failure);
            listener.callFailed(info, reported, attempts, Duration.ofNanos(System.nanoTime() - startedNanos));
        }
        return failure;
    }
}
