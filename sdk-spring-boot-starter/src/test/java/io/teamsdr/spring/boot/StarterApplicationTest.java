package io.teamsdr.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.testkit.vsxi.VsxiEndpoint;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring Boot web application with the starter, the actuator and only properties, against the
 * testkit's embedded fakes, read back over HTTP as an operator would. One context for every test.
 */
@SpringBootTest(classes = StarterApplicationTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "management.endpoints.web.exposure.include=health,env,configprops,metrics",
                "management.endpoint.health.show-details=always",
                "management.endpoint.env.show-values=always",
                "management.endpoint.configprops.show-values=always"})
class StarterApplicationTest {
    private static final FakeFusionServer FUSION = FakeFusionServer.builder().seed(FusionSeed.demo()).start();
    private static final FakeVsxiServer VSXI = FakeVsxiServer.builder().demoData().start();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    FusionClient fusion;

    @Autowired
    VsxiTeamsClient vsxi;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry properties) {
        properties.add("teamsdr.fusion.endpoint", () -> FUSION.baseUrl().toString());
        properties.add("teamsdr.fusion.token", FUSION::adminToken);
        properties.add("teamsdr.fusion.subscription.draas-instance", FUSION::draasInstance);
        properties.add("teamsdr.fusion.subscription.tenant-uuid", FUSION::tenantUuid);
        properties.add("teamsdr.fusion.subscription.subscription-id", FUSION::subscriptionId);
        properties.add("teamsdr.vsxi.endpoint", () -> VSXI.baseUrl().toString());
        properties.add("teamsdr.vsxi.username", VSXI::username);
        properties.add("teamsdr.vsxi.password", VSXI::password);
    }

    @AfterEach
    void clearFaults() {
        FUSION.faults().clear();
        VSXI.faults().clear();
    }

    @AfterAll
    static void stopFakes() {
        FUSION.close();
        VSXI.close();
    }

    @Test
    void healthShowsBothPlatformsUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode teamsdr = JSON.readTree(health.body()).at("/components/teamsdr");
        assertThat(teamsdr.at("/status").asText()).isEqualTo("UP");
        assertThat(teamsdr.at("/components/fusion/status").asText()).isEqualTo("UP");
        assertThat(teamsdr.at("/components/fusion/details/onboarding").asText()).isEqualTo("onboarded");
        assertThat(teamsdr.at("/components/vsxi/status").asText()).isEqualTo("UP");
        assertThat(teamsdr.at("/components/vsxi/details/tenants").asInt()).isEqualTo(VSXI.tenantIds().size());
    }

    @Test
    void anSbcThatStopsAnsweringTakesTheApplicationDown() throws Exception {
        VSXI.fault(VsxiEndpoint.LIST_TENANTS).always().respond(503, "{}");

        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.at("/status").asText()).isEqualTo("DOWN");
        assertThat(body.at("/components/teamsdr/components/vsxi/details/httpStatus").asInt()).isEqualTo(503);
        assertThat(body.at("/components/teamsdr/components/fusion/status").asText()).isEqualTo("UP");
    }

    @Test
    void aRateLimitedPlatformIsDegradedWithoutFailingTheApplication() throws Exception {
        FUSION.faults().on("GET", FUSION.subscriptionPath() + "/msteams/status").always().respond(429, "{}");

        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.at("/components/teamsdr/components/fusion/status").asText()).isEqualTo("DEGRADED");
        assertThat(body.at("/status").asText()).isEqualTo("UP");
    }

    @Test
    void secretsNeverAppearInEnvConfigpropsOrHealth() throws Exception {
        String env = get("/actuator/env").body();
        String configprops = get("/actuator/configprops").body();
        String health = get("/actuator/health").body();

        // The values are shown (show-values=always), so the masking below is the starter's doing.
        assertThat(env).contains(VSXI.baseUrl().toString()).contains(VSXI.username());
        assertThat(configprops).contains(VSXI.baseUrl().toString()).contains(VSXI.username());
        for (String output : new String[] {env, configprops, health}) {
            assertThat(output).doesNotContain(FUSION.adminToken()).doesNotContain(VSXI.password());
        }
        JsonNode vsxiProperties = findConfigurationProperties(JSON.readTree(configprops), "teamsdr.vsxi");
        assertThat(vsxiProperties.at("/properties/password").asText()).isEqualTo("******");
    }

    @Test
    void bothClientsReportToTheApplicationsMeterRegistry() {
        // Registered when the listeners are built, before any call: the actuator's registry got both listeners.
        assertThat(meters.get("teamsdr.client.in.flight").tags("client", "fusion").gauge().value()).isZero();
        assertThat(meters.get("teamsdr.client.in.flight").tags("client", "vsxi").gauge().value()).isZero();
        assertThat(meters.get("teamsdr.client.pauses").tags("client", "vsxi").counter()).isNotNull();
    }

    @Test
    void theClientsWorkInTheApplication() {
        assertThat(fusion.msTeams(Subscription.of(FUSION.draasInstance(), FUSION.tenantUuid(), FUSION.subscriptionId()))
                .users().get(FUSION.userIdByUpn("emma.peeters@contoso.onmicrosoft.com").orElseThrow()).msTeams().userPrincipalName())
                .isEqualTo("emma.peeters@contoso.onmicrosoft.com");
        assertThat(vsxi.commits().list()).isNotNull();
    }

    @Test
    void callsShowAsTeamsdrMetersInTheActuator() throws Exception {
        fusion.msTeams(Subscription.of(FUSION.draasInstance(), FUSION.tenantUuid(), FUSION.subscriptionId()))
                .domains().list();
        vsxi.sbcTenants().list();

        assertThat(meters.get("teamsdr.client.requests").tags("client", "fusion", "outcome", "SUCCESS").timer().count())
                .isPositive();
        JsonNode metric = JSON.readTree(get("/actuator/metrics/teamsdr.client.requests?tag=client:vsxi").body());
        assertThat(metric.at("/measurements/0/statistic").asText()).isEqualTo("COUNT");
        assertThat(metric.at("/measurements/0/value").asDouble()).isPositive();
        assertThat(metric.at("/availableTags").findValuesAsText("tag")).contains("operation", "uri", "outcome", "status",
                "exception");
        assertThat(get("/actuator/metrics/teamsdr.client.in.flight").statusCode()).isEqualTo(200);
    }

    private static JsonNode findConfigurationProperties(JsonNode configprops, String prefix) {
        for (JsonNode context : configprops.at("/contexts")) {
            for (JsonNode bean : context.at("/beans")) {
                if (prefix.equals(bean.at("/prefix").asText())) {
                    return bean;
                }
            }
        }
        throw new AssertionError("no @ConfigurationProperties bean with prefix " + prefix + " in " + configprops);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootApplication
    static class App {
    }
}
