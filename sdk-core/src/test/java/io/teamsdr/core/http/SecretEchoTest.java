package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.LogOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.testing.LogCapture;
import io.teamsdr.core.testing.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that echoes what it was sent (in a reason text, an HTML page, a malformed answer) must not
 * bring the call's secrets into exception messages, captured bodies or logs: the SDK masks the secret
 * values the call itself sent, wherever they come back, besides masking secret fields by name.
 */
class SecretEchoTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PASSWORD = "Pa55-SECRET-admin";
    private static final RequestSpec CREATE_ADMIN = RequestSpec.builder(HttpMethod.POST, "/msteams/admins")
            .body(RequestBody.json(Map.of("msUsername", "admin@contoso.com", "msPassword", PASSWORD))).build();

    private static void answer(int status, String contentType, String body) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
    }

    private static String everything(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        if (failure instanceof ApiException api) {
            text.append(api.body()).append(api.reason().orElse("")).append(api.errorCode().orElse(""));
        }
        if (failure instanceof DecodingException decoding) {
            text.append(decoding.body());
        }
        return text.toString();
    }

    @Test
    void aPasswordEchoedInAReasonTextIsMasked() {
        answer(400, "application/json", "{\"error\":{\"code\":2001,\"reason\":\"password " + PASSWORD + " is too weak\"}}");
        try (Transport transport = TestClient.against(server).build()) {
            ApiException failure = catchThrowableOfType(ApiException.class, () -> transport.send(CREATE_ADMIN, ResponseHandler.status()));

            assertThat(everything(failure)).doesNotContain(PASSWORD);
            assertThat(failure.reason()).contains("password *** is too weak");
            assertThat(failure.errorCode()).contains("2001");
        }
    }

    @Test
    void aRequestEchoedInAnHtmlErrorPageIsMasked() {
        answer(502, "text/html", "<html><body>Bad gateway for POST {\"msUsername\":\"admin@contoso.com\",\"msPassword\":\""
                + PASSWORD + "\"}</body></html>");
        try (Transport transport = TestClient.against(server).retry(RetryOptions.none()).build()) {
            ApiException failure = catchThrowableOfType(ApiException.class, () -> transport.send(CREATE_ADMIN, ResponseHandler.status()));
            assertThat(everything(failure)).doesNotContain(PASSWORD).contains("Bad gateway");
        }
    }

    @Test
    void aPasswordEchoedInAnUndecodableAnswerIsMasked() {
        answer(200, "text/plain", "created admin with password " + PASSWORD);
        try (Transport transport = TestClient.against(server).build()) {
            DecodingException failure = catchThrowableOfType(DecodingException.class,
                    () -> transport.send(CREATE_ADMIN, ResponseHandler.json(Map.class)));
            assertThat(everything(failure)).doesNotContain(PASSWORD).contains("created admin with password ***");
            assertThat(failure.requestId()).isEqualTo(server.getAllServeEvents().get(0).getRequest().getHeader("X-Request-Id"));
        }
    }

    @Test
    void aOneTimeCodeIsNeverLoggedNorEchoed() {
        answer(401, "application/json", "{\"message\":\"code 654321 is wrong or expired\"}");
        RequestSpec twoFactor = RequestSpec.builder(HttpMethod.POST, "/api/v01/auth/2fa")
                .body(RequestBody.json(Map.of("2fa_payload", "PAYLOAD-SECRET", "code", "654321", "trust", false))).build();
        String logged;
        try (LogCapture logs = LogCapture.transportAtTrace();
             Transport transport = TestClient.against(server).logOptions(LogOptions.none().secretFields("code"))
                     .logBodies(true).build()) {
            ApiException failure = catchThrowableOfType(ApiException.class, () -> transport.send(twoFactor, ResponseHandler.status()));
            assertThat(everything(failure)).doesNotContain("654321", "PAYLOAD-SECRET").contains("code *** is wrong");
            logged = logs.text();
        }
        assertThat(logged).doesNotContain("654321", "PAYLOAD-SECRET").contains("\"code\":\"***\"");
    }

    @Test
    void aBearerTokenEchoedBackIsMasked() {
        answer(401, "application/json", "{\"message\":\"token tok-ECHO-12345 expired\"}");
        try (Transport transport = TestClient.against(server).credentials(Credentials.bearer("tok-ECHO-12345")).build()) {
            ApiException failure = catchThrowableOfType(ApiException.class,
                    () -> transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/status").build(), ResponseHandler.status()));
            assertThat(everything(failure)).doesNotContain("tok-ECHO-12345").contains("token *** expired");
        }
    }

    @Test
    void aBasicPasswordEchoedBackIsMasked() {
        answer(403, "application/json", "{\"message\":\"user api with password basic-PW-777 lacks a role\"}");
        try (Transport transport = TestClient.against(server).credentials(Credentials.basic("api", () -> "basic-PW-777")).build()) {
            ApiException failure = catchThrowableOfType(ApiException.class,
                    () -> transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/status").build(), ResponseHandler.status()));
            assertThat(everything(failure)).doesNotContain("basic-PW-777").contains("password *** lacks");
        }
    }

    @Test
    void anOrdinaryAnswerIsNotTouched() {
        server.stubFor(any(anyUrl()).willReturn(okJson("{\"msUsername\":\"admin@contoso.com\"}")));
        try (Transport transport = TestClient.against(server).build()) {
            assertThat(transport.send(CREATE_ADMIN, ResponseHandler.json(Map.class))).containsEntry("msUsername", "admin@contoso.com");
        }
    }
}
