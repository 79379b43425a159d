package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every upload rule, each reported with its CSV line and field, and the all-or-nothing rule: a
 * refused upload changes nothing. Runs against the demo data with a draft started.
 */
class UploadRulesTest {

    private static final String TENANT_HEADER = "tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId\n";
    private static final String USER_HEADER = "tenantId,sipUser,sipPassword,did\n";

    private FakeVsxiServer server;
    private VsxiHttp http;

    @BeforeEach
    void start() {
        server = FakeVsxiServer.builder().demoData().start();
        http = new VsxiHttp(server);
        assertThat(http.post("/teams/draft/start").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void tenantFieldFormatsAreCheckedPerField() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "2001,Name,ms.example.com,10.0.0.1,+1555000000x,12345,1\n"
                + "2002,,ms.example.com,10.0.0.2,+15550000002,12345,1\n"
                + "2003,Name,not_a_host,10.0.0.3,+15550000003,12345,1\n"
                + "2004,Name,localhost,10.0.0.4,+15550000004,12345,1\n"
                + "2005,Name,ms.example.com,10.0.0.256,+15550000005,12345,1\n"
                + "2006,Name,ms.example.com,2001:db8::1::2,+15550000006,12345,1\n"
                + "2007,Name,ms.example.com,10.0.0.7,15550000007,12345,1\n"
                + "2008,Name,ms.example.com,10.0.0.8,+0123,12345,1\n"
                + "2009,Name,ms.example.com,fe80::1,+15550000009,12345,1\n");
        assertRejected(answer,
                tuple(2, "did"), tuple(3, "tenantName"), tuple(4, "microsoftFqdn"), tuple(5, "microsoftFqdn"),
                tuple(6, "localIp"), tuple(7, "localIp"), tuple(8, "did"), tuple(9, "did"));
        assertThat(answer.json().path("error").path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertNothingStaged();
    }

    @Test
    void tenantIdsAndDidsMustBeUnique() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "2001,A,a.example.com,10.0.0.1,+15550000001,12345,1\n"
                + "2001,A again,a.example.com,10.0.0.1,+15550000002,12345,1\n"
                + "2002,B,b.example.com,10.0.0.2,+18580001111,12345,1\n"
                + "2003,C,c.example.com,10.0.0.3,+15550000001,12345,1\n");
        assertRejected(answer, tuple(3, "tenantId"), tuple(4, "did"), tuple(5, "did"));
        assertThat(reasons(answer)).anyMatch(r -> r.contains("first at line 2"))
                .anyMatch(r -> r.contains("already used by tenant 1001"))
                .anyMatch(r -> r.contains("already used by tenant 2001 (line 2)"));
        assertNothingStaged();
    }

    @Test
    void swappingDidsBetweenTenantsInOneUploadIsAccepted() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "1001,Sansay_HQ,ms1.example.com,68.70.169.47,+3225550100,12345,1\n"
                + "1002,Contoso_EU,teams.contoso.example,2001:db8::10,+18580001111,12346,2\n");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(2);
    }

    @Test
    void pbxAndServicePortMustExistAndCannotChange() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "2001,New,n.example.com,10.0.0.1,+15550000001,99999,1\n"
                + "2002,New,n.example.com,10.0.0.2,+15550000002,12345,42\n"
                + "1001,Sansay_HQ,ms1.example.com,68.70.169.47,+18580001111,12346,1\n"
                + "1002,Contoso_EU,teams.contoso.example,2001:db8::10,+3225550100,12346,3\n");
        assertRejected(answer, tuple(2, "pbxId"), tuple(3, "spId"), tuple(4, "pbxId"), tuple(5, "spId"));
        assertThat(reasons(answer)).containsExactly(
                "PBX 99999 does not exist",
                "service port 42 does not exist",
                "pbxId cannot be changed after creation (tenant 1001 has pbxId 12345)",
                "spId cannot be changed after creation (tenant 1002 has spId 2)");
        assertNothingStaged();
    }

    @Test
    void usersNeedAnExistingTenantAndUniqueNamesAndDids() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/users", USER_HEADER
                + "9999,5000_X,pw,+15550000001\n"
                + "1001,5001_X,pw,+15550000002\n"
                + "1001,5001_X,pw,+15550000003\n"
                + "1001,5002_X,pw,+15551001000\n"
                + "1001,,pw,+15550000004\n"
                + "1001,5003_X,,+15550000005\n");
        assertRejected(answer, tuple(2, "tenantId"), tuple(4, "sipUser"), tuple(5, "did"), tuple(6, "sipUser"),
                tuple(7, "sipPassword"));
        assertThat(reasons(answer)).contains("tenant 9999 does not exist; create the tenant before its users",
                "DID +15551001000 is already used by SIP user 2000_T");
        assertNothingStaged();
    }

    @Test
    void tenantsAndUsersShareOneDidSpace() {
        VsxiHttp.Answer userTakesTenantDid = http.postCsv("/teams/draft/update/users", USER_HEADER
                + "1001,5001_X,pw,+15550000001\n"
                + "1001,5002_X,pw,+3225550100\n");
        assertRejected(userTakesTenantDid, tuple(3, "did"));
        assertThat(reasons(userTakesTenantDid)).containsExactly("DID +3225550100 is already used by tenant 1002");

        VsxiHttp.Answer tenantTakesUserDid = http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "2001,New,n.example.com,10.0.0.1,+3225550101,12345,1\n");
        assertRejected(tenantTakesUserDid, tuple(2, "did"));
        assertThat(reasons(tenantTakesUserDid)).containsExactly("DID +3225550101 is already used by SIP user 3000_C");
        assertNothingStaged();
        assertThat(http.get("/teams/smcFiles?includeDraft=true").zip().get("tenants/1002.cfg"))
                .containsOnlyOnce("from-teams +3225550100 ");
    }

    @Test
    void theDidCheckSeesWhatTheDraftStagedAndFreed() {
        assertThat(http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "2001,New,n.example.com,10.0.0.1,+15550000001,12345,1\n").status()).isEqualTo(200);
        VsxiHttp.Answer staged = http.postCsv("/teams/draft/update/users", USER_HEADER + "1001,5001_X,pw,+15550000001\n");
        assertThat(reasons(staged)).containsExactly("DID +15550000001 is already used by tenant 2001");
        assertThat(http.deleteCsv("/teams/draft/delete/users", "sipUser\n3000_C\n").status()).isEqualTo(200);
        assertThat(http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "2002,Other,o.example.com,10.0.0.2,+3225550101,12345,1\n").status())
                .as("the DID of a user the draft deleted is free").isEqualTo(200);
        assertThat(http.postCsv("/teams/draft/update/users", USER_HEADER + "1001,2000_T,pw,+15551001001\n"
                + "1001,2001_T,pw,+15551001000\n").status()).as("two users swapping DIDs").isEqualTo(200);
    }

    @Test
    void idsNamesAndSipUsersTakeAnyValueAndNeverEscapeTheirFile() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "../etc/x,\"Name\nwith a line\",n.example.com,10.0.0.1,+15550000001,12345,1\n");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(http.postCsv("/teams/draft/update/users", USER_HEADER
                + "../etc/x,user with spaces,p\u00e4ss,+15550000002\n").status()).isEqualTo(200);
        java.util.Map<String, String> files = http.get("/teams/smcFiles?includeDraft=true").zip();
        assertThat(files).containsKey("tenants/%2E.%2Fetc%2Fx.cfg");
        assertThat(files.get("tenants/%2E.%2Fetc%2Fx.cfg")).contains("tenant-name = Name\\u000awith a line\n")
                .contains("user user with spaces did=+15550000002");
    }

    @Test
    void aTenantCreatedEarlierInTheSameDraftCanReceiveUsers() {
        assertThat(http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "2001,New,n.example.com,10.0.0.1,+15550000001,12345,1\n").status()).isEqualTo(200);
        assertThat(http.postCsv("/teams/draft/update/users", USER_HEADER + "2001,5000_N,pw,+15550000009\n")
                .status()).isEqualTo(200);
    }

    @Test
    void deletesOfUnknownOrRepeatedIdsAreRejected() {
        VsxiHttp.Answer tenants = http.deleteCsv("/teams/draft/delete/tenants", "tenantId\n1001\n4242\n1001\n");
        assertRejected(tenants, tuple(3, "tenantId"), tuple(4, "tenantId"));
        VsxiHttp.Answer users = http.deleteCsv("/teams/draft/delete/users", "sipUser\nnobody\n");
        assertRejected(users, tuple(2, "sipUser"));
        assertThat(reasons(users)).containsExactly("SIP user nobody does not exist");
        assertNothingStaged();
    }

    @Test
    void deletingATenantDeletesItsUsers() {
        VsxiHttp.Answer answer = http.deleteCsv("/teams/draft/delete/tenants", "tenantId\n1001\n");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(1);

        JsonNode status = http.get("/teams/draft/status").json();
        assertThat(status.path("tenants").path("deleted").asInt()).isEqualTo(1);
        assertThat(status.path("users").path("deleted").asInt()).isEqualTo(2);
        JsonNode users = http.get("/teams/users?includeDraft=true&tenantIds=1001").json().path("users");
        assertThat(users).extracting(u -> u.path("sipUser").asText(), u -> u.path("draft").asText())
                .containsExactly(tuple("2000_T", "deleted"), tuple("2001_T", "deleted"));
        // A user of the deleted tenant is gone from the draft, so deleting it again is an error.
        assertRejected(http.deleteCsv("/teams/draft/delete/users", "sipUser\n2000_T\n"), tuple(2, "sipUser"));

        http.post("/teams/draft/commit");
        assertThat(server.tenantIds()).containsExactly("1002", "1003");
        assertThat(server.sipUsers()).containsExactly("3000_C", "3001_C", "4000_F");
        assertThat(http.get("/teams/smcFiles").zip()).containsOnlyKeys("tenants/1002.cfg", "tenants/1003.cfg");
    }

    @Test
    void replaceAllUsersEmptiesTheUserTableFirst() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/replace/users", USER_HEADER
                // Reuses a DID that 2000_T holds today: legal, because 2000_T goes away.
                + "1002,9000_R,pw,+15551001000\n");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(1);
        JsonNode status = http.get("/teams/draft/status").json();
        assertThat(status.path("users").path("added").asInt()).isEqualTo(1);
        assertThat(status.path("users").path("deleted").asInt()).isEqualTo(5);

        http.post("/teams/draft/commit");
        assertThat(server.sipUsers()).containsExactly("9000_R");
        assertThat(server.tenantIds()).containsExactly("1001", "1002", "1003");
    }

    @Test
    void aRejectedReplaceLeavesEveryUserInPlace() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/replace/users", USER_HEADER
                + "1002,9000_R,pw,+15550000001\n"
                + "4242,9001_R,pw,+15550000002\n");
        assertRejected(answer, tuple(3, "tenantId"));
        assertNothingStaged();
    }

    @Test
    void malformedCsvIsA400NamingTheLine() {
        assertRejected(http.postCsv("/teams/draft/update/users", USER_HEADER
                + "1001,7000_Q,pw,+15550000001\n"
                + "1001,7001_Q,\"unclosed,+15550000002\n"
                + "1001,7002_Q,pw,+15550000003\n"), tuple(3, "sipPassword"));
        assertRejected(http.postCsv("/teams/draft/update/users", USER_HEADER
                + "1001,7000_Q,pw\n"), tuple(2, "did"));
        VsxiHttp.Answer tooMany = http.postCsv("/teams/draft/update/users", USER_HEADER
                + "1001,7000_Q,pw,+15550000001,extra\n");
        assertRejected(tooMany, tuple(2, null));
        assertRejected(http.postCsv("/teams/draft/update/users", "tenantId,sipUser,password,did\n"),
                tuple(1, "password"), tuple(1, "sipPassword"));
        assertRejected(http.postCsv("/teams/draft/update/users", ""), tuple(1, null));
        assertNothingStaged();
    }

    @Test
    void malformedUtf8IsA400NamingTheLine() {
        byte[] head = (USER_HEADER + "1001,7000_Q,pw,+15550000001\n1001,7001_").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = ",pw,+15550000002\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);

        VsxiHttp.Answer answer = http.csv("POST", "/teams/draft/update/users", body);
        assertRejected(answer, tuple(3, null));
        assertThat(reasons(answer).get(0)).contains("UTF-8");
        assertNothingStaged();
    }

    @Test
    void quotedFieldsFollowRfc4180AndAByteOrderMarkIsIgnored() {
        String csv = "\uFEFF" + TENANT_HEADER.replace("tenantName", "\"tenantName\"").replace("\n", "\r\n")
                + "2001,\"Comma, and \"\"quotes\"\"\",n.example.com,10.0.0.1,+15550000001,12345,1\r\n"
                + "\r\n"
                + "2002,Plain,m.example.com,10.0.0.2,+15550000002,12345,1\r\n";
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/tenants", csv);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().path("accepted").asInt()).isEqualTo(2);
        JsonNode tenants = http.get("/teams/tenants?includeDraft=true&tenantIds=2001,2002").json().path("tenants");
        assertThat(tenants).extracting(t -> t.path("tenantName").asText())
                .containsExactly("Comma, and \"quotes\"", "Plain");
    }

    @Test
    void linesAreCountedAcrossQuotedLineBreaks() {
        VsxiHttp.Answer answer = http.postCsv("/teams/draft/update/tenants", TENANT_HEADER
                + "2001,\"Two\nlines\",n.example.com,10.0.0.1,+15550000001,12345,1\n"
                + "\n"
                + "2002,Fine,m.example.com,10.0.0.2,not-a-number,12345,1\n");
        // The name spans two physical lines, so the next record starts on physical line 5.
        assertRejected(answer, tuple(5, "did"));
    }

    @Test
    void uploadsMustBeCsv() {
        VsxiHttp.Answer answer = http.send(http.request("/teams/draft/update/users")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.json().path("error").path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        VsxiHttp.Answer latin1 = http.send(http.request("/teams/draft/update/users")
                .header("Content-Type", "text/csv; charset=iso-8859-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(USER_HEADER)));
        assertThat(latin1.status()).isEqualTo(415);
    }

    private void assertNothingStaged() {
        JsonNode status = http.get("/teams/draft/status").json();
        for (String table : List.of("tenants", "users")) {
            for (String count : List.of("added", "updated", "deleted")) {
                assertThat(status.path(table).path(count).asInt()).as(table + "." + count).isZero();
            }
        }
    }

    private static void assertRejected(VsxiHttp.Answer answer, Tuple... lineAndField) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        JsonNode json = answer.json();
        assertThat(json.path("accepted").asInt()).isZero();
        assertThat(json.path("errors")).extracting(e -> e.path("line").asInt(),
                e -> e.has("field") ? e.path("field").asText() : null).containsExactly(lineAndField);
        assertThat(json.path("errors")).allSatisfy(e -> assertThat(e.path("reason").asText()).isNotBlank());
    }

    private static List<String> reasons(VsxiHttp.Answer answer) {
        List<String> reasons = new ArrayList<>();
        answer.json().path("errors").forEach(e -> reasons.add(e.path("reason").asText()));
        return reasons;
    }
}
