package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.testing.MutableClock;
import io.teamsdr.core.testing.RecordingSleeper;
import io.teamsdr.core.testing.Sequence;
import io.teamsdr.core.testing.TestClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which failures are retried, how long the client waits in between (observed through a recording
 * sleeper and a clock it moves, never by sleeping), and which calls are never sent twice.
 */
class RetryTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final RequestSpec GET_STATUS = RequestSpec.builder(HttpMethod.GET, "/msteams/status").build();

    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(NOW);
        sleeper = new RecordingSleeper(clock);
    }

    private TestClient.Builder client() {
        return TestClient.against(server).clock(clock).sleeper(sleeper);
    }

    /** Stubs the given responses in order for the status path; the last one repeats. */
    private static void respondInOrder(Function<String, MappingBuilder> request, ResponseDefinitionBuilder... responses) {
        Sequence.respond(server, () -> request.apply("/msteams/status"), responses);
    }

    private static void respondInOrder(ResponseDefinitionBuilder... responses) {
        respondInOrder(path -> get(path), responses);
    }

    private static List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status);
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        respondInOrder(status(503).withHeader("Retry-After", "7"), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(transport.send(GET_STATUS, ResponseHandler.status())).isEqualTo(200);
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(requests()).hasSize(2);
    }

    @Test
    void retryAfterAsHttpDateIsHonouredAgainstTheClientsClock() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(12).atOffset(ZoneOffset.UTC));
        respondInOrder(status(503).withHeader("Retry-After", date), okJson("{}"));
        try (Transport transport = client().build()) {
            transport.send(GET_STATUS, ResponseHandler.status());
        }

        assertThat(date).endsWith("GMT");
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
        assertThat(requests()).hasSize(2);
    }

    @Test
    void retryAfterDateInThePastMeansRetryAtOnce() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(30).atOffset(ZoneOffset.UTC));
        respondInOrder(status(503).withHeader("Retry-After", date), okJson("{}"));
        try (Transport transport = client().build()) {
            transport.send(GET_STATUS, ResponseHandler.status());
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ZERO);
    }

    @Test
    void retryAfterBeyondTheCapEndsRetriesAndReportsTheWait() {
        respondInOrder(status(503).withHeader("Retry-After", "120"), okJson("{}"));
        try (Transport transport = client().retry(RetryOptions.defaults().withMaxRetryAfter(Duration.ofSeconds(60))).build()) {
            ServerException failure = catchThrowableOfType(ServerException.class,
                    () -> transport.send(GET_STATUS, ResponseHandler.status()));

            assertThat(failure.retryAfter()).contains(Duration.ofSeconds(120));
            assertThat(failure.attempts()).isEqualTo(1);
        }
        assertThat(sleeper.waits()).isEmpty();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void absurdRetryAfterOn429FailsAsRateLimitedNotWithAnArithmeticError() {
        respondInOrder(status(429).withHeader("Retry-After", "92233720368547758"), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThatThrownBy(() -> transport.send(GET_STATUS, ResponseHandler.status()))
                    .isInstanceOf(RateLimitedException.class);
            // The client-wide pause is bounded too: the next call is not parked for centuries.
            respondInOrder(okJson("{}"));
            transport.send(GET_STATUS, ResponseHandler.status());
        }
        assertThat(sleeper.waits()).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(60)));
    }

    @Test
    void backoffGrowsExponentiallyUpToTheMaximumWithoutJitter() {
        respondInOrder(status(503));
        RetryOptions options = new RetryOptions(4, Duration.ofMillis(100), Duration.ofMillis(250), 2.0, 0.0,
                Duration.ofSeconds(60), Set.of(503));
        try (Transport transport = client().retry(options).build()) {
            ServerException failure = catchThrowableOfType(ServerException.class,
                    () -> transport.send(GET_STATUS, ResponseHandler.status()));
            assertThat(failure.attempts()).isEqualTo(4);
        }

        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
        assertThat(requests()).hasSize(4);
    }

    @Test
    void jitterRandomisesEachWaitWithinItsBounds() {
        respondInOrder(status(503));
        RetryOptions options = new RetryOptions(4, Duration.ofMillis(100), Duration.ofSeconds(10), 2.0, 0.5,
                Duration.ofSeconds(60), Set.of(503));
        Set<Duration> firstWaits = new HashSet<>();
        try (Transport transport = client().retry(options).build()) {
            for (int call = 0; call < 20; call++) {
                assertThatThrownBy(() -> transport.send(GET_STATUS, ResponseHandler.status())).isInstanceOf(ServerException.class);
                List<Duration> all = sleeper.waits();
                assertThat(all).hasSize(3 * (call + 1));
                List<Duration> waits = all.subList(3 * call, 3 * call + 3);
                assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(150));
                assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(300));
                assertThat(waits.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(600));
                firstWaits.add(waits.get(0));
            }
        }
        assertThat(firstWaits).as("jitter varies the waits").hasSizeGreaterThan(1);
    }

    @ParameterizedTest(name = "HTTP {0} is retried")
    @ValueSource(ints = {408, 429, 502, 503, 504})
    void transientStatusesAreRetried(int status) {
        respondInOrder(status(status), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(transport.send(GET_STATUS, ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(requests()).hasSize(2);
        assertThat(sleeper.waits()).isNotEmpty();
    }

    @ParameterizedTest(name = "HTTP {0} is not retried")
    @ValueSource(ints = {500, 400, 404, 409})
    void otherStatusesAreNotRetried(int status) {
        respondInOrder(status(status), okJson("{}"));
        try (Transport transport = client().build()) {
            ApiException failure = catchThrowableOfType(ApiException.class, () -> transport.send(GET_STATUS, ResponseHandler.status()));
            assertThat(failure.status()).isEqualTo(status);
            assertThat(failure.attempts()).isEqualTo(1);
        }
        assertThat(requests()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void exhaustedRetriesReportEveryAttempt() {
        respondInOrder(status(502));
        try (Transport transport = client().build()) {
            ServerException failure = catchThrowableOfType(ServerException.class,
                    () -> transport.send(GET_STATUS, ResponseHandler.status()));
            assertThat(failure.attempts()).isEqualTo(3);
            assertThat(failure).hasMessageContaining("3 attempts");
        }
        assertThat(requests()).hasSize(3);
    }

    /*
     * java.net.http itself resends an idempotent request once when the connection dies before any
     * response byte (it takes the connection for a stale pooled one). So two faults in a row are
     * needed before the SDK's own retry, with its wait, is what saves the call.
     */
    @ParameterizedTest(name = "{0} is retried for GET")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void ioFailuresAreRetriedForGet(Fault fault) {
        respondInOrder(aResponse().withFault(fault), aResponse().withFault(fault), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(transport.send(GET_STATUS, ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(requests()).hasSize(3);
        assertThat(sleeper.waits()).as("the SDK waited before its own retry").hasSize(1);
    }

    /*
     * Attempts count what reached the wire: the JDK client's own resend of the GET counts, so the budget
     * of 3 is spent after two attempts of the SDK (2 + 2 requests), and the exception says 4.
     */
    @ParameterizedTest(name = "{0} on every attempt ends in a TransportException")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void persistentIoFailureEndsInTransportException(Fault fault) {
        respondInOrder(aResponse().withFault(fault));
        try (Transport transport = client().build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(GET_STATUS, ResponseHandler.status()));
            assertThat(failure.isTimeout()).isFalse();
            assertThat(failure.kind()).isEqualTo(TransportException.Kind.NO_ANSWER);
            assertThat(failure.attempts()).isEqualTo(requests().size()).isEqualTo(4);
            assertThat(failure.pathTemplate()).isEqualTo("/msteams/status");
            assertThat(failure).hasMessageContaining("Check the endpoint").hasMessageContaining("4 attempts");
        }
        assertThat(sleeper.waits()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} on a POST is not retried")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void ioFailuresOnPostAreNotRetried(Fault fault) {
        respondInOrder(path -> post(path), aResponse().withFault(fault), okJson("{}"));
        try (Transport transport = client().build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(RequestSpec.builder(HttpMethod.POST, "/msteams/status").build(), ResponseHandler.status()));
            assertThat(failure.isTimeout()).isFalse();
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.method()).isEqualTo("POST");
        }
        assertThat(requests()).hasSize(1);
    }

    @Test
    void postIsNotRetriedOnRetryableStatus() {
        respondInOrder(path -> post(path), status(503), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThatThrownBy(() -> transport.send(RequestSpec.builder(HttpMethod.POST, "/msteams/status")
                    .body(RequestBody.json(Map.of("type", "normal"))).build(), ResponseHandler.status()))
                    .isInstanceOf(ServerException.class);
        }
        assertThat(requests()).hasSize(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void postMarkedIdempotentIsRetried() {
        respondInOrder(path -> post(path), status(503), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(transport.send(RequestSpec.builder(HttpMethod.POST, "/msteams/status")
                    .body(RequestBody.json(Map.of("type", "normal"))).idempotent(true).build(), ResponseHandler.status()))
                    .isEqualTo(200);
        }
        assertThat(requests()).hasSize(2);
        assertThat(requests()).extracting(LoggedRequest::getBodyAsString).containsOnly("{\"type\":\"normal\"}");
    }

    @Test
    void getMarkedNotIdempotentIsNotRetried() {
        respondInOrder(status(503), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThatThrownBy(() -> transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/status").idempotent(false).build(),
                    ResponseHandler.status())).isInstanceOf(ServerException.class);
        }
        assertThat(requests()).hasSize(1);
    }

    @Test
    void nonReplayableStreamIsNeverRetriedEvenForPut() {
        respondInOrder(path -> put(path), status(503), okJson("{}"));
        byte[] csv = "sipUser\nalice\n".getBytes(StandardCharsets.UTF_8);
        try (Transport transport = client().build()) {
            assertThatThrownBy(() -> transport.send(RequestSpec.builder(HttpMethod.PUT, "/msteams/status")
                    .body(RequestBody.stream(new ByteArrayInputStream(csv), RequestBody.CSV)).build(), ResponseHandler.status()))
                    .isInstanceOf(ServerException.class);
        }
        assertThat(requests()).hasSize(1);
        assertThat(requests().get(0).getBody()).isEqualTo(csv);
    }

    @Test
    void oneShotWriterIsNeverRetriedButAReplayableOneIs() {
        respondInOrder(path -> put(path), status(503), status(503), okJson("{}"));
        try (Transport transport = client().build()) {
            assertThatThrownBy(() -> transport.send(RequestSpec.builder(HttpMethod.PUT, "/msteams/status")
                    .body(RequestBody.writer(out -> out.write("x\n".getBytes(StandardCharsets.UTF_8)), RequestBody.CSV, false))
                    .build(), ResponseHandler.status())).isInstanceOf(ServerException.class);
            assertThat(requests()).hasSize(1);

            assertThat(transport.send(RequestSpec.builder(HttpMethod.PUT, "/msteams/status")
                    .body(RequestBody.writer(out -> out.write("y\n".getBytes(StandardCharsets.UTF_8)), RequestBody.CSV, true))
                    .build(), ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(requests()).extracting(LoggedRequest::getBodyAsString).containsExactly("x\n", "y\n", "y\n");
    }

    @Test
    void callTimeoutEndsRetriesOnceTheNextWaitWouldPassTheDeadline() {
        respondInOrder(status(503).withHeader("Retry-After", "4"));
        try (Transport transport = client().callTimeout(Duration.ofSeconds(10)).retry(RetryOptions.defaults().withMaxAttempts(10)).build()) {
            ServerException failure = catchThrowableOfType(ServerException.class,
                    () -> transport.send(GET_STATUS, ResponseHandler.status()));
            // attempts at t=0, 4 s and 8 s; a fourth would start at 12 s, past the 10 s deadline
            assertThat(failure.attempts()).isEqualTo(3);
        }
        assertThat(requests()).hasSize(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
    }

    @Test
    void noRetriesMeansOneAttempt() {
        respondInOrder(status(503), okJson("{}"));
        try (Transport transport = client().retry(RetryOptions.none()).build()) {
            assertThatThrownBy(() -> transport.send(GET_STATUS, ResponseHandler.status())).isInstanceOf(ServerException.class);
        }
        assertThat(requests()).hasSize(1);
    }

    @Test
    void customRetryStatusesReplaceTheDefaults() {
        respondInOrder(status(500), ok());
        try (Transport transport = client().retry(RetryOptions.defaults().withRetryStatuses(Set.of(500))).build()) {
            assertThat(transport.send(GET_STATUS, ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(requests()).hasSize(2);
    }

    @Test
    void badRequestIsNeverRetriedEvenWithRetryAfter() {
        respondInOrder(status(400).withHeader("Retry-After", "1"), ok());
        try (Transport transport = client().build()) {
            assertThatThrownBy(() -> transport.send(GET_STATUS, ResponseHandler.status())).isInstanceOf(BadRequestException.class);
        }
        assertThat(requests()).hasSize(1);
    }
}
