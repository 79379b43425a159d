package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.testing.Vsxi;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "No active draft" is one exception whichever status the SBC uses for it: NOTES.md assumes 404 for
 * status, diff and discard and 409 for uploads and the commit, and a real SBC may use either for
 * any of them. The draft then knows it is gone, and closing it does not fail.
 */
class NoActiveDraftTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String NO_DRAFT = "{\"error\": {\"code\": \"NO_DRAFT\", \"reason\": \"No draft is active\"}}";
    private static final SipUser USER = new SipUser("1001", "2000_T", "pw", "+15551001000");
    private static final SbcTenant TENANT = new SbcTenant("1001", "HQ", "ms1.example.com", "68.70.169.47",
            "+18580001111", "12345", "1");

    @TempDir
    static Path dir;

    private VsxiTeamsClient vsxi;

    @BeforeEach
    void client() {
        vsxi = Vsxi.client(server).retry(RetryOptions.defaults()).build();
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{\"draftId\": \"d-1\"}")));
        server.stubFor(get(path("/teams/commits")).willReturn(okJson("{\"commits\": []}")));
    }

    @AfterEach
    void closeClient() {
        vsxi.close();
    }

    /** A draft call, named for the test report. */
    record DraftCall(String name, String method, String teamsPath, Consumer<Draft> action) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> draftCalls() {
        return Stream.of(
                new DraftCall("status", "GET", "/teams/draft/status", Draft::status),
                new DraftCall("diff", "GET", "/teams/draft/diff", Draft::diff),
                new DraftCall("diffTo(file)", "GET", "/teams/draft/diff", d -> d.diffTo(dir.resolve("diff.zip"))),
                new DraftCall("diffTo(stream)", "GET", "/teams/draft/diff", d -> d.diffTo(new ByteArrayOutputStream())),
                new DraftCall("discard", "POST", "/teams/draft/discard", Draft::discard),
                new DraftCall("commit", "POST", "/teams/draft/commit", d -> d.commit("CHG-1")),
                new DraftCall("upsertSbcTenants", "POST", "/teams/draft/update/tenants",
                        d -> d.upsertSbcTenants(Rows.of(List.of(TENANT)))),
                new DraftCall("deleteSbcTenants", "DELETE", "/teams/draft/delete/tenants",
                        d -> d.deleteSbcTenants(Rows.of(List.of("1001")))),
                new DraftCall("upsertSipUsers", "POST", "/teams/draft/update/users",
                        d -> d.upsertSipUsers(Rows.of(List.of(USER)))),
                new DraftCall("replaceAllSipUsers", "POST", "/teams/draft/replace/users",
                        d -> d.replaceAllSipUsers(Rows.of(List.of(USER)), ReplaceAllSipUsers.CONFIRM)),
                new DraftCall("deleteSipUsers", "DELETE", "/teams/draft/delete/users",
                        d -> d.deleteSipUsers(Rows.of(List.of("2000_T")))))
                .flatMap(call -> Stream.of(404, 409).map(status -> Arguments.of(call, status)));
    }

    @ParameterizedTest(name = "{0} answered {1}")
    @MethodSource("draftCalls")
    void everyDraftCallRaisesTheOneExceptionForEitherStatus(DraftCall call, int status) {
        server.stubFor(any(urlPathMatching(path("/teams/draft/(status|diff|discard|commit|update/.*|delete/.*|replace/.*)")))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(NO_DRAFT)));
        Draft draft = vsxi.drafts().start();
        server.resetRequests();

        NoActiveDraftException failure = catchThrowableOfType(NoActiveDraftException.class, () -> call.action().accept(draft));

        assertThat(failure).isInstanceOf(ApiException.class);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.method()).isEqualTo(call.method());
        assertThat(failure.pathTemplate()).isEqualTo(call.teamsPath());
        assertThat(failure.errorCode()).contains("NO_DRAFT");
        assertThat(failure.attempts()).as("not retried").isEqualTo(1);
        assertThat(failure.getMessage()).contains("No draft is active on the SBC").contains("drafts().start()");
        assertThat(draft.state()).isEqualTo(DraftState.GONE);
        assertThatThrownBy(draft::status).isInstanceOf(IllegalStateException.class).hasMessageContaining("GONE");
        draft.close();
        assertThat(server.findAll(postRequestedFor(urlEqualTo(path("/teams/draft/discard")))))
                .as("closing a gone draft sends nothing more").hasSize(call.name().equals("discard") ? 1 : 0);
    }

    @Test
    void closingADraftSomeoneElseEndedIsQuiet() {
        server.stubFor(post(path("/teams/draft/discard")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(NO_DRAFT)));
        Draft draft = vsxi.drafts().start();

        draft.close();

        assertThat(draft.state()).isEqualTo(DraftState.GONE);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(path("/teams/draft/discard"))))).hasSize(1);
    }

    @Test
    void findingNoDraftIsAnEmptyAnswerWhateverTheStatus() {
        server.stubFor(get(path("/teams/draft/status")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(NO_DRAFT)));
        assertThat(vsxi.drafts().resumeActive()).isEmpty();
        assertThat(vsxi.drafts().activeStatus()).isEmpty();

        server.stubFor(get(path("/teams/draft/status")).willReturn(aResponse().withStatus(409)));
        assertThat(vsxi.drafts().resumeActive()).isEmpty();
        assertThat(vsxi.drafts().activeStatus()).isEmpty();
        server.verify(0, anyRequestedFor(anyUrl()).withUrl(path("/teams/draft/discard")));
    }
}
