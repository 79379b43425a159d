package io.teamsdr.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.testkit.fusion.FusionDemo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The example service as its users run it: application.yml, the embedded fakes, HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,metrics,env",
        "management.endpoint.env.show-values=always"})
class ProvisioningServiceApplicationTest {
    private static final ProvisioningServiceApplication.EmbeddedFakes FAKES =
            ProvisioningServiceApplication.EmbeddedFakes.start();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Value("${local.server.port}")
    int port;

    @AfterAll
    static void stopFakes() {
        FAKES.close();
    }

    @Test
    void theSummaryReadsBothPlatformsThroughTheStartersClients() throws Exception {
        JsonNode summary = JSON.readTree(get("/summary").body());

        assertThat(summary.get("onboarding").asText()).isEqualTo("onboarded");
        assertThat(summary.get("teamsUsers").asInt()).isEqualTo(FusionDemo.USER_COUNT);
        assertThat(summary.get("sbcTenants").asInt()).isPositive();
    }

    @Test
    void healthShowsBothPlatformsAndTheTokenStaysHidden() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        String env = get("/actuator/env").body();

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode platforms = JSON.readTree(health.body()).at("/components/teamsdr/components");
        assertThat(platforms.at("/fusion/status").asText()).isEqualTo("UP");
        assertThat(platforms.at("/vsxi/status").asText()).isEqualTo("UP");
        assertThat(env).contains("FUSION_ENDPOINT").doesNotContain(System.getProperty("FUSION_TOKEN"))
                .doesNotContain(System.getProperty("VSXI_PASSWORD"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
