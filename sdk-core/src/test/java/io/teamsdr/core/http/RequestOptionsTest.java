package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.testing.TestClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-call options through {@code transport.withOptions(...)}: headers, retries, timeouts. */
class RequestOptionsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RequestSpec STATUS = RequestSpec.builder(HttpMethod.GET, "/msteams/status").build();

    private static List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    @Test
    void extraHeadersAreSentByTheDerivedTransportOnly() {
        server.stubFor(get(anyUrl()).willReturn(ok()));
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer("tok")).build()) {
            Transport derived = transport.withOptions(RequestOptions.builder().header("X-Correlation", "job-7").build())
                    .withOptions(RequestOptions.builder().header("X-Portal", "ops").build());
            derived.send(STATUS, ResponseHandler.status());
            transport.send(STATUS, ResponseHandler.status());
            derived.close();
            assertThat(transport.send(STATUS, ResponseHandler.status())).as("closing a derived transport closes nothing").isEqualTo(200);
        }
        LoggedRequest viaDerived = requests().get(0);
        assertThat(viaDerived.getHeader("X-Correlation")).isEqualTo("job-7");
        assertThat(viaDerived.getHeader("X-Portal")).isEqualTo("ops");
        assertThat(viaDerived.getHeader("Authorization")).isEqualTo("Bearer tok");
        assertThat(requests().get(1).containsHeader("X-Correlation")).isFalse();
    }

    @Test
    void operationHeadersWinOverOptionHeaders() {
        server.stubFor(get(anyUrl()).willReturn(ok()));
        try (Transport transport = TestClient.against(server).build()) {
            transport.withOptions(RequestOptions.builder().header("Accept", "text/plain").build())
                    .send(RequestSpec.builder(HttpMethod.GET, "/zip").header("Accept", "application/zip").build(), ResponseHandler.status());
        }
        assertThat(requests().get(0).getHeaders().getHeader("Accept").values()).containsExactly("application/zip");
    }

    @Test
    void authorizationCannotBeSetThroughOptions() {
        assertThatThrownBy(() -> RequestOptions.builder().header("authorization", "Bearer x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("credentials");
    }

    @Test
    void perCallRetryOverrideAppliesToTheDerivedTransportOnly() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
        try (Transport transport = TestClient.against(server).build()) {
            Transport once = transport.withOptions(RequestOptions.builder().retry(RetryOptions.none()).build());

            assertThat(catchThrowableOfType(ServerException.class, () -> once.send(STATUS, ResponseHandler.status())).attempts())
                    .isEqualTo(1);
            assertThat(requests()).hasSize(1);

            assertThat(catchThrowableOfType(ServerException.class, () -> transport.send(STATUS, ResponseHandler.status())).attempts())
                    .isEqualTo(3);
            assertThat(requests()).hasSize(4);

            Transport five = transport.withOptions(RequestOptions.builder().retry(RetryOptions.defaults().withMaxAttempts(5)).build());
            assertThat(catchThrowableOfType(ServerException.class, () -> five.send(STATUS, ResponseHandler.status())).attempts())
                    .isEqualTo(5);
        }
    }

    @Test
    void perCallResponseTimeoutOverridesTheClients() {
        server.stubFor(get(anyUrl()).willReturn(ok().withFixedDelay(1_000)));
        try (Transport transport = TestClient.against(server).responseTimeout(Duration.ofSeconds(30)).build()) {
            Transport impatient = transport.withOptions(RequestOptions.builder()
                    .responseTimeout(Duration.ofMillis(100)).retry(RetryOptions.none()).build());

            assertThat(catchThrowableOfType(TransportException.class, () -> impatient.send(STATUS, ResponseHandler.status())).isTimeout())
                    .isTrue();
        }
    }

    @Test
    void laterOptionsWinWhenMerged() {
        RequestOptions merged = RequestOptions.builder().retry(RetryOptions.none()).callTimeout(Duration.ofSeconds(5)).header("A", "1").build()
                .merge(RequestOptions.builder().callTimeout(Duration.ofSeconds(9)).header("A", "2").header("B", "3").build());

        assertThat(merged.retry()).contains(RetryOptions.none());
        assertThat(merged.callTimeout()).contains(Duration.ofSeconds(9));
        assertThat(merged.headers()).containsEntry("A", "2").containsEntry("B", "3");
    }
}
