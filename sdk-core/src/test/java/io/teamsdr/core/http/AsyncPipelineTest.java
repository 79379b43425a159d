package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TokenProvider;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.testing.ManualSleeper;
import io.teamsdr.core.testing.MutableClock;
import io.teamsdr.core.testing.RawServer;
import io.teamsdr.core.testing.RecordingSleeper;
import io.teamsdr.core.testing.Sequence;
import io.teamsdr.core.testing.TestClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Async calls obey the rules the sync tests prove: which failures are retried for which method, the
 * shared 429 pause, one refresh after a 401, the call deadline; and what only async calls have: a
 * cancelled future cancels its exchange and frees its concurrency slot. Waits go through an injected
 * sleeper and clock, never real time.
 */
class AsyncPipelineTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RequestSpec GET_STATUS = RequestSpec.builder(HttpMethod.GET, "/msteams/status").build();
    private static final RequestSpec POST_STATUS = RequestSpec.builder(HttpMethod.POST, "/msteams/status")
            .body(RequestBody.json(Map.of("type", "normal"))).build();

    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        sleeper = new RecordingSleeper(clock);
    }

    private TestClient.Builder client() {
        return TestClient.against(server).clock(clock).sleeper(sleeper);
    }

    private static void respondInOrder(ResponseDefinitionBuilder... responses) {
        Sequence.respond(server, () -> any(urlEqualTo("/msteams/status")), responses);
    }

    private static int requests() {
        return server.findAll(anyRequestedFor(anyUrl())).size();
    }

    /** The result of an async call, waiting a bounded time; the SDK's exception when it failed. */
    private static <T> T await(CompletableFuture<T> call) throws Exception {
        try {
            return call.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw (Exception) failed.getCause();
        }
    }

    private static Throwable failureOf(CompletableFuture<?> call) {
        try {
            call.get(20, TimeUnit.SECONDS);
            throw new AssertionError("the call succeeded");
        } catch (ExecutionException failed) {
            return failed.getCause();
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    @ParameterizedTest(name = "HTTP {0} is retried for an async GET")
    @ValueSource(ints = {408, 429, 502, 503, 504})
    void transientStatusesAreRetried(int status) throws Exception {
        respondInOrder(aResponse().withStatus(status), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(await(transport.sendAsync(GET_STATUS, ResponseHandler.status()))).isEqualTo(200);
        }
        assertThat(requests()).isEqualTo(2);
        assertThat(sleeper.waits()).isNotEmpty();
    }

    @ParameterizedTest(name = "HTTP {0} is not retried")
    @ValueSource(ints = {500, 400, 404, 409})
    void otherStatusesAreNotRetried(int status) {
        respondInOrder(aResponse().withStatus(status), okJson("{}"));
        try (Transport transport = client().build()) {
            ApiException failure = (ApiException) failureOf(transport.sendAsync(GET_STATUS, ResponseHandler.status()));
            assertThat(failure.status()).isEqualTo(status);
            assertThat(failure.attempts()).isEqualTo(1);
        }
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void aPostIsNotRetriedOnARetryableStatusButA429IsSafeToRetry() throws Exception {
        respondInOrder(aResponse().withStatus(503), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(failureOf(transport.sendAsync(POST_STATUS, ResponseHandler.status()))).isInstanceOf(ServerException.class);
            assertThat(requests()).isEqualTo(1);

            server.resetAll();
            respondInOrder(aResponse().withStatus(429), okJson("{}"));
            assertThat(await(transport.sendAsync(POST_STATUS, ResponseHandler.status()))).isEqualTo(200);
        }
        assertThat(requests()).as("a 429 was not processed, so the POST is sent again").isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} on an async POST is not retried")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void ioFailuresOnPostAreNotRetried(Fault fault) {
        respondInOrder(aResponse().withFault(fault), okJson("{}"));
        try (Transport transport = client().build()) {
            TransportException failure = (TransportException) failureOf(transport.sendAsync(POST_STATUS, ResponseHandler.status()));
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.method()).isEqualTo("POST");
        }
        assertThat(requests()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} is retried for an async GET")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void ioFailuresAreRetriedForGet(Fault fault) throws Exception {
        respondInOrder(aResponse().withFault(fault), aResponse().withFault(fault), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(await(transport.sendAsync(GET_STATUS, ResponseHandler.status()))).isEqualTo(200);
        }
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void aCallOnAClosedClientFailsAtOnceSyncAndAsync() {
        server.stubFor(get("/msteams/status").willReturn(ok()));
        Transport transport = client().build();
        Transport derived = transport.withOptions(RequestOptions.none());
        transport.close();

        assertThat(failureOf(transport.sendAsync(GET_STATUS, ResponseHandler.status())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(failureOf(derived.sendAsync(GET_STATUS, ResponseHandler.status())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transport.send(GET_STATUS, ResponseHandler.status()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(requests()).isZero();
    }

    @Test
    void aNonReplayableBodyIsNeverRetried() {
        respondInOrder(aResponse().withStatus(503), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(failureOf(transport.sendAsync(RequestSpec.builder(HttpMethod.PUT, "/msteams/status")
                    .body(RequestBody.writer(out -> out.write('x'), RequestBody.CSV, false)).build(),
                    ResponseHandler.status()))).isInstanceOf(ServerException.class);
        }
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void the429PauseIsSharedWithTheClientsOtherCallsSyncAndAsync() throws Exception {
        server.stubFor(get("/limited").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
        server.stubFor(get("/other").willReturn(ok()));
        RecordingSleeper notMoving = new RecordingSleeper();
        try (Transport transport = TestClient.against(server).clock(clock).sleeper(notMoving).retry(RetryOptions.none()).build()) {
            assertThat(failureOf(transport.sendAsync(RequestSpec.builder(HttpMethod.GET, "/limited").build(),
                    ResponseHandler.status()))).isInstanceOf(RateLimitedException.class);

            assertThat(await(transport.sendAsync(RequestSpec.builder(HttpMethod.GET, "/other").build(),
                    ResponseHandler.status()))).isEqualTo(200);
            assertThat(transport.send(RequestSpec.builder(HttpMethod.GET, "/other").build(), ResponseHandler.status()))
                    .isEqualTo(200);
        }
        assertThat(notMoving.waits()).as("both later calls waited out the pause").containsExactly(
                Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void a401IsRefreshedOnceAndRetried() throws Exception {
        server.stubFor(any(anyUrl()).withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(ok()));
        server.stubFor(any(anyUrl()).withHeader("Authorization", notContaining("new"))
                .willReturn(aResponse().withStatus(401)));
        List<String> refreshed = new CopyOnWriteArrayList<>();
        TokenProvider tokens = new TokenProvider() {
            private volatile String token = "old";

            @Override
            public String currentToken() {
                return token;
            }

            @Override
            public boolean refresh(String rejected) {
                refreshed.add(rejected);
                token = "new";
                return true;
            }
        };
        try (Transport transport = client().credentials(Credentials.bearer(tokens)).build()) {
            assertThat(await(transport.sendAsync(POST_STATUS, ResponseHandler.status()))).isEqualTo(200);
        }
        assertThat(refreshed).containsExactly("old");
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void aSecond401EndsTheCallAfterOneRefresh() {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)));
        List<String> refreshed = new CopyOnWriteArrayList<>();
        TokenProvider tokens = new TokenProvider() {
            private volatile int generation;

            @Override
            public String currentToken() {
                return "token-" + generation;
            }

            @Override
            public boolean refresh(String rejected) {
                refreshed.add(rejected);
                generation++;
                return true;
            }
        };
        try (Transport transport = client().credentials(Credentials.bearer(tokens)).build()) {
            UnauthorizedException failure = (UnauthorizedException) failureOf(transport.sendAsync(GET_STATUS, ResponseHandler.status()));
            assertThat(failure.attempts()).isEqualTo(2);
        }
        assertThat(refreshed).containsExactly("token-0");
    }

    @Test
    void theCallTimeoutEndsRetriesOnceTheNextWaitWouldPassTheDeadline() {
        respondInOrder(aResponse().withStatus(503).withHeader("Retry-After", "4"));
        try (Transport transport = client().callTimeout(Duration.ofSeconds(10))
                .retry(RetryOptions.defaults().withMaxAttempts(10)).build()) {
            ServerException failure = (ServerException) failureOf(transport.sendAsync(GET_STATUS, ResponseHandler.status()));
            // attempts at t=0, 4 s and 8 s; a fourth would start at 12 s, past the 10 s deadline
            assertThat(failure.attempts()).isEqualTo(3);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
    }

    @Test
    void aPauseLongerThanTheCallTimeoutEndsTheAsyncCallWithoutSending() {
        server.stubFor(get("/limited").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
        try (Transport transport = client().retry(RetryOptions.none()).build()) {
            failureOf(transport.sendAsync(RequestSpec.builder(HttpMethod.GET, "/limited").build(), ResponseHandler.status()));
            Transport impatient = transport.withOptions(RequestOptions.builder().callTimeout(Duration.ofSeconds(2)).build());

            TransportException failure = (TransportException) failureOf(impatient.sendAsync(GET_STATUS, ResponseHandler.status()));
            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.attempts()).as("nothing was sent").isZero();
        }
        assertThat(server.findAll(getRequestedFor(urlEqualTo("/msteams/status")))).isEmpty();
    }

    @Test
    void badInputFailsTheFutureInsteadOfThrowing() {
        Object unserializable = new Object() {
            @SuppressWarnings("unused")
            public Object getSelf() {
                return this;
            }
        };
        try (Transport transport = client().build()) {
            CompletableFuture<Integer> call = transport.sendAsync(RequestSpec.builder(HttpMethod.POST, "/msteams/status")
                    .body(RequestBody.json(unserializable)).build(), ResponseHandler.status());
            assertThat(failureOf(call)).isInstanceOf(TeamsdrException.class).hasMessageContaining("cannot serialize");
        }
        assertThat(requests()).isZero();
    }

    @Test
    void cancellingTheFutureAbortsTheExchangeAndFreesItsSlot() throws Exception {
        try (RawServer held = new RawServer().answering(request -> request.target().equals("/held")
                     ? RawServer.Action.hold() : RawServer.Action.respond(200, "{}"));
             Transport transport = TestClient.builder().endpoint(held.uri()).maxConcurrentRequests(1).build()) {
            CompletableFuture<Integer> waiting = transport.sendAsync(RequestSpec.builder(HttpMethod.GET, "/held").build(),
                    ResponseHandler.status());
            CompletableFuture<Integer> queued = transport.sendAsync(RequestSpec.builder(HttpMethod.GET, "/next").build(),
                    ResponseHandler.status());
            awaitRequests(held, 1);
            assertThat(queued).as("the only slot is taken").isNotDone();

            assertThat(waiting.cancel(true)).isTrue();

            assertThat(held.awaitAbandoned(Duration.ofSeconds(10))).as("the server saw the exchange dropped").isTrue();
            assertThat(await(queued)).as("the slot went to the queued call").isEqualTo(200);
            assertThatCancelled(waiting);
        }
    }

    /**
     * Where the common pool has a single thread (two cores or fewer, as on CI), {@code HttpClient.sendAsync}
     * completes each exchange on a new thread of {@code CompletableFuture}'s default executor unless the SDK,
     * having taken the answer, completes it first. With more cores the common pool hides the difference.
     */
    @Test
    void asyncCallsStartNoThreadPerCall() throws Exception {
        try (RawServer server = new RawServer().answering(request -> RawServer.Action.respond(200, "{}"));
             Transport transport = TestClient.builder().endpoint(server.uri()).build()) {
            RequestSpec status = RequestSpec.builder(HttpMethod.GET, "/msteams/status").build();
            assertThat(await(transport.sendAsync(status, ResponseHandler.status()))).isEqualTo(200);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long startedBefore = threads.getTotalStartedThreadCount();

            for (int call = 0; call < 200; call++) {
                assertThat(await(transport.sendAsync(status, ResponseHandler.status()))).isEqualTo(200);
            }

            assertThat(threads.getTotalStartedThreadCount() - startedBefore).as("threads started by 200 async calls")
                    .isLessThan(20);
        }
    }

    @Test
    void cancellingDuringARetryWaitSendsNothingMore() throws Exception {
        respondInOrder(aResponse().withStatus(503), okJson("{}"));
        ManualSleeper manual = new ManualSleeper(clock);
        try (Transport transport = TestClient.against(server).clock(clock).sleeper(manual).build()) {
            CompletableFuture<Integer> call = transport.sendAsync(GET_STATUS, ResponseHandler.status());
            awaitPendingWait(manual);

            call.cancel(true);

            assertThat(manual.pending()).singleElement().satisfies(wait -> assertThat(wait).isCancelled());
            assertThatCancelled(call);
        }
        assertThat(requests()).isEqualTo(1);
    }

    private static void assertThatCancelled(CompletableFuture<?> call) {
        assertThat(call).isCancelled();
        try {
            call.join();
        } catch (CancellationException expected) {
            return;
        }
        throw new AssertionError("not cancelled");
    }

    /** Waits, bounded, until the server has read {@code count} requests (the client sends on its own threads). */
    private static void awaitRequests(RawServer raw, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (raw.requests().size() < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the server got " + raw.requests().size() + " requests");
            }
            Thread.onSpinWait();
        }
    }

    private static void awaitPendingWait(ManualSleeper manual) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (manual.pending().isEmpty()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the call never started to wait");
            }
            Thread.onSpinWait();
        }
    }
}
