package io.teamsdr.core.internal;

import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.http.RequestSpec;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a call, the same for sync and async calls: builds the request (fresh credentials,
 * the call's request id), sends it, watches the wait for the answer (the response timeout, capped by
 * the deadline), logs it, reads the answer through a {@link BodyReader}, and ends: gives back its
 * concurrency slot, closes a generated body, and reports the attempt to the listener. It holds a slot
 * from its start to its end.
 *
 * <p>The response timeout is the {@link Watchdog}'s, not the HTTP client's: a request timeout makes
 * the JDK register a timer that wakes its selector thread on every exchange, which on two cores costs
 * each call measurable time (BENCHMARKS.md, section 1c). The watchdog ends an overdue wait the way it
 * ends a stalled body, by {@linkplain #cutOff() cutting the exchange off}. Where that cut-off is not
 * known to reach the wire (an async call on a client other than the JDK's own, such as a decorator),
 * the request carries the JDK's request timeout as well.
 */
final class Exchange implements Watchdog.Watched {
    private static final Logger LOG = LoggerFactory.getLogger("io.teamsdr.http");
    private static final String REQUEST_ID = "X-Request-Id";

    private final CallState state;
    private final int number;
    private final String authorization;
    private final BodySource body;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean settled = new AtomicBoolean();
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile Runnable onReady;
    private final long startedNanos = System.nanoTime();
    private volatile BodyReader reader;
    private volatile int status = -1;
    private HttpHeaders headers;
    private ResponseView view;
    private volatile CompletableFuture<?> inFlight;
    private volatile SenderInterrupt blockingSend;
    private volatile boolean cut;
    // set before the watchdog is given this exchange, whose concurrent set publishes them to its sweep
    private long answerDueNanos;
    private Duration answerTimeout;
    private volatile HttpTimeoutException noAnswer;

    /** Starts an attempt; the caller took a concurrency slot for it, which {@link #end()} gives back. */
    Exchange(CallState state, String authorization) {
        this.state = state;
        this.number = state.attempts() + 1;
        this.authorization = authorization;
        this.body = BodySource.of(state.spec(), state.json(), state.requestId());
    }

    CallState state() {
        return state;
    }

    int number() {
        return number;
    }

    String authorization() {
        return authorization;
    }

    boolean logsBodies() {
        return state.logOptions().bodies() && LOG.isTraceEnabled();
    }

    HttpRequest request() {
        RequestSpec spec = state.spec();
        String query = spec.encodedQuery();
        String path = spec.expandedPath();
        URI uri = URI.create(query.isEmpty() ? state.base() + path : state.base() + path + '?' + query);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("User-Agent", state.userAgent())
                .header(REQUEST_ID, state.requestId())
                .method(spec.method().name(), body.publisher());
        if (!state.cutOffReachesWire()) {
            // the client's own timer ends an overdue exchange that the watchdog's cut-off may not reach
            builder.timeout(state.attemptTimeout());
        }
        if (!spec.headers().containsKey("Accept")) {
            builder.header("Accept", "application/json");
        }
        Optional<String> contentType = body.contentType();
        if (contentType.isPresent()) {
            builder.header("Content-Type", contentType.get());
        }
        if (!authorization.isEmpty()) {
            builder.header("Authorization", authorization);
        }
        for (Map.Entry<String, String> header : state.extraHeaders().entrySet()) {
            builder.setHeader(header.getKey(), header.getValue());
        }
        for (Map.Entry<String, String> header : spec.headers().entrySet()) {
            builder.setHeader(header.getKey(), header.getValue());
        }
        HttpRequest request = builder.build();
        if (LOG.isTraceEnabled()) {
            logRequest(request);
        }
        return request;
    }

    private void logRequest(HttpRequest request) {
        RequestSpec spec = state.spec();
        LOG.trace("{} {}{} [request-id={}, attempt={}]", spec.method(), spec.pathTemplate(),
                spec.query().isEmpty() ? "" : "?" + Redactor.query(spec.query(), state.logOptions().allowedQueryParams()),
                state.requestId(), number);
        LOG.trace("request headers {} [request-id={}]", Redactor.headers(request.headers(),
                state.logOptions().allowedHeaders()), state.requestId());
        String loggable = state.logOptions().bodies() ? body.loggableText(state.logOptions().secretFields()) : null;
        if (loggable != null) {
            LOG.trace("request body {} [request-id={}]", state.secrets().mask(loggable), state.requestId());
        }
    }

    /**
     * Sends the attempt with {@code HttpClient.send}, on the calling thread, so that the answer is read
     * without a hand-off to another thread.
     *
     * @throws HttpTimeoutException when the body stalled past the call's deadline
     */
    void sendBlocking() throws IOException, InterruptedException {
        HttpRequest request = request();
        SenderInterrupt interrupt = new SenderInterrupt();
        blockingSend = interrupt;
        interrupt.sending();
        awaitAnswer();
        try {
            state.transport().httpClient().send(request, bodyHandler());
        } catch (InterruptedException interrupted) {
            if (interrupt.returned()) {
                throw cutTimeout();
            }
            throw interrupted;
        } catch (IOException | RuntimeException failure) {
            interrupt.returned();
            throw failure;
        }
        if (interrupt.returned()) {
            throw cutTimeout();
        }
    }

    /**
     * Starts the attempt's response timeout, right before the request is handed to the HTTP client: from
     * now until the answer's headers arrive, as the JDK's own request timeout counts.
     */
    void awaitAnswer() {
        Duration timeout = state.attemptTimeout();
        answerTimeout = timeout;
        answerDueNanos = System.nanoTime() + timeout.toNanos();
        Watchdog.watch(this);
    }

    /** Whether the answer's headers are overdue. */
    @Override
    public boolean isOverdue() {
        return status < 0 && System.nanoTime() - answerDueNanos >= 0;
    }

    /**
     * Ends the attempt with the timeout, so that listeners hear what happened rather than the HTTP
     * client's cancellation, then the exchange on the wire.
     */
    @Override
    public void expire() {
        if (status < 0) {
            HttpTimeoutException timeout = new HttpTimeoutException("no answer within " + answerTimeout.toMillis() + " ms");
            noAnswer = timeout;
            end(timeout);
            cutOff();
        }
    }

    /** The timeout that made the watchdog cut this exchange off. */
    private HttpTimeoutException cutTimeout() {
        HttpTimeoutException overdue = noAnswer;
        if (overdue != null) {
            return overdue;
        }
        BodyReader started = reader;
        HttpTimeoutException timeout = started == null ? null : started.timeout();
        return timeout != null ? timeout : new HttpTimeoutException("the call timeout of " + state.deadline().timeout()
                + " expired while the answer was read");
    }

    /**
     * Reads the answer through a {@link BodyReader} set up for its status and length: fed by the HTTP
     * client's built-in subscriber when the body is announced to fit the reader's window, so that the
     * answer completes on the thread that read it, else subscribed itself. The built-in subscriber
     * cannot be cancelled, so a stalled body is then cut off through the exchange's future or the sending
     * thread; where that is not known to reach the wire, the reader subscribes itself, and its
     * subscription ends the body.
     */
    HttpResponse.BodyHandler<Object> bodyHandler() {
        return info -> {
            headers = info.headers();
            status = info.statusCode();
            Watchdog.unwatch(this);
            long length = headers.firstValueAsLong("Content-Length").orElse(-1L);
            boolean stream = state.unboundedBody() && state.handler().accepts(status);
            BodyReader created = new BodyReader(length, stream, state.deadline(), state.idleTimeout(),
                    state.unboundedBody(), this::end);
            reader = created;
            Runnable ready = onReady;
            if (ready != null) {
                created.ready().thenRun(ready);
            }
            boolean fits = length >= 0 && length <= BodyReader.WINDOW || status == 204 || status == 304;
            return untyped(fits && !stream && state.cutOffReachesWire() ? created.builtInSubscriber(this::cutOff) : created);
        };
    }

    /** The response's own body value is never used: the answer is read through {@link #reader()}. */
    @SuppressWarnings("unchecked")
    private static HttpResponse.BodySubscriber<Object> untyped(HttpResponse.BodySubscriber<?> subscriber) {
        return (HttpResponse.BodySubscriber<Object>) subscriber;
    }

    /** Ends the exchange on the wire after its body ran past the deadline. */
    private void cutOff() {
        cut = true;
        CompletableFuture<?> sending = inFlight;
        if (sending != null) {
            sending.cancel(true);
        }
        SenderInterrupt blocked = blockingSend;
        if (blocked != null) {
            blocked.interrupt();
        }
    }

    /**
     * Runs {@code task} as soon as the answer is handed over, on the thread that read it, instead of
     * after the HTTP client's own completion, which {@code sendAsync} passes through another executor
     * (on two cores, a new thread per exchange). Only the first of the two paths may
     * {@linkplain #claimAnswer() claim} the answer.
     */
    void onReady(Runnable task) {
        onReady = task;
    }

    /** Takes the answer (or the failure) of this attempt for processing; {@code true} once. */
    boolean claimAnswer() {
        return answered.compareAndSet(false, true);
    }

    /**
     * Completes the HTTP client's future of this async attempt once the SDK took the answer from the
     * reader, so that the client's own completion of it is skipped. {@code sendAsync} completes that
     * future through {@code CompletableFuture}'s default executor, which, where the common pool has a
     * single thread (two cores or fewer), starts a new thread for every exchange. Only this attempt
     * depends on that future; the client's own bookkeeping hangs on the stage before it.
     */
    void answerTaken() {
        CompletableFuture<?> sending = inFlight;
        if (sending != null) {
            sending.complete(null);
        }
    }

    /** Notes the HTTP client's future of an async attempt, so that {@link #abort()} can cancel it. */
    void inFlight(CompletableFuture<?> future) {
        inFlight = future;
        if (cut) {
            future.cancel(true);
        }
    }

    /** The answer's status; valid once an answer arrived. */
    int status() {
        return status;
    }

    /** The answer for handlers and error mapping; valid once an answer arrived. */
    ResponseView view() {
        if (view == null) {
            view = new ResponseView(this, status, headers, reader);
        }
        return view;
    }

    BodyReader reader() {
        return reader;
    }

    /** How many requests this attempt put on the wire: the JDK client may have resent it once. */
    int wireSends() {
        return Math.max(1, body.sends());
    }

    /** Counts, once, what this attempt put on the wire into the call's attempts. */
    void settle() {
        if (settled.compareAndSet(false, true)) {
            state.addAttempts(wireSends());
        }
    }

    /** Whether the attempt failed before anything was sent, so that repeating it is harmless. */
    boolean unsent(Throwable failure) {
        return body.sends() == 0 && (failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException);
    }

    /** Turns what the HTTP client threw into the SDK's exception, once the attempts are counted. */
    RuntimeException failure(Throwable error) {
        Throwable writerFailure = body.writerFailure();
        if (writerFailure != null) {
            return writerFailed(writerFailure);
        }
        BodyReader started = reader;
        long bytes = started == null ? 0 : started.received();
        if (cut) {
            // what the HTTP client reports (a cancellation) is the SDK's own doing, because of the deadline
            return new TransportException(state.context(), TransportException.Kind.TIMEOUT, bytes, cutTimeout());
        }
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        HttpTimeoutException bodyTimeout = started == null ? null : started.timeout();
        if (bodyTimeout != null) {
            return new TransportException(state.context(), TransportException.Kind.TIMEOUT, bytes, bodyTimeout);
        }
        TransportException.Kind kind;
        if (unsent(error)) {
            kind = TransportException.Kind.CONNECT_FAILED;
        } else if (error instanceof HttpTimeoutException) {
            kind = TransportException.Kind.TIMEOUT;
        } else if (started != null) {
            kind = TransportException.Kind.CUT_SHORT;
        } else {
            kind = TransportException.Kind.NO_ANSWER;
        }
        return new TransportException(state.context(), kind, bytes, error);
    }

    /**
     * The caller's body writer failed, not the network: never retried (the same source would fail
     * again) and never reported as a transport problem. A runtime exception, such as the
     * {@code ValidationException} of a bad row, is the caller's own and is rethrown as it is.
     */
    private RuntimeException writerFailed(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new TeamsdrException(state.spec() + " was not completed: the request body writer failed ("
                + failure.getMessage() + "), so the server got an incomplete body and will not apply it. "
                + "Fix the body's source and send again. [request id " + state.requestId() + "]", failure);
    }

    /** Logs the answer's status line at DEBUG. */
    void logAnswer() {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {} in {} ms [request-id={}, attempt={}]", state.spec().method(), state.spec().pathTemplate(),
                    status, elapsedMillis(), state.requestId(), number);
            if (LOG.isTraceEnabled()) {
                LOG.trace("response headers {} [request-id={}]", Redactor.headers(headers, state.logOptions().allowedHeaders()),
                        state.requestId());
            }
        }
    }

    /** Logs a failure without an answer at DEBUG. */
    void logFailure(Throwable error) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} failed after {} ms: {} [request-id={}, attempt={}]", state.spec().method(),
                    state.spec().pathTemplate(), elapsedMillis(), error.toString(), state.requestId(), number);
        }
    }

    private long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /**
     * Ends the attempt once: the answer was read to its end, failed, or was abandoned. Gives the
     * concurrency slot back, closes a generated body and tells the listener.
     *
     * @param failure what ended the attempt without a complete answer, or {@code null}
     */
    void end(Throwable failure) {
        if (ended.compareAndSet(false, true)) {
            Watchdog.unwatch(this);
            state.releaseSlot();
            body.close();
            BodyReader read = reader;
            if (read != null && failure != null) {
                // a built-in subscriber does not hear of the exchange's failure; this stops its watch
                read.fail(failure);
            }
            state.attemptEnded(number, status, Duration.ofNanos(System.nanoTime() - startedNanos),
                    read == null ? 0 : read.received(), failure instanceof BodyReader.Abandoned ? null : failure);
        }
    }

    /** Abandons the attempt: cancels the request in flight, drops an unread body, ends. */
    void abort() {
        settle();
        CompletableFuture<?> sending = inFlight;
        if (sending != null) {
            sending.cancel(true);
        }
        BodyReader started = reader;
        if (started != null && !started.isComplete()) {
            started.abandon();
        }
        end(new CancellationException("the attempt was abandoned"));
    }

    /** After the handler: drops whatever it left unread, unless the whole body already arrived. */
    void finishBody() {
        BodyReader started = reader;
        if (started != null && !started.isComplete()) {
            started.abandon();
        }
    }
}
