package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.testing.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The headers every request carries, whatever the operation. */
class RequestHeadersTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RequestSpec STATUS = RequestSpec.builder(HttpMethod.GET, "/msteams/status").build();

    private static String sdkVersion() throws IOException {
        try (InputStream in = RequestHeadersTest.class.getResourceAsStream("/io/teamsdr/core/version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    private List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    @Test
    void userAgentNamesSdkAndJavaVersionsAndTheCallersSuffix() throws IOException {
        server.stubFor(get(anyUrl()).willReturn(ok()));
        try (Transport plain = TestClient.against(server).build();
             Transport suffixed = TestClient.against(server).userAgentSuffix("my-portal/2.1").build()) {
            plain.send(STATUS, ResponseHandler.status());
            suffixed.send(STATUS, ResponseHandler.status());
        }

        String version = sdkVersion();
        assertThat(version).as("version.properties is filtered by the build").matches("\\d+\\.\\d+\\.\\d+.*");
        Runtime.Version java = Runtime.version();
        String expected = "teamsdr/" + version + " java/" + java.feature() + "." + java.interim() + "." + java.update();
        assertThat(requests()).extracting(r -> r.getHeader("User-Agent"))
                .containsExactly(expected, expected + " my-portal/2.1");
    }

    @Test
    void requestIdIsNewPerCallAndReusedByItsRetries() {
        server.stubFor(get("/a").inScenario("a").whenScenarioStateIs(STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503)));
        server.stubFor(get("/a").inScenario("a").whenScenarioStateIs("up").willReturn(ok()));
        server.stubFor(get("/b").willReturn(ok()));
        try (Transport transport = TestClient.against(server).build()) {
            transport.send(RequestSpec.builder(HttpMethod.GET, "/a").build(), ResponseHandler.status());
            transport.send(RequestSpec.builder(HttpMethod.GET, "/b").build(), ResponseHandler.status());
            transport.send(RequestSpec.builder(HttpMethod.GET, "/b").build(), ResponseHandler.status());
        }

        List<String> ids = requests().stream().map(r -> r.getHeader("X-Request-Id")).toList();
        assertThat(ids).hasSize(4).doesNotContainNull();
        assertThat(ids.get(0)).as("the retry of the first call").isEqualTo(ids.get(1));
        assertThat(ids.subList(1, 4)).as("three different calls").doesNotHaveDuplicates();
        ids.forEach(id -> assertThat(UUID.fromString(id)).isNotNull());
    }

    @Test
    void acceptsJsonAndSendsNoContentTypeWithoutBody() {
        server.stubFor(get(anyUrl()).willReturn(ok()));
        try (Transport transport = TestClient.against(server).build()) {
            transport.send(STATUS, ResponseHandler.status());
            transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").header("Accept", "application/zip").build(),
                    ResponseHandler.status());
        }

        assertThat(requests().get(0).getHeader("Accept")).isEqualTo("application/json");
        assertThat(requests().get(0).containsHeader("Content-Type")).isFalse();
        assertThat(requests().get(1).getHeaders().getHeader("Accept").values()).containsExactly("application/zip");
    }
}
