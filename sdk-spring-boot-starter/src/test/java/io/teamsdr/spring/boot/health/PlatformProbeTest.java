package io.teamsdr.spring.boot.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.testkit.vsxi.VsxiEndpoint;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a health read of each platform is classified, against the testkit's fakes and their faults. */
class PlatformProbeTest {
    private static final Duration SLOW = Duration.ofSeconds(2);
    private static final LongSupplier INSTANT = () -> 0L;

    private static FakeFusionServer fusionServer;
    private static FakeVsxiServer vsxiServer;
    private static FusionClient fusion;
    private static VsxiTeamsClient vsxi;

    @BeforeAll
    static void start() {
        fusionServer = FakeFusionServer.builder().seed(FusionSeed.demo()).start();
        vsxiServer = FakeVsxiServer.builder().demoData().start();
        fusion = FusionClient.builder().endpoint(fusionServer.baseUrl())
                .credentials(FusionCredentials.token(fusionServer.adminToken())).build()
                .withOptions(RequestOptions.builder().retry(RetryOptions.none()).build());
        vsxi = VsxiTeamsClient.builder().endpoint(vsxiServer.baseUrl())
                .credentials(vsxiServer.username(), vsxiServer::password).retry(RetryOptions.none()).build();
    }

    @AfterAll
    static void stop() {
        fusion.close();
        vsxi.close();
        fusionServer.close();
        vsxiServer.close();
    }

    @BeforeEach
    void reset() {
        fusionServer.reset();
        vsxiServer.reset();
    }

    @Test
    void aTimelyAnswerIsUpWithWhatWasRead() {
        ProbeResult result = fusionProbe(fusion, INSTANT).probe();

        assertThat(result.status()).isEqualTo("UP");
        assertThat(result.details()).containsEntry("endpoint", fusionServer.baseUrl().toString())
                .containsEntry("read", "GET " + Subscription.PATH + "/msteams/status")
                .containsEntry("onboarding", "onboarded")
                .containsEntry("latencyMs", 0L);
    }

    @Test
    void aSlowAnswerIsDegraded() {
        AtomicLong clock = new AtomicLong();
        LongSupplier threeSecondsPerRead = () -> clock.getAndAdd(Duration.ofSeconds(3).toNanos());

        ProbeResult result = fusionProbe(fusion, threeSecondsPerRead).probe();

        assertThat(result.status()).isEqualTo("DEGRADED");
        assertThat(result.details()).containsEntry("latencyMs", 3000L).containsEntry("slowThresholdMs", 2000L);
    }

    @Test
    void aRateLimitIsDegraded() {
        fusionServer.faults().on("GET", fusionServer.subscriptionPath() + "/msteams/status").always()
                .respond(429, "{\"error\":{\"code\":429,\"reason\":\"slow down\"}}").retryAfter(Duration.ofSeconds(1));

        ProbeResult result = fusionProbe(fusion, INSTANT).probe();

        assertThat(result.status()).isEqualTo("DEGRADED");
        assertThat(result.details()).containsEntry("httpStatus", 429).containsEntry("error", "RateLimitedException")
                .containsKey("requestId");
    }

    @Test
    void refusedCredentialsOrMissingRolesAreOutOfService() {
        try (FusionClient wrongToken = FusionClient.builder().endpoint(fusionServer.baseUrl())
                .credentials(FusionCredentials.token("not-a-token")).retry(RetryOptions.none()).build();
             FusionClient noRoles = FusionClient.builder().endpoint(fusionServer.baseUrl())
                .credentials(FusionCredentials.token(fusionServer.mintToken(Set.of(), Duration.ofHours(1))))
                .retry(RetryOptions.none()).build()) {

            ProbeResult unauthorized = fusionProbe(wrongToken, INSTANT).probe();
            ProbeResult forbidden = fusionProbe(noRoles, INSTANT).probe();

            assertThat(unauthorized.status()).isEqualTo("OUT_OF_SERVICE");
            assertThat(unauthorized.details()).containsEntry("httpStatus", 401);
            assertThat(forbidden.status()).isEqualTo("OUT_OF_SERVICE");
            assertThat(forbidden.details()).containsEntry("httpStatus", 403).containsEntry("error", "ForbiddenException");
        }
    }

    @Test
    void aSubscriptionThatDoesNotExistIsOutOfService() {
        Subscription unknown = Subscription.of(fusionServer.draasInstance(), "00000000-0000-4000-8000-000000000000", 1);

        ProbeResult result = new FusionProbe(fusion, unknown, fusionServer.baseUrl(), SLOW, INSTANT).probe();

        assertThat(result.status()).isEqualTo("OUT_OF_SERVICE");
        assertThat(result.details()).containsEntry("httpStatus", 404);
    }

    @Test
    void aServerErrorIsDown() {
        fusionServer.faults().on("GET", fusionServer.subscriptionPath() + "/msteams/status").always().respond(503, "{}");

        ProbeResult result = fusionProbe(fusion, INSTANT).probe();

        assertThat(result.status()).isEqualTo("DOWN");
        assertThat(result.details()).containsEntry("httpStatus", 503).containsEntry("error", "ServerException");
    }

    @Test
    void noAnswerOrAnUnreadableOneIsDown() {
        // always: the JDK's HTTP client itself resends a GET once when a reused connection is dropped.
        vsxiServer.fault(VsxiEndpoint.LIST_TENANTS).always().dropConnection();
        ProbeResult dropped = new VsxiProbe(vsxi, vsxiServer.baseUrl(), SLOW, INSTANT).probe();
        vsxiServer.faults().clear();
        vsxiServer.fault(VsxiEndpoint.LIST_TENANTS).always().malformedBody();
        ProbeResult malformed = new VsxiProbe(vsxi, vsxiServer.baseUrl(), SLOW, INSTANT).probe();

        assertThat(dropped.status()).isEqualTo("DOWN");
        assertThat(dropped.details()).containsEntry("error", "TransportException").doesNotContainKey("httpStatus");
        assertThat(malformed.status()).isEqualTo("DOWN");
        assertThat(malformed.details()).containsEntry("error", "DecodingException").containsEntry("httpStatus", 200);
    }

    @Test
    void aRefusedConnectionIsDown() {
        try (VsxiTeamsClient nowhere = VsxiTeamsClient.builder().endpoint(URI.create("http://127.0.0.1:1"))
                .credentials("api", () -> "x").retry(RetryOptions.none()).build()) {

            ProbeResult result = new VsxiProbe(nowhere, URI.create("http://127.0.0.1:1"), SLOW, INSTANT).probe();

            assertThat(result.status()).isEqualTo("DOWN");
        }
    }

    @Test
    void theSbcIsUpWithItsTenantCount() {
        ProbeResult result = new VsxiProbe(vsxi, vsxiServer.baseUrl(), SLOW, INSTANT).probe();

        assertThat(result.status()).isEqualTo("UP");
        assertThat(result.details()).containsEntry("read", "GET /teams/tenants")
                .containsEntry("tenants", vsxiServer.tenantIds().size());
    }

    @Test
    void withoutASubscriptionFusionIsNotProbed() {
        ProbeResult result = new FusionProbe(fusion, null, fusionServer.baseUrl(), SLOW, INSTANT).probe();

        assertThat(result.status()).isEqualTo("UNKNOWN");
        assertThat(result.details().get("reason").toString()).contains("teamsdr.fusion.subscription");
        assertThat(fusionServer.journal().requests()).isEmpty();
    }

    @Test
    void detailsNeverCarryTheCredentials() {
        fusionServer.faults().on("GET", fusionServer.subscriptionPath() + "/msteams/status").always().respond(401, "{}");

        ProbeResult result = fusionProbe(fusion, INSTANT).probe();

        assertThat(result.details().toString()).doesNotContain(fusionServer.adminToken());
    }

    private static FusionProbe fusionProbe(FusionClient client, LongSupplier nanoTime) {
        Subscription subscription = Subscription.of(fusionServer.draasInstance(), fusionServer.tenantUuid(),
                fusionServer.subscriptionId());
        return new FusionProbe(client, subscription, fusionServer.baseUrl(), SLOW, nanoTime);
    }
}
