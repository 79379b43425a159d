package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.TokenProvider;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.testing.TestClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which Authorization header each attempt carries, and the single refresh after a 401. */
class CredentialsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RequestSpec STATUS = RequestSpec.builder(HttpMethod.GET, "/msteams/status").build();

    private static List<String> authorizations() {
        return server.findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getHeader("Authorization")).toList();
    }

    /** Answers 200 to the given token and 401 to anything else. */
    private static void acceptOnly(String token) {
        server.stubFor(get(anyUrl()).atPriority(5).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"code\":401,\"reason\":\"Token expired\"}}")));
        server.stubFor(get(anyUrl()).atPriority(1).withHeader("Authorization", equalTo("Bearer " + token)).willReturn(ok()));
    }

    /** A provider that hands out {@code old} until refreshed, then {@code new}. */
    private static final class RefreshingProvider implements TokenProvider {
        final AtomicReference<String> current = new AtomicReference<>("old-token");
        final List<String> refreshedAfter = new CopyOnWriteArrayList<>();

        @Override
        public String currentToken() {
            return current.get();
        }

        @Override
        public boolean refresh(String rejectedToken) {
            refreshedAfter.add(rejectedToken);
            current.set("new-token");
            return true;
        }
    }

    @Test
    void staticBearerTokenIsSentOnEveryRequest() {
        server.stubFor(get(anyUrl()).willReturn(ok()));
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer("m2m-token")).build()) {
            transport.send(STATUS, ResponseHandler.status());
            transport.send(STATUS, ResponseHandler.status());
        }
        assertThat(authorizations()).containsExactly("Bearer m2m-token", "Bearer m2m-token");
    }

    @Test
    void noCredentialsSendNoHeader() {
        server.stubFor(get(anyUrl()).willReturn(ok()));
        try (Transport transport = TestClient.against(server).build()) {
            transport.send(STATUS, ResponseHandler.status());
        }
        assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).containsHeader("Authorization")).isFalse();
    }

    @Test
    void supplierIsAskedPerRequestSoRotatedTokensAreUsedAtOnce() {
        server.stubFor(get(anyUrl()).willReturn(ok()));
        AtomicReference<String> vault = new AtomicReference<>("token-1");
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer(vault::get)).build()) {
            transport.send(STATUS, ResponseHandler.status());
            vault.set("token-2");
            transport.send(STATUS, ResponseHandler.status());
        }
        assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void supplierRotatedDuringACallIsRetriedOnceWithTheNewToken() {
        acceptOnly("token-2");
        AtomicReference<String> vault = new AtomicReference<>("token-1");
        Credentials credentials = Credentials.bearer(() -> {
            String token = vault.get();
            vault.set("token-2");
            return token;
        });
        try (Transport transport = TestClient.against(server).credentials(credentials).build()) {
            assertThat(transport.send(STATUS, ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void staticTokenRejectedIsAnUnauthorizedExceptionAfterOneRequest() {
        acceptOnly("something-else");
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer("tok-REVOKED-42")).build()) {
            UnauthorizedException failure = catchThrowableOfType(UnauthorizedException.class,
                    () -> transport.send(STATUS, ResponseHandler.status()));
            assertThat(failure.reason()).contains("Token expired");
            assertThat(failure).hasMessageContaining("Check the credentials").hasMessageNotContaining("tok-REVOKED-42");
        }
        assertThat(authorizations()).containsExactly("Bearer tok-REVOKED-42");
    }

    @Test
    void unauthorizedIsRefreshedOnceAndRetriedWithTheNewToken() {
        acceptOnly("new-token");
        RefreshingProvider provider = new RefreshingProvider();
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer(provider)).build()) {
            assertThat(transport.send(STATUS, ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(authorizations()).containsExactly("Bearer old-token", "Bearer new-token");
        assertThat(provider.refreshedAfter).containsExactly("old-token");
    }

    @Test
    void refreshWorksForPostsToo() {
        server.stubFor(post(anyUrl()).atPriority(5).willReturn(aResponse().withStatus(401)));
        server.stubFor(post(anyUrl()).atPriority(1).withHeader("Authorization", equalTo("Bearer new-token"))
                .willReturn(aResponse().withStatus(201)));
        RefreshingProvider provider = new RefreshingProvider();
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer(provider)).build()) {
            assertThat(transport.send(RequestSpec.builder(HttpMethod.POST, "/msteams/users")
                    .body(RequestBody.json(java.util.Map.of("username", "tho"))).build(), ResponseHandler.status())).isEqualTo(201);
        }
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(2);
        assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsOnly("{\"username\":\"tho\"}");
    }

    @Test
    void secondUnauthorizedIsNotRefreshedAgain() {
        acceptOnly("never");
        RefreshingProvider provider = new RefreshingProvider();
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer(provider)).build()) {
            UnauthorizedException failure = catchThrowableOfType(UnauthorizedException.class,
                    () -> transport.send(STATUS, ResponseHandler.status()));
            assertThat(failure.attempts()).isEqualTo(2);
        }
        assertThat(authorizations()).containsExactly("Bearer old-token", "Bearer new-token");
        assertThat(provider.refreshedAfter).containsExactly("old-token");
    }

    @Test
    void providerThatCannotRefreshEndsTheCall() {
        acceptOnly("never");
        TokenProvider stuck = new TokenProvider() {
            @Override
            public String currentToken() {
                return "only-token";
            }

            @Override
            public boolean refresh(String rejectedToken) {
                return false;
            }
        };
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer(stuck)).build()) {
            catchThrowableOfType(UnauthorizedException.class, () -> transport.send(STATUS, ResponseHandler.status()));
        }
        assertThat(authorizations()).hasSize(1);
    }

    @Test
    void nonReplayableBodyIsNotResentAfterARefresh() {
        server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(401)));
        RefreshingProvider provider = new RefreshingProvider();
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer(provider)).build()) {
            catchThrowableOfType(UnauthorizedException.class, () -> transport.send(RequestSpec.builder(HttpMethod.POST, "/upload")
                    .body(RequestBody.stream(new ByteArrayInputStream(new byte[] {1, 2, 3}), "application/octet-stream")).build(),
                    ResponseHandler.status()));
        }
        assertThat(authorizations()).hasSize(1);
        assertThat(provider.refreshedAfter).isEmpty();
    }

    @Test
    void basicAuthenticationHeaderAndPasswordRotation() {
        server.stubFor(get(anyUrl()).willReturn(ok()));
        AtomicReference<String> password = new AtomicReference<>("pä:ss");
        try (Transport transport = TestClient.against(server).credentials(Credentials.basic("admin", password::get)).build()) {
            transport.send(STATUS, ResponseHandler.status());
            password.set("rotated");
            transport.send(STATUS, ResponseHandler.status());
        }
        String first = "Basic " + Base64.getEncoder().encodeToString("admin:pä:ss".getBytes(StandardCharsets.UTF_8));
        String second = "Basic " + Base64.getEncoder().encodeToString("admin:rotated".getBytes(StandardCharsets.UTF_8));
        assertThat(authorizations()).containsExactly(first, second);
    }

    @Test
    void basicPasswordChangedAfterA401IsTriedOnce() {
        String good = "Basic " + Base64.getEncoder().encodeToString("admin:new".getBytes(StandardCharsets.UTF_8));
        server.stubFor(get(anyUrl()).atPriority(5).willReturn(aResponse().withStatus(401)));
        server.stubFor(get(anyUrl()).atPriority(1).withHeader("Authorization", equalTo(good)).willReturn(ok()));
        AtomicReference<String> password = new AtomicReference<>("old");
        Credentials credentials = Credentials.basic("admin", () -> password.getAndSet("new"));
        try (Transport transport = TestClient.against(server).credentials(credentials).build()) {
            assertThat(transport.send(STATUS, ResponseHandler.status())).isEqualTo(200);
        }
        assertThat(authorizations()).hasSize(2).endsWith(good);
    }

    @Test
    void credentialsNeverPrintTheirSecrets() {
        assertThat(Credentials.bearer("tok-123")).hasToString("Credentials.bearer(***)");
        assertThat(Credentials.basic("admin", () -> "pw-123").toString()).contains("admin").doesNotContain("pw-123");
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer("tok-123")).build()) {
            assertThat(transport.settings().toString()).doesNotContain("tok-123");
        }
    }
}
