package io.teamsdr.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.TransportException;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real clients against the testkit's fakes, the listener registered on their builders: what a user
 * reads back from the registries after real calls.
 */
class MicrometerCallListenerEndToEndTest {
    private static final String STATUS = Subscription.PATH + "/msteams/status";
    private static final String USER = Subscription.PATH + "/msteams/user/{ms_user_id}";

    private static FakeFusionServer fusionServer;
    private static FakeVsxiServer vsxiServer;

    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void startFakes() {
        fusionServer = FakeFusionServer.builder().seed(FusionSeed.demo()).start();
        vsxiServer = FakeVsxiServer.builder().demoData().start();
    }

    @AfterAll
    static void stopFakes() {
        fusionServer.close();
        vsxiServer.close();
    }

    @BeforeEach
    void resetFakes() {
        fusionServer.reset();
        vsxiServer.reset();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    }

    @Test
    void syncCallsBecomeTimersPerOperationWithTheirOutcome() {
        try (FusionClient fusion = fusionClient(FusionCredentials.token(fusionServer.adminToken()))) {
            MsTeams teams = teams(fusion);
            teams.status().get();
            teams.status().get();
            assertThatThrownBy(() -> teams.users().get(UUID.randomUUID().toString()))
                    .isInstanceOf(NotFoundException.class);
        }

        assertThat(meters.get("teamsdr.client.requests")
                .tags("client", "fusion", "uri", STATUS, "method", "GET", "outcome", "SUCCESS", "status", "2xx")
                .timer().count()).isEqualTo(2);
        assertThat(meters.get("teamsdr.client.requests")
                .tags("uri", USER, "outcome", "FAILURE", "status", "4xx", "exception", "NotFoundException")
                .timer().count()).isEqualTo(1);
        assertThat(meters.get("teamsdr.client.in.flight").tags("client", "fusion").gauge().value()).isZero();
        assertThat(observations).hasNumberOfObservationsWithNameEqualTo("teamsdr.client.requests", 3)
                .hasObservationWithNameEqualTo("teamsdr.client.requests").that()
                .hasHighCardinalityKeyValueWithKey("teamsdr.request.id")
                .hasHighCardinalityKeyValue("teamsdr.async", "false");
    }

    @Test
    void asyncCallsAreObservedUntilTheyComplete() throws Exception {
        try (FusionClient fusion = fusionClient(FusionCredentials.token(fusionServer.adminToken()))) {
            fusion.async().msTeams(subscription()).status().get().get(10, TimeUnit.SECONDS);
        }

        assertThat(observations).hasSingleObservationThat()
                .hasBeenStopped()
                .hasHighCardinalityKeyValue("teamsdr.async", "true")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS");
        assertThat(meters.get("teamsdr.client.in.flight").gauge().value()).isZero();
    }

    @Test
    void retriesAreCountedByReasonAndA429PausesTheClient() {
        fusionServer.faults().on("GET", fusionServer.subscriptionPath() + "/msteams/status").times(1).respond(503, "{}");
        fusionServer.faults().on("GET", fusionServer.subscriptionPath() + "/msteams/domains").times(1)
                .respond(429, "{}").retryAfter(Duration.ofSeconds(1));
        try (FusionClient fusion = fusionClient(FusionCredentials.token(fusionServer.adminToken()))) {
            teams(fusion).status().get();
            teams(fusion).domains().list();
        }

        assertThat(meters.get("teamsdr.client.retries").tags("client", "fusion", "reason", "retryable_status")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("teamsdr.client.retries").tags("reason", "rate_limited").counter().count()).isEqualTo(1);
        assertThat(meters.get("teamsdr.client.pauses").tags("client", "fusion").counter().count()).isEqualTo(1);
        assertThat(meters.get("teamsdr.client.requests").tags("uri", STATUS, "outcome", "SUCCESS").timer().count())
                .isEqualTo(1);
        assertThat(observations).hasObservationWithNameEqualTo("teamsdr.client.requests").that()
                .hasHighCardinalityKeyValue("teamsdr.attempts", "2");
    }

    @Test
    void aTokenRefreshedAfterA401IsCountedAsARetry() {
        AtomicBoolean first = new AtomicBoolean(true);
        FusionCredentials rotating = FusionCredentials.token(
                () -> first.getAndSet(false) ? "expired-token" : fusionServer.adminToken());
        try (FusionClient fusion = fusionClient(rotating)) {
            teams(fusion).status().get();
        }

        assertThat(meters.get("teamsdr.client.retries").tags("reason", "unauthorized_refreshed").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("teamsdr.client.requests").tags("uri", STATUS, "outcome", "SUCCESS", "status", "2xx")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void aCallWithoutAnswerFailsWithNoStatusClass() {
        String statusPath = fusionServer.subscriptionPath() + "/msteams/status";
        fusionServer.faults().on("GET", statusPath).always().dropConnection();
        int before = fusionServer.journal().requests("GET", statusPath).size();
        TransportException failure;
        try (FusionClient fusion = fusionClient(FusionCredentials.token(fusionServer.adminToken()))) {
            failure = catchThrowableOfType(TransportException.class, () -> teams(fusion).status().get());
        }

        assertThat(meters.get("teamsdr.client.requests")
                .tags("uri", STATUS, "outcome", "FAILURE", "status", "none", "exception", "TransportException")
                .timer().count()).isEqualTo(1);
        // Attempts count the requests that reached the server, the JDK client's own resend of a dropped GET
        // included, so the SDK may schedule fewer retries than the server sees requests.
        int reached = fusionServer.journal().requests("GET", statusPath).size() - before;
        assertThat(failure.attempts()).isEqualTo(reached);
        assertThat(meters.get("teamsdr.client.retries").tags("reason", "connection_failure").counter().count())
                .isBetween(1.0, reached - 1.0);
    }

    @Test
    void vsxiCallsAreTaggedWithTheirClient() {
        try (VsxiTeamsClient vsxi = VsxiTeamsClient.builder()
                .endpoint(vsxiServer.baseUrl())
                .credentials(vsxiServer.username(), vsxiServer::password)
                .listener(MicrometerCallListener.builder(observations).meterRegistry(meters).client("vsxi").build())
                .build()) {
            vsxi.sbcTenants().list();
            vsxi.commits().list();
        }

        assertThat(meters.get("teamsdr.client.requests").tags("client", "vsxi", "uri", "/teams/tenants", "outcome", "SUCCESS")
                .timer().count()).isEqualTo(1);
        assertThat(meters.get("teamsdr.client.requests").tags("client", "vsxi", "uri", "/teams/commits")
                .timer().count()).isEqualTo(1);
    }

    private FusionClient fusionClient(FusionCredentials credentials) {
        return FusionClient.builder()
                .endpoint(fusionServer.baseUrl())
                .credentials(credentials)
                .sleeper(wait -> { })
                .listener(MicrometerCallListener.builder(observations).meterRegistry(meters).client("fusion").build())
                .build();
    }

    private static MsTeams teams(FusionClient fusion) {
        return fusion.msTeams(subscription());
    }

    private static Subscription subscription() {
        return Subscription.of(fusionServer.draasInstance(), fusionServer.tenantUuid(), fusionServer.subscriptionId());
    }
}
