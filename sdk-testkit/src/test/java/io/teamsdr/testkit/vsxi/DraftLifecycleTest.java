package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One draft at a time: the 409s, and a draft held by someone else. */
class DraftLifecycleTest {

    private FakeVsxiServer server;
    private VsxiHttp http;

    @BeforeEach
    void start() {
        server = FakeVsxiServer.builder().demoData().start();
        http = new VsxiHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSecondStartIsAConflictNamingTheActiveDraft() {
        String draftId = http.post("/teams/draft/start").json().path("draftId").asText();
        VsxiHttp.Answer second = http.post("/teams/draft/start");
        assertThat(second.status()).isEqualTo(409);
        JsonNode error = second.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("DRAFT_ACTIVE");
        assertThat(error.path("draftId").asText()).isEqualTo(draftId);
        assertThat(error.path("createdAt").asText()).isNotBlank();
    }

    @Test
    void readingOrDroppingADraftThatIsNotThereIsNotFound() {
        List<VsxiHttp.Answer> answers = List.of(
                http.get("/teams/draft/status"),
                http.get("/teams/draft/diff"),
                http.post("/teams/draft/discard"));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.json().path("error").path("code").asText()).isEqualTo("NO_DRAFT");
        });
    }

    @Test
    void changingOrCommittingWithoutADraftIsAConflict() {
        List<VsxiHttp.Answer> answers = List.of(
                http.post("/teams/draft/commit"),
                http.postCsv("/teams/draft/update/tenants", "tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId\n"),
                http.deleteCsv("/teams/draft/delete/tenants", "tenantId\n1001\n"),
                http.postCsv("/teams/draft/update/users", "tenantId,sipUser,sipPassword,did\n"),
                http.postCsv("/teams/draft/replace/users", "tenantId,sipUser,sipPassword,did\n"),
                http.deleteCsv("/teams/draft/delete/users", "sipUser\n2000_T\n"));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.json().path("error").path("code").asText()).isEqualTo("NO_DRAFT");
        });
        // Reads outside the draft do not need one.
        assertThat(http.get("/teams/tenants?includeDraft=true").status()).isEqualTo(200);
        assertThat(http.get("/teams/smcFiles?includeDraft=true").status()).isEqualTo(200);
    }

    @Test
    void noDraftWinsOverAnInvalidUpload() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/users", "garbage\n\"unclosed\n");
        assertThat(answer.status()).isEqualTo(409);
    }

    @Test
    void aForeignDraftBlocksStartAndCanBeResumed() {
        String foreign = server.simulateForeignDraft(changes -> changes.deleteUser("4000_F"));
        VsxiHttp.Answer start = http.post("/teams/draft/start");
        assertThat(start.status()).isEqualTo(409);
        assertThat(start.json().path("error").path("draftId").asText()).isEqualTo(foreign);

        // Resuming means using the draft endpoints without starting: the staged change is there.
        JsonNode status = http.get("/teams/draft/status").json();
        assertThat(status.path("draftId").asText()).isEqualTo(foreign);
        assertThat(status.path("users").path("deleted").asInt()).isEqualTo(1);
        assertThat(http.postCsv("/teams/draft/update/users", "tenantId,sipUser,sipPassword,did\n"
                + "1003,4001_F,pw,+442079460002\n").status()).isEqualTo(200);
        assertThat(http.post("/teams/draft/commit").status()).isEqualTo(201);
        assertThat(server.sipUsers()).contains("4001_F").doesNotContain("4000_F");
    }

    @Test
    void aForeignDraftCanBeDiscarded() {
        String foreign = server.simulateForeignDraft(changes -> changes.deleteTenant("1003"));
        VsxiHttp.Answer discard = http.post("/teams/draft/discard");
        assertThat(discard.json().path("draftId").asText()).isEqualTo(foreign);
        assertThat(server.activeDraftId()).isEmpty();
        assertThat(server.tenantIds()).contains("1003");
        assertThat(http.post("/teams/draft/start").status()).isEqualTo(201);
    }

    @Test
    void testControlsRefuseImpossibleSituations() {
        server.simulateForeignDraft();
        assertThatThrownBy(server::simulateForeignDraft).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> server.simulateForeignCommit("meanwhile"))
                .isInstanceOf(IllegalStateException.class);
        http.post("/teams/draft/discard");
        assertThatThrownBy(() -> server.simulateForeignDraft(c -> c.user("9999", "x", "pw", "+15550000001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant 9999 does not exist");
        assertThat(server.activeDraftId()).as("a failed staging leaves no draft").isEmpty();
    }
}
