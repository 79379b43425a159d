package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documented initial provisioning workflow, end to end over HTTP. */
class ProvisioningWorkflowTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final TestClock clock = TestClock.at(T0);
    private FakeVsxiServer server;
    private VsxiHttp http;

    @BeforeEach
    void start() {
        server = FakeVsxiServer.builder()
                .clock(clock)
                .seed(s -> s.pbx("12345", "777").servicePort("1", "2"))
                .start();
        http = new VsxiHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void initialProvisioningFromStartToVerification() {
        VsxiHttp.Answer started = http.post("/teams/draft/start");
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().path("draftId").asText()).startsWith("D-000001-");
        assertThat(started.json().path("createdAt").asText()).isEqualTo("2026-03-01T09:00:00Z");

        VsxiHttp.Answer tenants = http.postCsv("/teams/draft/update/tenants", """
                tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId
                1001,Sansay_HQ,ms1.example.com,68.70.169.47,+18580001111,12345,1
                1002,"Contoso, EU",teams.contoso.example,2001:db8::10,+3225550100,777,2
                """);
        assertThat(tenants.status()).isEqualTo(200);
        assertThat(tenants.json().path("accepted").asInt()).isEqualTo(2);
        assertThat(tenants.json().path("errors")).isEmpty();

        VsxiHttp.Answer users = http.postCsv("/teams/draft/update/users", """
                tenantId,sipUser,sipPassword,did
                1001,2000_T,password1001,+15551001000
                1001,2001_T,password1002,+15551001001
                1002,3000_C,"p,ss""word",+3225550101
                """);
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.json().path("accepted").asInt()).isEqualTo(3);

        JsonNode status = http.get("/teams/draft/status").json();
        assertThat(status.path("draftId").asText()).isEqualTo(started.json().path("draftId").asText());
        assertThat(status.path("tenants").path("added").asInt()).isEqualTo(2);
        assertThat(status.path("tenants").path("updated").asInt()).isZero();
        assertThat(status.path("tenants").path("deleted").asInt()).isZero();
        assertThat(status.path("users").path("added").asInt()).isEqualTo(3);

        VsxiHttp.Answer diff = http.get("/teams/draft/diff");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.header("Content-Type")).isEqualTo("application/zip");
        Map<String, String> diffs = diff.zip();
        assertThat(diffs).containsOnlyKeys("tenants/1001.cfg.diff", "tenants/1002.cfg.diff");
        assertThat(diffs.get("tenants/1001.cfg.diff"))
                .startsWith("--- a/tenants/1001.cfg\n+++ b/tenants/1001.cfg\n@@ -0,0 +1,")
                .contains("+sbc-fqdn = ms1.example.com", "+from-teams +15551001000 -> user 2000_T")
                .doesNotContain("password1001");

        // The committed view is unchanged until the commit; the draft view shows the markers.
        assertThat(http.get("/teams/tenants").json().path("tenants")).isEmpty();
        JsonNode draftTenants = http.get("/teams/tenants?includeDraft=true").json().path("tenants");
        assertThat(draftTenants).hasSize(2);
        assertThat(draftTenants.get(0).path("draft").asText()).isEqualTo("added");
        assertThat(draftTenants.get(1).path("tenantName").asText()).isEqualTo("Contoso, EU");

        clock.advance(Duration.ofMinutes(5));
        VsxiHttp.Answer commit = http.postJson("/teams/draft/commit", "{\"description\":\"Q3 onboarding\"}");
        assertThat(commit.status()).isEqualTo(201);
        String session = commit.json().path("session").asText();
        assertThat(session).startsWith("S-000001-");
        assertThat(commit.json().path("timestamp").asText()).isEqualTo("2026-03-01T09:05:00Z");
        assertThat(commit.json().path("description").asText()).isEqualTo("Q3 onboarding");
        assertThat(server.activeDraftId()).isEmpty();

        JsonNode committedTenants = http.get("/teams/tenants").json().path("tenants");
        assertThat(committedTenants).hasSize(2);
        JsonNode hq = committedTenants.get(0);
        assertThat(hq.path("tenantId").asText()).isEqualTo("1001");
        assertThat(hq.path("tenantName").asText()).isEqualTo("Sansay_HQ");
        assertThat(hq.path("microsoftFqdn").asText()).isEqualTo("ms1.example.com");
        assertThat(hq.path("localIp").asText()).isEqualTo("68.70.169.47");
        assertThat(hq.path("did").asText()).isEqualTo("+18580001111");
        assertThat(hq.path("pbxId").asText()).isEqualTo("12345");
        assertThat(hq.path("spId").asText()).isEqualTo("1");
        assertThat(hq.has("draft")).isFalse();

        VsxiHttp.Answer userList = http.get("/teams/users?tenantIds=1002");
        assertThat(userList.json().path("users")).hasSize(1);
        assertThat(userList.json().path("users").get(0).path("sipUser").asText()).isEqualTo("3000_C");
        assertThat(http.get("/teams/users").text()).doesNotContain("password", "p,ss");

        Map<String, String> files = http.get("/teams/smcFiles").zip();
        assertThat(files).containsOnlyKeys("tenants/1001.cfg", "tenants/1002.cfg");
        assertThat(files.get("tenants/1001.cfg"))
                .contains("tenant-id = 1001", "sbc-fqdn = ms1.example.com", "local-ip = 68.70.169.47",
                        "peer = sip.pstnhub.microsoft.com:5061 priority=1", "pbx-id = 12345",
                        "service-port-id = 1", "from-teams +18580001111 -> pbx 12345 service-port 1",
                        "user 2000_T did=+15551001000 password=sha256:")
                .doesNotContain("password1001");

        JsonNode commits = http.get("/teams/commits").json().path("commits");
        assertThat(commits).hasSize(1);
        assertThat(commits.get(0).path("session").asText()).isEqualTo(session);
        assertThat(commits.get(0).path("description").asText()).isEqualTo("Q3 onboarding");
        assertThat(commits.get(0).path("summary").path("tenants").path("added").asInt()).isEqualTo(2);
        assertThat(commits.get(0).path("summary").path("users").path("added").asInt()).isEqualTo(3);
    }

    @Test
    void updatesAreReportedAsUpdatedAndDiffedAsChangedLines() {
        http.post("/teams/draft/start");
        http.postCsv("/teams/draft/update/tenants", """
                tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId
                1001,HQ,ms1.example.com,10.0.0.1,+18580001111,12345,1
                """);
        http.postCsv("/teams/draft/update/users", "tenantId,sipUser,sipPassword,did\n1001,u1,pw1,+15550000001\n");
        http.post("/teams/draft/commit");

        http.post("/teams/draft/start");
        assertThat(http.postCsv("/teams/draft/update/tenants", """
                tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId
                1001,HQ renamed,ms1.example.com,10.0.0.1,+18580001111,12345,1
                """).status()).isEqualTo(200);
        assertThat(http.postCsv("/teams/draft/update/users",
                "tenantId,sipUser,sipPassword,did\n1001,u1,new-password,+15550000001\n").status()).isEqualTo(200);

        JsonNode status = http.get("/teams/draft/status").json();
        assertThat(status.path("tenants").path("updated").asInt()).isEqualTo(1);
        assertThat(status.path("users").path("updated").asInt()).isEqualTo(1);
        assertThat(http.get("/teams/users?includeDraft=true").json().path("users").get(0).path("draft").asText())
                .isEqualTo("updated");

        String diff = http.get("/teams/draft/diff").zip().get("tenants/1001.cfg.diff");
        assertThat(diff).contains("-tenant-name = HQ\n", "+tenant-name = HQ renamed\n")
                .containsPattern("-user u1 did=\\+15550000001 password=sha256:[0-9a-f]{16}\n")
                .doesNotContain("new-password");
        assertThat(diff.lines().filter(l -> l.startsWith("@@"))).hasSize(2);
    }

    @Test
    void emptyDraftHasAnEmptyDiffArchiveAndCanStillBeCommitted() {
        http.post("/teams/draft/start");
        VsxiHttp.Answer diff = http.get("/teams/draft/diff");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.zip()).isEmpty();
        assertThat(http.get("/teams/smcFiles").zip()).isEmpty();

        VsxiHttp.Answer commit = http.post("/teams/draft/commit");
        assertThat(commit.status()).isEqualTo(201);
        assertThat(commit.json().path("description").asText()).isEmpty();
        assertThat(commit.json().path("summary").path("tenants").path("added").asInt()).isZero();
    }

    @Test
    void discardDropsStagedChanges() {
        http.post("/teams/draft/start");
        http.postCsv("/teams/draft/update/tenants", """
                tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId
                1001,HQ,ms1.example.com,10.0.0.1,+18580001111,12345,1
                """);
        VsxiHttp.Answer discarded = http.post("/teams/draft/discard");
        assertThat(discarded.status()).isEqualTo(200);
        assertThat(discarded.json().path("discarded").asBoolean()).isTrue();
        assertThat(http.get("/teams/tenants?includeDraft=true").json().path("tenants")).isEmpty();
        assertThat(http.post("/teams/draft/start").status()).isEqualTo(201);
    }
}
