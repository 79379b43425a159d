package io.teamsdr.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.teamsdr.core.CallException;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.event.AttemptInfo;
import io.teamsdr.core.event.CallInfo;
import io.teamsdr.core.event.CallListener;
import io.teamsdr.core.testing.DecoratedHttpClient;
import io.teamsdr.core.testing.MutableClock;
import io.teamsdr.core.testing.RawServer;
import io.teamsdr.core.testing.RawServer.Action;
import io.teamsdr.core.testing.RecordingSleeper;
import io.teamsdr.core.testing.TestClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of the README's reliability section, as tested: each fault of a server or the
 * network against each class of call (an idempotent GET, a POST, a PUT whose body is a one-shot
 * stream), with the default three attempts: whether the SDK retried, what the caller gets, and how
 * many attempts reached the wire. A raw-socket server plays each fault; the waits between attempts go
 * through a recording sleeper.
 */
class ReliabilityTest {

    /** The classes of call of the matrix. */
    enum Call {
        GET, POST, ONE_SHOT_PUT;

        RequestSpec spec() {
            return switch (this) {
                case GET -> RequestSpec.builder(HttpMethod.GET, "/msteams/users/{id}").pathParam("id", "u1").build();
                case POST -> RequestSpec.builder(HttpMethod.POST, "/msteams/users")
                        .body(RequestBody.json(Map.of("upn", "a@contoso.com"))).build();
                case ONE_SHOT_PUT -> RequestSpec.builder(HttpMethod.PUT, "/teams/draft/update/users")
                        .body(RequestBody.stream(new ByteArrayInputStream("sipUser\nalice\n".getBytes(StandardCharsets.UTF_8)),
                                RequestBody.CSV)).build();
            };
        }
    }

    /** A fault, how the server plays it, and the client options that make it bite quickly. */
    enum Fault {
        CLOSED_BEFORE_ANSWER(Action::closeWithoutAnswer, RequestOptions.none()),
        NO_ANSWER_IN_TIME(Action::hold, RequestOptions.builder().responseTimeout(Duration.ofMillis(200)).build()),
        ANSWER_CUT_SHORT(() -> Action.cutAfter(200, 1_000, 10), RequestOptions.none()),
        BODY_STALLS(() -> Action.stallAfter(200, 1_000, 10), RequestOptions.builder().callTimeout(Duration.ofMillis(400)).build()),
        RATE_LIMITED(() -> Action.respond(429, Map.of("Retry-After", "1"), new byte[0]), RequestOptions.none()),
        UNAVAILABLE(() -> Action.respond(503, "{\"message\":\"maintenance\"}"), RequestOptions.none()),
        SERVER_ERROR(() -> Action.respond(500, "{\"message\":\"bug\"}"), RequestOptions.none());

        final Supplier<Action> action;
        final RequestOptions options;

        Fault(Supplier<Action> action, RequestOptions options) {
            this.action = action;
            this.options = options;
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // fault, call, retried, failure, attempts (0: three or four, when the JDK client resent the GET itself)
                Arguments.of(Fault.CLOSED_BEFORE_ANSWER, Call.GET, true, TransportException.Kind.NO_ANSWER, 0),
                Arguments.of(Fault.CLOSED_BEFORE_ANSWER, Call.POST, false, TransportException.Kind.NO_ANSWER, 1),
                Arguments.of(Fault.CLOSED_BEFORE_ANSWER, Call.ONE_SHOT_PUT, false, TransportException.Kind.NO_ANSWER, 1),
                Arguments.of(Fault.NO_ANSWER_IN_TIME, Call.GET, true, TransportException.Kind.TIMEOUT, 3),
                Arguments.of(Fault.NO_ANSWER_IN_TIME, Call.POST, false, TransportException.Kind.TIMEOUT, 1),
                Arguments.of(Fault.ANSWER_CUT_SHORT, Call.GET, true, TransportException.Kind.CUT_SHORT, 3),
                Arguments.of(Fault.ANSWER_CUT_SHORT, Call.POST, false, TransportException.Kind.CUT_SHORT, 1),
                Arguments.of(Fault.BODY_STALLS, Call.GET, false, TransportException.Kind.TIMEOUT, 1),
                Arguments.of(Fault.BODY_STALLS, Call.POST, false, TransportException.Kind.TIMEOUT, 1),
                Arguments.of(Fault.RATE_LIMITED, Call.GET, true, RateLimitedException.class, 3),
                Arguments.of(Fault.RATE_LIMITED, Call.POST, true, RateLimitedException.class, 3),
                Arguments.of(Fault.RATE_LIMITED, Call.ONE_SHOT_PUT, false, RateLimitedException.class, 1),
                Arguments.of(Fault.UNAVAILABLE, Call.GET, true, ServerException.class, 3),
                Arguments.of(Fault.UNAVAILABLE, Call.POST, false, ServerException.class, 1),
                Arguments.of(Fault.SERVER_ERROR, Call.GET, false, ServerException.class, 1),
                Arguments.of(Fault.SERVER_ERROR, Call.POST, false, ServerException.class, 1));
    }

    @ParameterizedTest(name = "{0} x {1}: retried {2}, {3}, {4} attempts")
    @MethodSource("matrix")
    void faultMatrix(Fault fault, Call call, boolean retried, Object expected, int attempts) throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (RawServer server = new RawServer().answering(request -> fault.action.get());
             Transport client = TestClient.builder().endpoint(server.uri()).clock(clock).sleeper(sleeper).build()) {
            Transport transport = client.withOptions(fault.options);
            CallException failure = catchThrowableOfType(CallException.class, () -> transport.send(call.spec(), ResponseHandler.status()));

            if (expected instanceof TransportException.Kind kind) {
                assertThat(failure).isInstanceOfSatisfying(TransportException.class, t -> assertThat(t.kind()).isEqualTo(kind));
            } else {
                assertThat(failure).isInstanceOf((Class<?>) expected);
            }
            assertThat(failure.attempts()).as("attempts: what reached the server").isEqualTo(server.requests().size());
            if (attempts == 0) {
                assertThat(failure.attempts()).isBetween(3, 4);
                assertThat(sleeper.waits()).as("waits between the SDK's attempts").hasSizeBetween(1, 2);
            } else {
                assertThat(failure.attempts()).isEqualTo(attempts);
                assertThat(sleeper.waits()).as("waits between attempts").hasSize(retried ? attempts - 1 : 0);
            }
        }
    }

    @ParameterizedTest(name = "connection refused: {0} is retried, nothing having been sent")
    @MethodSource("calls")
    void aRefusedConnectionIsRetriedForEveryCall(Call call) throws IOException {
        RecordingSleeper sleeper = new RecordingSleeper();
        try (Transport transport = TestClient.builder().endpoint(closedPort()).sleeper(sleeper).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(call.spec(), ResponseHandler.status()));

            assertThat(failure.kind()).isEqualTo(TransportException.Kind.CONNECT_FAILED);
            assertThat(failure.attempts()).isEqualTo(3);
            assertThat(failure).hasMessageContaining("could not connect to the server, nothing was sent");
        }
        assertThat(sleeper.waits()).hasSize(2);
    }

    static Stream<Call> calls() {
        return Stream.of(Call.values());
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Test
    void aCutAnswerSaysHowMuchArrived() throws IOException {
        try (RawServer server = new RawServer().answering(request -> Action.cutAfter(200, 1_000, 123));
             Transport transport = TestClient.builder().endpoint(server.uri()).sleeper(new RecordingSleeper()).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(Call.POST.spec(), ResponseHandler.status()));
            assertThat(failure.bytesReceived()).isEqualTo(123);
            assertThat(failure).hasMessageContaining("POST /msteams/users failed: the answer was cut after 123 bytes")
                    .hasMessageNotContaining("no answer from the server");
        }
    }

    @Test
    void anAsyncCallEndsByItsDeadlineWhenTheBodyStalls() throws Exception {
        try (RawServer server = new RawServer().answering(request -> Action.stallAfter(200, 1_000, 10));
             Transport transport = TestClient.builder().endpoint(server.uri()).callTimeout(Duration.ofMillis(400)).build()) {
            CompletableFuture<Integer> call = transport.sendAsync(Call.GET.spec(), ResponseHandler.status());

            TransportException failure = asyncFailure(call);
            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.bytesReceived()).isEqualTo(10);
            assertThat(failure).hasMessageContaining("call timeout of PT0.4S expired while the answer was read");
            assertThat(server.awaitAbandoned(Duration.ofSeconds(10))).as("the connection was dropped").isTrue();
        }
    }

    @Test
    void aSyncCallEndsByItsDeadlineWhenASmallBodyStallsAndLeavesTheThreadUninterrupted() throws Exception {
        try (RawServer server = new RawServer().answering(request -> Action.stallAfter(200, 1_000, 10));
             Transport transport = TestClient.builder().endpoint(server.uri()).callTimeout(Duration.ofMillis(400)).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(Call.GET.spec(), ResponseHandler.status()));

            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.bytesReceived()).isEqualTo(10);
            assertThat(failure).hasMessageContaining("call timeout of PT0.4S expired while the answer was read");
            assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt flag").isFalse();
            assertThat(server.awaitAbandoned(Duration.ofSeconds(10))).as("the connection was dropped").isTrue();
        }
    }

    @Test
    void aSyncAttemptWithoutAnswerEndsByItsResponseTimeoutAndDropsTheConnection() throws Exception {
        List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
        try (RawServer server = new RawServer().answering(request -> Action.hold());
             Transport transport = TestClient.builder().endpoint(server.uri()).responseTimeout(Duration.ofMillis(200))
                     .listener(endedAttempts(attempts)).retry(RetryOptions.none()).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(Call.GET.spec(), ResponseHandler.status()));

            assertThat(failure.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
            assertThat(failure.bytesReceived()).isZero();
            assertThat(failure).hasMessageContaining("no answer within 200 ms");
            assertThat(attempts).extracting(AttemptInfo::failure).containsExactly(Optional.of("HttpTimeoutException"));
            assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt flag").isFalse();
            assertThat(server.awaitAbandoned(Duration.ofSeconds(10))).as("the connection was dropped").isTrue();
        }
    }

    @Test
    void anAsyncAttemptWithoutAnswerEndsByItsResponseTimeoutAndIsRetried() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
        try (RawServer server = new RawServer().answering(request -> Action.hold());
             Transport transport = TestClient.builder().endpoint(server.uri()).responseTimeout(Duration.ofMillis(200))
                     .listener(endedAttempts(attempts)).sleeper(sleeper).build()) {
            CompletableFuture<Integer> call = transport.sendAsync(Call.GET.spec(), ResponseHandler.status());

            TransportException failure = asyncFailure(call);
            assertThat(failure.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
            assertThat(failure.attempts()).isEqualTo(3);
            assertThat(failure).hasMessageContaining("no answer within 200 ms");
            assertThat(server.requests()).hasSize(3);
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThat(server.awaitAbandoned(Duration.ofSeconds(10))).as("attempt %d's connection was dropped", attempt).isTrue();
            }
            assertThat(sleeper.waits()).as("waits between attempts, on the client's sleeper").hasSize(2);
            assertThat(attempts).extracting(AttemptInfo::failure).containsOnly(Optional.of("HttpTimeoutException")).hasSize(3);
        }
    }

    @Test
    void anOverdueAttemptOnTheCallersOwnClientIsDroppedEvenWhenItsFutureDoesNotPassOnCancellation() throws Exception {
        try (RawServer server = new RawServer().answering(request -> Action.hold());
             Transport transport = TestClient.builder().endpoint(server.uri())
                     .httpClient(new DecoratedHttpClient(HttpClient.newHttpClient()))
                     .responseTimeout(Duration.ofMillis(200)).retry(RetryOptions.none()).build()) {
            CompletableFuture<Integer> call = transport.sendAsync(Call.GET.spec(), ResponseHandler.status());

            TransportException failure = asyncFailure(call);
            assertThat(failure.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
            assertThat(server.awaitAbandoned(Duration.ofSeconds(10))).as("the connection was dropped").isTrue();
        }
    }

    @Test
    void aSmallBodyStallingOnTheCallersOwnClientIsDroppedEvenWhenItsFutureDoesNotPassOnCancellation() throws Exception {
        try (RawServer server = new RawServer().answering(request -> Action.stallAfter(200, 1_000, 10));
             Transport transport = TestClient.builder().endpoint(server.uri())
                     .httpClient(new DecoratedHttpClient(HttpClient.newHttpClient()))
                     .callTimeout(Duration.ofMillis(400)).build()) {
            CompletableFuture<Integer> call = transport.sendAsync(Call.GET.spec(), ResponseHandler.status());

            TransportException failure = asyncFailure(call);
            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.bytesReceived()).isEqualTo(10);
            assertThat(server.awaitAbandoned(Duration.ofSeconds(10))).as("the connection was dropped").isTrue();
        }
    }

    @Test
    void aSyncAttemptOnTheCallersOwnClientEndsByItsResponseTimeoutAndDropsTheConnection() throws Exception {
        try (RawServer server = new RawServer().answering(request -> Action.hold());
             Transport transport = TestClient.builder().endpoint(server.uri())
                     .httpClient(new DecoratedHttpClient(HttpClient.newHttpClient()))
                     .responseTimeout(Duration.ofMillis(200)).retry(RetryOptions.none()).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(Call.GET.spec(), ResponseHandler.status()));

            assertThat(failure.kind()).isEqualTo(TransportException.Kind.TIMEOUT);
            assertThat(failure).hasMessageContaining("no answer within 200 ms");
            assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt flag").isFalse();
            assertThat(server.awaitAbandoned(Duration.ofSeconds(10))).as("the connection was dropped").isTrue();
        }
    }

    /** The failure of an async call, which must fail with a {@link TransportException}. */
    private static TransportException asyncFailure(CompletableFuture<?> call) {
        Throwable failure = catchThrowable(() -> call.get(20, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(TransportException.class);
        return (TransportException) failure.getCause();
    }

    private static CallListener endedAttempts(List<AttemptInfo> attempts) {
        return new CallListener() {
            @Override
            public void attemptEnded(CallInfo call, AttemptInfo attempt) {
                attempts.add(attempt);
            }
        };
    }

    @Test
    void aStreamedDownloadThatStallsEndsByTheIdleTimeoutEvenWithoutACallTimeout() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (RawServer server = new RawServer().answering(request -> Action.stallAfter(200, 400_000, 200_000));
             Transport transport = TestClient.builder().endpoint(server.uri()).idleTimeout(Duration.ofMillis(300)).build()) {
            Transport unbounded = transport.withOptions(RequestOptions.builder().unboundedBody().build());
            TransportException failure = catchThrowableOfType(TransportException.class, () -> unbounded.send(
                    RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").build(),
                    ResponseHandler.toOutputStream(sink, ProgressListener.NONE)));

            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure).hasMessageContaining("idle timeout");
            assertThat(failure.bytesReceived()).isEqualTo(200_000);
            assertThat(sink.size()).as("what arrived was written").isEqualTo(200_000);
        }
    }

    @Test
    void aDownloadSlowerThanTheCallTimeoutNeedsTheExplicitOptIn() throws IOException {
        ResponseHandler<Long> count = ResponseHandler.toOutputStream(OutputStreamSink.INSTANCE, ProgressListener.NONE);
        RequestSpec download = RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").build();
        try (RawServer server = new RawServer().answering(request -> Action.slowBody(300_000, 100_000, Duration.ofMillis(800)));
             Transport transport = TestClient.builder().endpoint(server.uri()).callTimeout(Duration.ofMillis(300))
                     .retry(RetryOptions.none()).build()) {
            TransportException bounded = catchThrowableOfType(TransportException.class, () -> transport.send(download, count));
            assertThat(bounded.isTimeout()).isTrue();
            assertThat(bounded).hasMessageContaining("call timeout of PT0.3S expired");

            Transport unbounded = transport.withOptions(RequestOptions.builder().unboundedBody().build());
            assertThat(unbounded.send(download, count)).isEqualTo(300_000L);
        }
    }

    /** Discards what is written. */
    private static final class OutputStreamSink extends OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
        }
    }
}
