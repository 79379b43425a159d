package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ClientRateLimitException;
import io.teamsdr.core.RateLimitOptions;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.testing.TestClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client-side rate limit. One permit per hour with a tiny wait makes "no permit" certain
 * without measuring time; a short period with a long wait makes "waits, then sends" certain.
 */
class RateLimitTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RequestSpec STATUS = RequestSpec.builder(HttpMethod.GET, "/msteams/status").build();
    private static final RateLimitOptions ONE_PER_HOUR = new RateLimitOptions(1, Duration.ofHours(1), Duration.ofMillis(1));

    @BeforeEach
    void setUp() {
        server.stubFor(get(anyUrl()).willReturn(ok()));
    }

    private static int requests() {
        return server.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Test
    void callWithoutAPermitWithinMaxWaitFailsWithoutSending() {
        try (Transport transport = TestClient.against(server).rateLimit(ONE_PER_HOUR).build()) {
            assertThat(transport.send(STATUS, ResponseHandler.status())).isEqualTo(200);

            assertThatThrownBy(() -> transport.send(STATUS, ResponseHandler.status()))
                    .isExactlyInstanceOf(ClientRateLimitException.class)
                    .hasMessageContaining("GET /msteams/status not sent")
                    .hasMessageContaining("client-side rate limit")
                    .hasMessageContaining("lower concurrency or raise the limit");
        }
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void permitsAreSharedByThreadsAndDerivedTransportsButNotOtherClients() {
        try (Transport transport = TestClient.against(server).rateLimit(ONE_PER_HOUR).build();
             Transport otherClient = TestClient.against(server).rateLimit(ONE_PER_HOUR).build()) {
            Transport derived = transport.withOptions(RequestOptions.builder().header("X-Trace", "1").build());
            assertThat(CompletableFuture.supplyAsync(() -> transport.send(STATUS, ResponseHandler.status())).join()).isEqualTo(200);

            assertThatThrownBy(() -> derived.send(STATUS, ResponseHandler.status())).isInstanceOf(TeamsdrException.class);
            assertThatThrownBy(() -> transport.sendAsync(STATUS, ResponseHandler.status()).join())
                    .hasCauseExactlyInstanceOf(ClientRateLimitException.class);
            assertThat(otherClient.send(STATUS, ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void callWaitsForTheNextPermitWhenAllowedTo() {
        try (Transport transport = TestClient.against(server)
                .rateLimit(new RateLimitOptions(1, Duration.ofMillis(100), Duration.ofSeconds(30))).build()) {
            for (int i = 0; i < 3; i++) {
                assertThat(transport.send(STATUS, ResponseHandler.status())).isEqualTo(200);
            }
        }
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new RateLimitOptions(0, Duration.ofSeconds(1), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitOptions(1, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RateLimitOptions.perSecond(5)).isEqualTo(new RateLimitOptions(5, Duration.ofSeconds(1), Duration.ofSeconds(30)));
    }
}
