package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.testing.LogCapture;
import io.teamsdr.vsxi.testing.Vsxi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SIP passwords and the Basic credentials never reach logs, messages or {@code toString()}. */
class SecretsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SIP_PASSWORD = "sip-Pa55-9f3k";
    private static final SipUser USER = new SipUser("1001", "2000_T", SIP_PASSWORD, "+15551001000");

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Test
    void aWholeDraftLoggedAtTraceWithBodiesShowsNoSecret() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{\"draftId\": \"d-1\"}")));
        server.stubFor(post(path("/teams/draft/update/users")).willReturn(okJson("{\"accepted\": 1}")));
        server.stubFor(post(path("/teams/draft/replace/users")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"VALIDATION_FAILED\", \"reason\": \"rejected\"},"
                        + " \"sipPassword\": \"" + SIP_PASSWORD + "\","
                        + " \"errors\": [{\"line\": 2, \"field\": \"sipPassword\", \"reason\": \"too short\"}]}")));
        server.stubFor(get(path("/teams/commits")).willReturn(okJson("{\"commits\": []}")));
        server.stubFor(post(path("/teams/draft/commit")).willReturn(okJson("{\"session\": \"s-1\"}")));
        String logs;
        Throwable rejected;
        try (LogCapture capture = new LogCapture();
             VsxiTeamsClient vsxi = Vsxi.client(server).logBodies(true).build()) {
            Draft draft = vsxi.drafts().start();
            draft.upsertSipUsers(Rows.of(List.of(USER)));
            rejected = catchThrowable(() -> draft.replaceAllSipUsers(Rows.of(List.of(USER)), ReplaceAllSipUsers.CONFIRM));
            draft.commit("CHG-1");
            logs = capture.text();
        }

        assertThat(server.findAll(postRequestedFor(urlEqualTo(path("/teams/draft/update/users")))).get(0)
                .getBodyAsString()).as("the server does get the password").contains(SIP_PASSWORD);
        assertThat(logs).as("TRACE logging happened").contains("/teams/draft/update/users").contains("response body");
        assertThat(logs).doesNotContain(SIP_PASSWORD).doesNotContain(Vsxi.PASSWORD)
                .doesNotContain(Vsxi.AUTHORIZATION.substring("Basic ".length()));
        assertThat(rejected).isInstanceOf(CsvRejectedException.class);
        assertThat(stackTrace(rejected)).doesNotContain(SIP_PASSWORD).doesNotContain(Vsxi.PASSWORD);
        assertThat(((CsvRejectedException) rejected).body()).contains("\"sipPassword\": \"***\"");
    }

    @Test
    void aUserPrintsItsPasswordAsStars() {
        assertThat(USER.toString()).contains("sipPassword=***").contains("2000_T").doesNotContain(SIP_PASSWORD);
        assertThat(USER.toBuilder().toString()).doesNotContain(SIP_PASSWORD);
    }

    @Test
    void violationsOfARowWithAPasswordShowThePasswordAsStars() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{\"draftId\": \"d-1\"}")));
        try (VsxiTeamsClient vsxi = Vsxi.client(server).build()) {
            Draft draft = vsxi.drafts().start();
            SipUser badDid = new SipUser("1001", "2000_T", SIP_PASSWORD, "5551001000");
            SipUser blankPassword = new SipUser("1001", "2001_T", "  ", "+15551001001");

            ValidationException failure = catchThrowableOfType(ValidationException.class,
                    () -> draft.upsertSipUsers(Rows.of(List.of(badDid, blankPassword))));

            assertThat(failure.violations()).containsExactly(
                    new Violation("line 2: did", "5551001000", "E.164 number: '+' and 2..15 digits, e.g. +18580001111"),
                    new Violation("line 3: sipPassword", "***", "required"));
            assertThat(stackTrace(failure)).doesNotContain(SIP_PASSWORD);
        }
    }

    @Test
    void theClientAndItsSettingsPrintNoPassword() {
        try (VsxiTeamsClient vsxi = Vsxi.client(server).build()) {
            assertThat(vsxi.toString()).doesNotContain(Vsxi.PASSWORD);
        }
        assertThat(io.teamsdr.core.Credentials.basic(Vsxi.USER, () -> Vsxi.PASSWORD).toString()).doesNotContain(Vsxi.PASSWORD);
    }
}
