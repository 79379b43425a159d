package io.teamsdr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.testkit.fusion.FakeFusionExtension;
import io.teamsdr.testkit.fusion.WithFakeFusion;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.testkit.vsxi.VsxiDemoData;
import io.teamsdr.testkit.vsxi.WithFakeVsxi;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What the extensions do between tests, checked by running sample test classes (nested below,
 * enabled only while this test runs them) and reading their outcomes.
 */
class ExtensionLifecycleTest {

    private static final String SAMPLES = "io.teamsdr.testkit.ExtensionLifecycleTest#runningSamples";
    private static volatile boolean runningSamples;

    /**
     * Whether the sample classes may run: only when this test launches them.
     *
     * @return true while {@link #run(Class)} runs
     */
    static boolean runningSamples() {
        return runningSamples;
    }

    @Test
    void aPauseAndAClientOfOneTestNeverReachTheNext() {
        assertThat(run(AfterATooManyRequests.class)).containsExactly(
                Map.entry("paused", "SUCCESSFUL"), Map.entry("startsUnpaused", "SUCCESSFUL"));
        assertThat(AfterATooManyRequests.SLEPT).as("only the first test waited for the 429")
                .hasSize(AfterATooManyRequests.sleptInFirst).isNotEmpty();
    }

    @Test
    void annotationsStartTheDemoDataAndFailATestThatMissedEveryRoute() {
        assertThat(run(StrictVsxiByAnnotation.class)).containsExactly(
                Map.entry("seesTheDemoData", "SUCCESSFUL"), Map.entry("sendsAWrongPath", "FAILED"));
        assertThat(run(LenientFusionByAnnotation.class)).containsExactly(Map.entry("sendsAWrongPath", "SUCCESSFUL"));
    }

    @Test
    void aClientInjectedBeforeAllLivesForTheClass() {
        assertThat(run(ClassLevelClient.class)).containsExactly(
                Map.entry("first", "SUCCESSFUL"), Map.entry("second", "SUCCESSFUL"));
    }

    private static Map<String, String> run(Class<?> testClass) {
        Map<String, String> outcomes = Collections.synchronizedMap(new TreeMap<>());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass)).build();
        Launcher launcher = LauncherFactory.create();
        runningSamples = true;
        try {
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource method) {
                        outcomes.put(method.getMethodName(), result.getStatus().name());
                    }
                }
            });
        } finally {
            runningSamples = false;
        }
        return outcomes;
    }

    /** A 429 with {@code Retry-After: 3} in the first test; the second test's client must not wait. */
    @EnabledIf(SAMPLES)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class AfterATooManyRequests {
        static final List<Duration> SLEPT = Collections.synchronizedList(new ArrayList<>());
        private static final Clock FROZEN = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

        @RegisterExtension
        static final FakeFusionExtension FUSION = FakeFusionExtension.builder()
                .client(c -> c.clock(FROZEN).sleeper(SLEPT::add))
                .build();

        private static FusionClient firstClient;
        static int sleptInFirst;

        @Test
        @Order(1)
        void paused(MsTeams teams, FusionClient client) {
            SLEPT.clear();
            firstClient = client;
            FUSION.server().faults().on("GET", "/api/**/msteams/status").times(1)
                    .respond(429, "{\"error\":{\"code\":429,\"reason\":\"slow down\"}}").retryAfter(Duration.ofSeconds(3));
            teams.status().get();
            assertThat(SLEPT).isNotEmpty().allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(3)));
            sleptInFirst = SLEPT.size();
        }

        @Test
        @Order(2)
        void startsUnpaused(MsTeams teams, FusionClient client) {
            assertThat(client).isNotSameAs(firstClient);
            teams.status().get();
            assertThat(SLEPT).hasSize(sleptInFirst);
        }
    }

    /** The annotation's defaults: demo data, and a test failing on a request no route matches. */
    @EnabledIf(SAMPLES)
    @WithFakeVsxi
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class StrictVsxiByAnnotation {
        @Test
        void seesTheDemoData(VsxiTeamsClient client) {
            assertThat(client.sbcTenants().list()).hasSize(VsxiDemoData.TENANT_IDS.size());
        }

        @Test
        void sendsAWrongPath(FakeVsxiServer server) throws Exception {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/teams/nowhere"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** The same wrong path with the check turned off. */
    @EnabledIf(SAMPLES)
    @WithFakeFusion(failOnUnmatchedRequests = false)
    static class LenientFusionByAnnotation {
        @Test
        void sendsAWrongPath(io.teamsdr.testkit.fusion.FakeFusionServer server) throws Exception {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v01/nowhere"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /** A client injected into {@code @BeforeAll} keeps working in every test of the class. */
    @EnabledIf(SAMPLES)
    @WithFakeVsxi
    @TestMethodOrder(MethodOrderer.MethodName.class)
    static class ClassLevelClient {
        private static VsxiTeamsClient shared;

        @BeforeAll
        static void keep(VsxiTeamsClient client) {
            shared = client;
        }

        @Test
        void first(VsxiTeamsClient client) {
            assertThat(client).isNotSameAs(shared);
            assertThat(shared.commits().list()).hasSize(1);
        }

        @Test
        void second() {
            assertThat(shared.commits().list()).hasSize(1);
        }
    }
}
