package io.teamsdr.core.event;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TokenProvider;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.http.HttpMethod;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.testing.MutableClock;
import io.teamsdr.core.testing.RecordingListener;
import io.teamsdr.core.testing.RecordingSleeper;
import io.teamsdr.core.testing.Sequence;
import io.teamsdr.core.testing.TestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The events a registered listener sees, in order, for sync and async calls, retries, a 429 pause,
 * a credentials refresh and failures; and that listeners compose and can never break a call.
 */
class CallListenerTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RequestSpec GET_USER = RequestSpec.builder(HttpMethod.GET, "/msteams/user/{ms_user_id}")
            .pathParam("ms_user_id", "4f2a-user-id").operation("fusion.users.get").build();

    private final RecordingListener listener = new RecordingListener();
    private MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    }

    private TestClient.Builder client() {
        return TestClient.against(server).clock(clock).sleeper(new RecordingSleeper(clock))
                .retry(RetryOptions.defaults().withJitter(0.0)).listener(listener);
    }

    private static void respondInOrder(ResponseDefinitionBuilder... responses) {
        Sequence.respond(server, () -> any(anyUrl()), responses);
    }

    @Test
    void aSyncCallReportsStartAttemptAndEndWithTheOperationAndNoIdentifier() {
        respondInOrder(okJson("{\"id\":\"4f2a-user-id\"}"));
        try (Transport transport = client().build()) {
            transport.send(GET_USER, ResponseHandler.json(Map.class));
        }

        assertThat(listener.events()).containsExactly(
                "callStarted fusion.users.get", "attemptStarted 1", "attemptEnded 1 200", "callEnded 200 after 1");
        CallInfo call = listener.calls().get(0);
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.pathTemplate()).isEqualTo("/msteams/user/{ms_user_id}");
        assertThat(call.async()).isFalse();
        assertThat(call.requestId()).isEqualTo(server.getAllServeEvents().get(0).getRequest().getHeader("X-Request-Id"));
        assertThat(call.toString()).doesNotContain("4f2a-user-id");
        AttemptInfo attempt = listener.attempts().get(0);
        assertThat(attempt.bytesReceived()).isEqualTo("{\"id\":\"4f2a-user-id\"}".length());
        assertThat(attempt.failure()).isEmpty();
        assertThat(attempt.connectionReused()).as("java.net.http does not tell").isEmpty();
    }

    @Test
    void anAsyncCallReportsTheSameEventsFlaggedAsync() throws Exception {
        respondInOrder(okJson("{}"));
        try (Transport transport = client().build()) {
            assertThat(transport.sendAsync(GET_USER, ResponseHandler.status()).get(10, TimeUnit.SECONDS)).isEqualTo(200);
            listener.awaitEnd();
        }
        assertThat(listener.events()).containsExactly(
                "callStarted fusion.users.get", "attemptStarted 1", "attemptEnded 1 200", "callEnded 200 after 1");
        assertThat(listener.calls().get(0).async()).isTrue();
    }

    @Test
    void aRetryIsReportedWithItsReasonAndWait() {
        respondInOrder(aResponse().withStatus(503).withHeader("Retry-After", "2"), okJson("{}"));
        try (Transport transport = client().build()) {
            transport.send(GET_USER, ResponseHandler.status());
        }
        assertThat(listener.events()).containsExactly(
                "callStarted fusion.users.get",
                "attemptStarted 1", "attemptEnded 1 503", "retryScheduled 1 RETRYABLE_STATUS 2000ms",
                "attemptStarted 2", "attemptEnded 2 200", "callEnded 200 after 2");
    }

    @Test
    void aRateLimitPausesTheClientAndIsRetried() throws Exception {
        respondInOrder(aResponse().withStatus(429).withHeader("Retry-After", "3"), okJson("{}"));
        try (Transport transport = client().build()) {
            transport.sendAsync(GET_USER, ResponseHandler.status()).get(10, TimeUnit.SECONDS);
            listener.awaitEnd();
        }
        assertThat(listener.events()).containsExactly(
                "callStarted fusion.users.get",
                "attemptStarted 1", "attemptEnded 1 429", "clientPaused 3000ms", "retryScheduled 1 RATE_LIMITED 3000ms",
                "attemptStarted 2", "attemptEnded 2 200", "callEnded 200 after 2");
    }

    @Test
    void aRefreshAfterA401IsReportedAsARetry() {
        respondInOrder(aResponse().withStatus(401), ok());
        TokenProvider tokens = new TokenProvider() {
            private volatile String token = "old";

            @Override
            public String currentToken() {
                return token;
            }

            @Override
            public boolean refresh(String rejected) {
                token = "new";
                return true;
            }
        };
        try (Transport transport = client().credentials(Credentials.bearer(tokens)).build()) {
            transport.send(GET_USER, ResponseHandler.status());
        }
        assertThat(listener.events()).containsExactly(
                "callStarted fusion.users.get",
                "attemptStarted 1", "attemptEnded 1 401", "retryScheduled 1 UNAUTHORIZED_REFRESHED 0ms",
                "attemptStarted 2", "attemptEnded 2 200", "callEnded 200 after 2");
    }

    @Test
    void aFailedCallReportsTheExceptionTheCallerGets() {
        respondInOrder(aResponse().withStatus(503));
        try (Transport transport = client().retry(RetryOptions.defaults().withMaxAttempts(2).withJitter(0.0)).build()) {
            Throwable thrown = catchThrowable(() -> transport.send(GET_USER, ResponseHandler.status()));
            assertThat(thrown).isInstanceOf(ServerException.class);
            assertThat(listener.failures()).containsExactly((TeamsdrException) thrown);
        }
        assertThat(listener.events()).endsWith("attemptEnded 2 503", "callFailed ServerException after 2");
    }

    @Test
    void anAttemptWithoutAnswerReportsItsFailureType() {
        respondInOrder(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        try (Transport transport = client().retry(RetryOptions.none()).build()) {
            assertThatThrownBy(() -> transport.send(RequestSpec.builder(HttpMethod.PUT, "/msteams/users/{id}")
                    .pathParam("id", "x").build(), ResponseHandler.status())).isInstanceOf(TransportException.class);
        }
        assertThat(listener.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.status()).isEmpty();
            assertThat(attempt.failure()).isPresent();
        });
        assertThat(listener.events()).last().isEqualTo("callFailed TransportException after 1");
    }

    @Test
    void listenersComposeInOrderAndOneThatThrowsBreaksNeitherTheCallNorTheOthers() {
        respondInOrder(okJson("{}"));
        List<String> order = new CopyOnWriteArrayList<>();
        CallListener first = new CallListener() {
            @Override
            public void callStarted(CallInfo call) {
                order.add("first");
            }
        };
        CallListener throwing = new CallListener() {
            @Override
            public void callStarted(CallInfo call) {
                order.add("throwing");
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void callEnded(CallInfo call, int status, int attempts, Duration duration) {
                throw new IllegalStateException("listener bug");
            }
        };
        CallListener last = new CallListener() {
            @Override
            public void callStarted(CallInfo call) {
                order.add("last");
            }
        };
        try (Transport transport = TestClient.against(server).listener(first).listener(throwing).listener(last)
                .listener(listener).build()) {
            assertThat(transport.send(GET_USER, ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(order).containsExactly("first", "throwing", "last");
        assertThat(listener.events()).last().isEqualTo("callEnded 200 after 1");
    }

    @Test
    void aSingleListenerThatThrowsCannotBreakACallEither() {
        respondInOrder(okJson("{}"));
        CallListener throwing = new CallListener() {
            @Override
            public void attemptStarted(CallInfo call, int attempt) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (Transport transport = TestClient.against(server).listener(throwing).build()) {
            assertThat(transport.send(GET_USER, ResponseHandler.status())).isEqualTo(200);
        }
    }

    @Test
    void withoutAnOperationNameTheMethodAndTemplateNameTheCall() {
        respondInOrder(okJson("{}"));
        try (Transport transport = client().build()) {
            transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/status").build(), ResponseHandler.status());
        }
        assertThat(listener.calls()).extracting(CallInfo::operation).containsExactly("GET /msteams/status");
    }
}
