package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.requestMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.testing.Arrivals;
import io.teamsdr.core.testing.Sequence;
import io.teamsdr.core.testing.TestClient;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow servers (requests are counted as they arrive, see {@link Arrivals}): the response timeout bounds one attempt, the call timeout bounds everything. The
 * server's delays are far longer than the timeouts, so no assertion depends on how fast the machine is.
 */
class TimeoutTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final int SLOW_MILLIS = 1_000;

    private final Arrivals arrivals = new Arrivals("/msteams/users/");

    /** Shared by the transports of a test, so a connection opened by one is reused by the next. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * A client with short timeouts on a connection already opened by a patient one, so that the slow
     * request reaches the server well within those timeouts even on a loaded build machine.
     */
    private TestClient.Builder warmClient() {
        server.stubFor(WireMock.get("/warm-up").willReturn(WireMock.ok()));
        try (Transport patient = TestClient.against(server).httpClient(http).build()) {
            patient.send(RequestSpec.builder(HttpMethod.GET, "/warm-up").build(), ResponseHandler.status());
        }
        return TestClient.against(server).httpClient(http);
    }

    private static RequestSpec userCheck() {
        return RequestSpec.builder(HttpMethod.GET, "/msteams/users/{ms_user_id}/check")
                .pathParam("ms_user_id", "4f2a-secret-user-id").build();
    }

    @Test
    void responseTimeoutSurfacesAsTimeoutNamingMethodAndPathTemplate() {
        server.stubFor(requestMatching(arrivals).willReturn(okJson("{}").withFixedDelay(SLOW_MILLIS)));
        try (Transport transport = warmClient().responseTimeout(Duration.ofMillis(200))
                .retry(RetryOptions.none()).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(userCheck(), ResponseHandler.status()));

            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.method()).isEqualTo("GET");
            assertThat(failure.pathTemplate()).isEqualTo("/msteams/users/{ms_user_id}/check");
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(arrivals.requests()).extracting(r -> r.getHeader("X-Request-Id")).containsExactly(failure.requestId());
            assertThat(failure.getMessage())
                    .contains("GET /msteams/users/{ms_user_id}/check timed out")
                    .contains("Raise the response or call timeout")
                    .doesNotContain("4f2a-secret-user-id")
                    .doesNotContain(server.baseUrl());
        }
    }

    @Test
    void timedOutGetIsRetried() {
        Sequence.respond(server, () -> requestMatching(arrivals),
                okJson("{}").withFixedDelay(SLOW_MILLIS), okJson("{}"));
        try (Transport transport = warmClient().responseTimeout(Duration.ofMillis(200)).build()) {
            assertThat(transport.send(userCheck(), ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(arrivals.requests()).hasSize(2);
    }

    @Test
    void callTimeoutCutsAnAttemptShortEvenWithALongResponseTimeout() {
        server.stubFor(requestMatching(arrivals).willReturn(okJson("{}").withFixedDelay(SLOW_MILLIS)));
        try (Transport transport = warmClient().responseTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofMillis(300)).build()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(userCheck(), ResponseHandler.status()));

            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.attempts()).as("no attempt after the deadline").isEqualTo(1);
        }
        assertThat(arrivals.requests()).as("no attempt after the deadline").hasSizeLessThanOrEqualTo(1);
    }
}
