package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.LogOptions;
import io.teamsdr.core.testing.LogCapture;
import io.teamsdr.core.testing.TestClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Everything the transport logs at its most verbose (TRACE with bodies) for calls full of secrets:
 * the secrets never appear, what a reader needs to follow the calls does.
 */
class RedactionLoggingTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TENANT = "6d3e1f8a-0000-4000-8000-00000000beef";
    private static final List<String> SECRETS = List.of("tok-SECRET-bearer", "Pa55-SECRET-admin", "AT-SECRET-access",
            "RT-SECRET-refresh", "SIP-SECRET-alice", "SIP-SECRET-bob", "COOKIE-SECRET", "Thomas-Search-Term", "2FA-SECRET");

    private static String loggedRequestId(int index) {
        return server.findAll(anyRequestedFor(anyUrl())).get(index).getHeader("X-Request-Id");
    }

    @Test
    void traceLogsWithBodiesHoldNoSecretsButEverythingNeededToFollowTheCalls() {
        server.stubFor(post(urlPathEqualTo("/tenants/" + TENANT + "/msteams/admins")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Set-Cookie", "session=COOKIE-SECRET")
                .withBody("{\"id\":\"a1\",\"access_token\":\"AT-SECRET-access\",\"refresh_token\":\"RT-SECRET-refresh\","
                        + "\"2fa_payload\":\"2FA-SECRET\"}")));
        server.stubFor(post(urlPathEqualTo("/teams/draft/update/users")).willReturn(okJson("{\"accepted\":2}")));
        server.stubFor(get(urlPathEqualTo("/msteams/users")).willReturn(okJson("{\"users\":[]}")));

        String text;
        try (LogCapture logs = LogCapture.transportAtTrace();
             Transport transport = TestClient.against(server).credentials(Credentials.bearer("tok-SECRET-bearer"))
                     .logOptions(LogOptions.none().allowQueryParams("page_size")).logBodies(true).build()) {
            transport.send(RequestSpec.builder(HttpMethod.POST, "/tenants/{uuid}/msteams/admins").pathParam("uuid", TENANT)
                    .body(RequestBody.json(Map.of("msUsername", "admin@contoso.com", "msPassword", "Pa55-SECRET-admin")))
                    .build(), ResponseHandler.json(Map.class));
            byte[] csv = ("tenantId,sipUser,sipPassword,did\r\n1001,alice,SIP-SECRET-alice,+3212345678\r\n"
                    + "1001,\"bob, jr\",SIP-SECRET-bob,+3212345679\r\n").getBytes(StandardCharsets.UTF_8);
            transport.send(RequestSpec.builder(HttpMethod.POST, "/teams/draft/update/users")
                    .body(RequestBody.bytes(csv, RequestBody.CSV)).build(), ResponseHandler.json(Map.class));
            transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/users").query("page_size", 100)
                    .query("search", "Thomas-Search-Term").build(), ResponseHandler.json(Map.class));
            text = logs.text();
            assertThat(logs.events()).extracting(e -> e.getLevel()).contains(Level.DEBUG, Level.TRACE);
        }

        assertThat(text).doesNotContain(SECRETS);
        assertThat(text).doesNotContain("Bearer");
        assertThat(text).as("ids in the path are not logged, the template is").doesNotContain(TENANT)
                .contains("POST /tenants/{uuid}/msteams/admins -> 201")
                .contains("POST /teams/draft/update/users -> 200")
                .contains("GET /msteams/users -> 200");
        assertThat(text).contains("request-id=" + loggedRequestId(0), "request-id=" + loggedRequestId(1), "request-id=" + loggedRequestId(2));
        assertThat(text).as("allowlisted query values as they are, others by length")
                .contains("page_size=100&search=<18 chars>");
        assertThat(text).as("bodies are logged, redacted")
                .contains("\"msPassword\":\"***\"", "\"msUsername\":\"admin@contoso.com\"", "\"access_token\":\"***\"",
                        "1001,alice,***,+3212345678", "1001,\"bob, jr\",***,+3212345679", "\"accepted\":2");
        assertThat(text).as("response headers outside the allowlist are masked").contains("set-cookie=***");
        assertThat(text).as("request headers too, from the same allowlist")
                .contains("Authorization=***", "User-Agent=teamsdr/", "Content-Type=application/json");
    }

    @Test
    void bigBodiesAreLoggedCappedAndStillRedacted() {
        server.stubFor(post(anyUrl()).willReturn(okJson("{\"accepted\":5000}")));
        StringBuilder csv = new StringBuilder("tenantId,sipUser,sipPassword,did\n");
        for (int row = 0; row < 5_000; row++) {
            csv.append("1001,user").append(row).append(",SIP-SECRET-").append(row).append(",+32").append(100_000_000 + row).append('\n');
        }

        String bodyLine;
        try (LogCapture logs = LogCapture.transportAtTrace();
             Transport transport = TestClient.against(server).logBodies(true).build()) {
            transport.send(RequestSpec.builder(HttpMethod.POST, "/teams/draft/update/users")
                    .body(RequestBody.bytes(csv.toString().getBytes(StandardCharsets.UTF_8), RequestBody.CSV)).build(),
                    ResponseHandler.status());
            bodyLine = logs.events().stream().map(e -> e.getFormattedMessage())
                    .filter(line -> line.startsWith("request body")).findFirst().orElseThrow();
        }

        assertThat(csv.length()).isGreaterThan(100_000);
        assertThat(bodyLine).hasSizeLessThan(9 * 1024).contains("1001,user0,***,+32100000000").doesNotContain("SIP-SECRET", "user4999");
    }

    @Test
    void bodiesAreNotLoggedUnlessAskedFor() {
        server.stubFor(post(anyUrl()).willReturn(okJson("{\"id\":\"x\"}")));

        try (LogCapture logs = LogCapture.transportAtTrace();
             Transport transport = TestClient.against(server).build()) {
            transport.send(RequestSpec.builder(HttpMethod.POST, "/x").body(RequestBody.json(Map.of("k", "v"))).build(),
                    ResponseHandler.json(Map.class));

            assertThat(logs.text()).contains("POST /x -> 200").doesNotContain("request body", "response body", "\"k\"");
        }
    }

    @Test
    void basicCredentialsAndErrorsAreNotLoggedEither() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"bad password Pa55-SECRET-admin\"}")));
        String basic = Base64.getEncoder().encodeToString("admin:Pa55-SECRET-admin".getBytes(StandardCharsets.UTF_8));

        String text;
        Throwable failure;
        try (LogCapture logs = LogCapture.transportAtTrace();
             Transport transport = TestClient.against(server).credentials(Credentials.basic("admin", () -> "Pa55-SECRET-admin"))
                     .logBodies(true).build()) {
            failure = catchThrowable(() -> transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/commits").build(),
                    ResponseHandler.json(Map.class)));
            text = logs.text();
        }

        assertThat(failure).isNotNull();
        assertThat(text).doesNotContain(basic, "Basic ").contains("GET /teams/commits -> 401");
    }

    @Test
    void withoutTraceNothingButOneDebugLinePerAttemptIsLogged() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{\"token\":\"AT-SECRET-access\"}")));

        try (LogCapture logs = LogCapture.transportAtTrace();
             Transport transport = TestClient.against(server).build()) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.teamsdr.http")).setLevel(Level.DEBUG);
            transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/status").build(), ResponseHandler.json(Map.class));

            assertThat(logs.events()).hasSize(1);
            assertThat(logs.text()).startsWith("DEBUG GET /msteams/status -> 200 in ")
                    .contains("[request-id=" + loggedRequestId(0) + ", attempt=1]");
        }
    }
}
