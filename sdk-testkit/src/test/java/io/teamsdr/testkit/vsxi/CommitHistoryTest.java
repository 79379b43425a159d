package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commits, the history, rollbacks restoring exact earlier states, and byte-identical packages. */
class CommitHistoryTest {

    private final TestClock clock = TestClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    private FakeVsxiServer server;
    private VsxiHttp http;

    @BeforeEach
    void start() {
        server = FakeVsxiServer.builder().clock(clock).demoData().start();
        http = new VsxiHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void demoDataHasOneSessionNewestFirstListing() {
        JsonNode commits = http.get("/teams/commits").json().path("commits");
        assertThat(commits).hasSize(1);
        assertThat(commits.get(0).path("description").asText()).isEqualTo(VsxiDemoData.DEMO_COMMIT_DESCRIPTION);
        assertThat(commits.get(0).path("summary").path("tenants").path("added").asInt()).isEqualTo(1);
        assertThat(commits.get(0).path("summary").path("users").path("added").asInt()).isEqualTo(1);

        String second = commit("second");
        String third = commit("third");
        assertThat(http.get("/teams/commits").json().path("commits"))
                .extracting(c -> c.path("session").asText())
                .containsExactly(third, second, server.sessions().get(2).session());
    }

    @Test
    void rollbackLatestRestoresTheExactEarlierState() {
        byte[] before = http.get("/teams/smcFiles").bytes();
        String tenantsBefore = http.get("/teams/tenants").text();
        String usersBefore = http.get("/teams/users").text();

        http.post("/teams/draft/start");
        http.postCsv("/teams/draft/update/tenants", "tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId\n"
                + "1001,Renamed,ms1.example.com,68.70.169.48,+18580001111,12345,1\n");
        http.postCsv("/teams/draft/replace/users", "tenantId,sipUser,sipPassword,did\n"
                + "1001,2000_T,changed,+15551001000\n");
        http.deleteCsv("/teams/draft/delete/tenants", "tenantId\n1003\n");
        String session = http.post("/teams/draft/commit").json().path("session").asText();
        assertThat(http.get("/teams/smcFiles").bytes()).isNotEqualTo(before);

        VsxiHttp.Answer rollback = http.post("/teams/rollback");
        assertThat(rollback.status()).isEqualTo(200);
        assertThat(rollback.json().path("rolledBack")).extracting(c -> c.path("session").asText())
                .containsExactly(session);
        assertThat(http.get("/teams/smcFiles").bytes()).isEqualTo(before);
        assertThat(http.get("/teams/tenants").text()).isEqualTo(tenantsBefore);
        assertThat(http.get("/teams/users").text()).isEqualTo(usersBefore);
        assertThat(server.sessions()).hasSize(1);
    }

    @Test
    void rollbackToASessionRemovesItAndEveryNewerOne() {
        List<byte[]> states = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            states.add(http.get("/teams/smcFiles").bytes());
            http.post("/teams/draft/start");
            http.postCsv("/teams/draft/update/users", "tenantId,sipUser,sipPassword,did\n"
                    + "1002,50" + i + "_R,pw,+3225559000" + i + "\n");
            sessions.add(http.post("/teams/draft/commit").json().path("session").asText());
        }

        VsxiHttp.Answer rollback = http.post("/teams/rollback/" + sessions.get(1));
        assertThat(rollback.status()).isEqualTo(200);
        assertThat(rollback.json().path("rolledBack")).extracting(c -> c.path("session").asText())
                .containsExactly(sessions.get(2), sessions.get(1));
        assertThat(http.get("/teams/smcFiles").bytes()).isEqualTo(states.get(1));
        assertThat(server.sessions()).extracting(VsxiSession::session).first().isEqualTo(sessions.get(0));
        assertThat(server.sipUsers()).contains("500_R").doesNotContain("501_R", "502_R");

        // A removed session is unknown now; keys are never reused.
        assertThat(http.post("/teams/rollback/" + sessions.get(2)).status()).isEqualTo(404);
        String next = commit("after rollback");
        assertThat(next).isNotIn(sessions);
    }

    @Test
    void rollbackErrors() {
        VsxiHttp.Answer unknown = http.post("/teams/rollback/S-999999-deadbeef");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").path("code").asText()).isEqualTo("UNKNOWN_SESSION");

        http.post("/teams/draft/start");
        VsxiHttp.Answer withDraft = http.post("/teams/rollback");
        assertThat(withDraft.status()).isEqualTo(409);
        assertThat(withDraft.json().path("error").path("code").asText()).isEqualTo("DRAFT_ACTIVE");
        http.post("/teams/draft/discard");

        assertThat(http.post("/teams/rollback").status()).isEqualTo(200);
        VsxiHttp.Answer empty = http.post("/teams/rollback");
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.json().path("error").path("code").asText()).isEqualTo("NO_COMMITS");
        // Rolling back the demo session leaves the baseline tenants, which predate the history.
        assertThat(server.tenantIds()).containsExactly("1001", "1002");
    }

    @Test
    void aForeignCommitShowsUpInTheHistory() {
        String mine = commit("mine");
        clock.advance(Duration.ofMinutes(1));
        String theirs = server.simulateForeignCommit("someone else", c -> c.user("1003", "4002_F", "pw", "+442079460009"));
        JsonNode latest = http.get("/teams/commits").json().path("commits").get(0);
        assertThat(latest.path("session").asText()).isEqualTo(theirs).isNotEqualTo(mine);
        assertThat(latest.path("description").asText()).isEqualTo("someone else");
        assertThat(latest.path("timestamp").asText()).isEqualTo("2026-05-01T12:01:00Z");
        assertThat(latest.path("summary").path("users").path("added").asInt()).isEqualTo(1);
        assertThat(server.sipUsers()).contains("4002_F");
    }

    @Test
    void smcFilesAreByteIdenticalForEqualStates() {
        byte[] first = http.get("/teams/smcFiles").bytes();
        assertThat(http.get("/teams/smcFiles").bytes()).isEqualTo(first);
        assertThat(http.get("/teams/smcFiles?includeDraft=true").bytes()).isEqualTo(first);
        try (FakeVsxiServer other = FakeVsxiServer.builder().demoData()
                .clock(TestClock.at(Instant.parse("2030-01-01T00:00:00Z"))).start()) {
            assertThat(new VsxiHttp(other).get("/teams/smcFiles").bytes()).isEqualTo(first);
        }
        assertThat(VsxiHttp.unzip(first).keySet())
                .containsExactly("tenants/1001.cfg", "tenants/1002.cfg", "tenants/1003.cfg");

        http.post("/teams/draft/start");
        http.deleteCsv("/teams/draft/delete/users", "sipUser\n3000_C\n");
        byte[] draft = http.get("/teams/smcFiles?includeDraft=true").bytes();
        assertThat(draft).isNotEqualTo(first);
        assertThat(VsxiHttp.unzip(draft).get("tenants/1002.cfg")).doesNotContain("3000_C");
        assertThat(http.get("/teams/smcFiles").bytes()).isEqualTo(first);
    }

    @Test
    void diffListsOnlyChangedTenantsAgainstEmptyForAddedAndRemoved() {
        http.post("/teams/draft/start");
        http.deleteCsv("/teams/draft/delete/tenants", "tenantId\n1003\n");
        http.postCsv("/teams/draft/update/tenants", "tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId\n"
                + "1004,New,new.example.com,192.0.2.44,+15550000044,20001,3\n");
        var diffs = http.get("/teams/draft/diff").zip();
        assertThat(diffs).containsOnlyKeys("tenants/1003.cfg.diff", "tenants/1004.cfg.diff");
        String removed = diffs.get("tenants/1003.cfg.diff");
        assertThat(removed).contains("\n@@ -1,").contains(" +0,0 @@\n");
        assertThat(removed.lines().skip(2).filter(l -> l.startsWith("+"))).isEmpty();
        String added = diffs.get("tenants/1004.cfg.diff");
        assertThat(added).contains("\n@@ -0,0 +1,");
        assertThat(added.lines().skip(2).filter(l -> l.startsWith("-"))).isEmpty();
    }

    @Test
    void snapshotAndResetRestoreState() {
        var snapshot = server.snapshot();
        commit("one");
        server.simulateForeignDraft();
        server.restore(snapshot);
        assertThat(server.sessions()).hasSize(1);
        assertThat(server.activeDraftId()).isEmpty();

        commit("two");
        server.fault(VsxiEndpoint.LIST_TENANTS).respond(503);
        server.reset();
        assertThat(server.sessions()).extracting(VsxiSession::description)
                .containsExactly(VsxiDemoData.DEMO_COMMIT_DESCRIPTION);
        assertThat(server.journal().size()).isZero();
        assertThat(http.get("/teams/tenants").status()).isEqualTo(200);
        // Same keys after a reset: keys depend on the seed and the calls only.
        String again = commit("two");
        server.reset();
        assertThat(commit("two")).isEqualTo(again);
    }

    private String commit(String description) {
        assertThat(http.post("/teams/draft/start").status()).isEqualTo(201);
        VsxiHttp.Answer answer = http.postJson("/teams/draft/commit", "{\"description\":\"" + description + "\"}");
        assertThat(answer.status()).isEqualTo(201);
        return answer.json().path("session").asText();
    }
}
