package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.AUTHORIZATION;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.vsxi.model.ChangeCounts;
import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import io.teamsdr.vsxi.model.DraftChange;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import io.teamsdr.vsxi.model.RollbackResult;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadResult;
import io.teamsdr.vsxi.testing.Vsxi;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each of the 16 endpoints: method, path, query, content type and body as sent, and the answer as read. */
class EndpointsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String CSV = "text/csv; charset=utf-8";
    private static final String ACCEPTED = "{\"accepted\": 1, \"errors\": []}";
    private static final String NO_COMMITS = "{\"commits\": []}";

    private VsxiTeamsClient vsxi;

    @BeforeEach
    void client() {
        vsxi = Vsxi.client(server).build();
    }

    @AfterEach
    void closeClient() {
        vsxi.close();
    }

    private Draft startedDraft() {
        server.stubFor(post(path("/teams/draft/start"))
                .willReturn(okJson("{\"draftId\": \"d-42\", \"createdAt\": \"2025-07-01T10:00:00Z\"}").withStatus(201)));
        return vsxi.drafts().start();
    }

    @Test
    void startPostsWithoutBodyAndReadsTheDraftId() {
        Draft draft = startedDraft();

        assertThat(draft.id()).contains("d-42");
        assertThat(draft.createdAt()).contains("2025-07-01T10:00:00Z");
        assertThat(draft.state()).isEqualTo(DraftState.OPEN);
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/draft/start")))
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .withHeader("Content-Type", absent()));
    }

    @Test
    void statusReadsTheCountsOfTenantsAndUsers() {
        Draft draft = startedDraft();
        server.stubFor(get(path("/teams/draft/status")).willReturn(okJson(
                "{\"tenants\": {\"added\": 2, \"updated\": 1, \"deleted\": 0},"
                        + " \"users\": {\"added\": 10, \"updated\": 0, \"deleted\": 3}, \"draftId\": \"d-42\"}")));

        DraftStatus status = draft.status();

        assertThat(status.sbcTenants()).isEqualTo(new ChangeCounts(2, 1, 0));
        assertThat(status.sipUsers()).isEqualTo(new ChangeCounts(10, 0, 3));
        assertThat(status.isEmpty()).isFalse();
        server.verify(1, getRequestedFor(urlEqualTo(path("/teams/draft/status")))
                .withHeader("Authorization", equalTo(AUTHORIZATION)));
    }

    @Test
    void diffIsReadAsZipEntriesAndKeptAsTheOriginalBytes(@TempDir Path dir) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tenants/1001.diff", "+ tenant 1001 Sansay_HQ\n");
        files.put("users/1001.diff", "+ user 2000_T\n");
        byte[] zip = Vsxi.zip(files);
        server.stubFor(get(path("/teams/draft/diff")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/zip").withBody(zip)));
        Draft draft = startedDraft();

        ChangeSet changes = draft.diff();
        Path saved = dir.resolve("diff.zip");
        changes.writeZip(saved);
        Path streamed = dir.resolve("streamed.zip");
        long size = draft.diffTo(streamed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        draft.diffTo(out);

        assertThat(changes.entries()).extracting(e -> e.name()).containsExactly("tenants/1001.diff", "users/1001.diff");
        assertThat(changes.entry("users/1001.diff")).map(e -> e.text()).contains("+ user 2000_T\n");
        assertThat(Files.readAllBytes(saved)).isEqualTo(zip);
        assertThat(Files.readAllBytes(streamed)).isEqualTo(zip);
        assertThat(size).isEqualTo(zip.length);
        assertThat(out.toByteArray()).isEqualTo(zip);
        server.verify(3, getRequestedFor(urlEqualTo(path("/teams/draft/diff"))).withHeader("Accept", equalTo("application/zip")));
    }

    @Test
    void discardPostsAndEndsTheDraft() {
        Draft draft = startedDraft();
        server.stubFor(post(path("/teams/draft/discard")).willReturn(okJson("{\"discarded\": true}")));

        draft.discard();

        assertThat(draft.state()).isEqualTo(DraftState.DISCARDED);
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/draft/discard"))).withHeader("Content-Type", absent()));
    }

    @Test
    void commitPostsTheDescriptionAsJsonAndReadsTheSession() {
        Draft draft = startedDraft();
        server.stubFor(get(path("/teams/commits")).willReturn(okJson(NO_COMMITS)));
        server.stubFor(post(path("/teams/draft/commit")).willReturn(okJson(
                "{\"session\": \"s-1\", \"timestamp\": \"2025-07-01T10:05:00Z\", \"description\": \"Q3 onboarding\"}")
                .withStatus(201)));

        Commit commit = draft.commit("Q3 onboarding");

        assertThat(commit.session()).isEqualTo("s-1");
        assertThat(commit.description()).contains("Q3 onboarding");
        assertThat(commit.instant()).map(Object::toString).contains("2025-07-01T10:05:00Z");
        assertThat(draft.state()).isEqualTo(DraftState.COMMITTED);
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/draft/commit")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"description\": \"Q3 onboarding\"}")));
    }

    @Test
    void aCommitWithoutDescriptionPostsAnEmptyObject() {
        Draft draft = startedDraft();
        server.stubFor(get(path("/teams/commits")).willReturn(okJson(NO_COMMITS)));
        server.stubFor(post(path("/teams/draft/commit")).willReturn(okJson("{\"session\": \"s-1\"}").withStatus(201)));

        Commit commit = draft.commit();

        assertThat(commit.session()).isEqualTo("s-1");
        assertThat(commit.description()).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/draft/commit")))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{}")));
    }

    @Test
    void upsertTenantsPostsCsv() {
        Draft draft = startedDraft();
        server.stubFor(post(path("/teams/draft/update/tenants")).willReturn(okJson(ACCEPTED)));

        UploadResult result = draft.upsertSbcTenants(Rows.of(List.of(new SbcTenant("1001", "Sansay_HQ", "ms1.example.com",
                "68.70.169.47", "+18580001111", "12345", "1"))));

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.errors()).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/draft/update/tenants")))
                .withHeader("Content-Type", equalTo(CSV))
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .withRequestBody(equalTo("tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId\r\n"
                        + "1001,Sansay_HQ,ms1.example.com,68.70.169.47,+18580001111,12345,1\r\n")));
    }

    @Test
    void deleteTenantsSendsDeleteWithTenantIdCsv() {
        Draft draft = startedDraft();
        server.stubFor(delete(path("/teams/draft/delete/tenants")).willReturn(okJson(ACCEPTED)));

        draft.deleteSbcTenants(Rows.of(List.of("1001", "1002")));

        server.verify(1, deleteRequestedFor(urlEqualTo(path("/teams/draft/delete/tenants")))
                .withHeader("Content-Type", equalTo(CSV))
                .withRequestBody(equalTo("tenantId\r\n1001\r\n1002\r\n")));
    }

    @Test
    void tenantsAreListedWithAndWithoutTheDraft() {
        server.stubFor(get(urlEqualTo(path("/teams/tenants"))).willReturn(okJson("{\"tenants\": [{\"tenantId\": \"1001\","
                + " \"tenantName\": \"Sansay_HQ\", \"microsoftFqdn\": \"ms1.example.com\", \"localIp\": \"68.70.169.47\","
                + " \"did\": \"+18580001111\", \"pbxId\": 12345, \"spId\": 1, \"newField\": true}]}")));
        server.stubFor(get(urlEqualTo(path("/teams/tenants?includeDraft=true"))).willReturn(okJson("{\"tenants\": ["
                + "{\"tenantId\": \"1001\", \"tenantName\": \"Sansay_HQ\", \"draft\": \"deleted\"},"
                + "{\"tenantId\": \"1002\", \"tenantName\": \"Branch\", \"draft\": \"moved\"}]}")));

        List<ProvisionedSbcTenant> committed = vsxi.sbcTenants().list();
        List<ProvisionedSbcTenant> withDraft = vsxi.sbcTenants().list(ConfigView.WITH_DRAFT);

        assertThat(committed).singleElement().satisfies(t -> {
            assertThat(t.toSbcTenant()).isEqualTo(new SbcTenant("1001", "Sansay_HQ", "ms1.example.com",
                    "68.70.169.47", "+18580001111", "12345", "1"));
            assertThat(t.draft()).isEmpty();
        });
        assertThat(withDraft).extracting(ProvisionedSbcTenant::draft)
                .containsExactly(Optional.of(DraftChange.DELETED), Optional.of(DraftChange.of("moved")));
        assertThat(withDraft.get(1).draft().orElseThrow().isKnown()).isFalse();
        assertThat(withDraft.get(1).localIp()).isEmpty();
    }

    @Test
    void upsertUsersPostsCsv() {
        Draft draft = startedDraft();
        server.stubFor(post(path("/teams/draft/update/users")).willReturn(okJson(ACCEPTED)));

        draft.upsertSipUsers(Rows.of(List.of(new SipUser("1001", "2000_T", "password1001", "+15551001000"))));

        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/draft/update/users")))
                .withHeader("Content-Type", equalTo(CSV))
                .withRequestBody(equalTo("tenantId,sipUser,sipPassword,did\r\n1001,2000_T,password1001,+15551001000\r\n")));
    }

    @Test
    void replaceAllUsersPostsCsvToTheReplaceEndpoint() {
        Draft draft = startedDraft();
        server.stubFor(post(path("/teams/draft/replace/users")).willReturn(okJson(ACCEPTED)));

        draft.replaceAllSipUsers(Rows.of(List.of(new SipUser("1001", "2000_T", "password1001", "+15551001000"))),
                ReplaceAllSipUsers.CONFIRM);

        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/draft/replace/users")))
                .withHeader("Content-Type", equalTo(CSV))
                .withRequestBody(equalTo("tenantId,sipUser,sipPassword,did\r\n1001,2000_T,password1001,+15551001000\r\n")));
    }

    @Test
    void replaceAllUsersWithNoUsersStillSendsTheHeader() {
        Draft draft = startedDraft();
        server.stubFor(post(path("/teams/draft/replace/users")).willReturn(okJson("{\"accepted\": 0}")));

        draft.replaceAllSipUsers(Rows.of(List.of()), ReplaceAllSipUsers.CONFIRM);

        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/draft/replace/users")))
                .withRequestBody(equalTo("tenantId,sipUser,sipPassword,did\r\n")));
    }

    @Test
    void deleteUsersSendsDeleteWithSipUserCsv() {
        Draft draft = startedDraft();
        server.stubFor(delete(path("/teams/draft/delete/users")).willReturn(okJson(ACCEPTED)));

        draft.deleteSipUsers(Rows.of(List.of("2000_T")));

        server.verify(1, deleteRequestedFor(urlEqualTo(path("/teams/draft/delete/users")))
                .withHeader("Content-Type", equalTo(CSV))
                .withRequestBody(equalTo("sipUser\r\n2000_T\r\n")));
    }

    @Test
    void usersAreFilteredByTenantIdsInOneCommaSeparatedParameter() {
        server.stubFor(get(urlPathEqualTo(path("/teams/users"))).willReturn(okJson("{\"users\": ["
                + "{\"tenantId\": \"1001\", \"sipUser\": \"2000_T\", \"did\": \"+15551001000\", \"draft\": \"added\"},"
                + "{\"tenantId\": \"1002\", \"sipUser\": \"3000_T\", \"did\": \"+15551002000\"}]}")));

        List<ProvisionedSipUser> users = vsxi.sipUsers().list(ConfigView.WITH_DRAFT, SbcTenantFilter.of("1001", "1002"));
        vsxi.sipUsers().list();

        assertThat(users).containsExactly(
                new ProvisionedSipUser("1001", "2000_T", "+15551001000", Optional.of(DraftChange.ADDED)),
                new ProvisionedSipUser("1002", "3000_T", "+15551002000", Optional.empty()));
        server.verify(1, getRequestedFor(urlPathEqualTo(path("/teams/users")))
                .withQueryParam("includeDraft", equalTo("true"))
                .withQueryParam("tenantIds", equalTo("1001,1002")));
        server.verify(1, getRequestedFor(urlEqualTo(path("/teams/users"))));
    }

    @Test
    void commitsAreListedWithTheirSummaries() {
        server.stubFor(get(path("/teams/commits")).willReturn(okJson("{\"commits\": [{\"session\": \"s-1\","
                + " \"timestamp\": \"2025-07-01T10:05:00Z\", \"description\": \"Q3 onboarding\","
                + " \"summary\": {\"tenants\": {\"added\": 1}, \"users\": {\"added\": 2, \"updated\": 0, \"deleted\": 0}}},"
                + " {\"session\": \"s-2\"}]}")));

        List<Commit> commits = vsxi.commits().list();

        assertThat(commits).extracting(Commit::session).containsExactly("s-1", "s-2");
        assertThat(commits.get(0).summary()).contains(new DraftStatus(new ChangeCounts(1, 0, 0), new ChangeCounts(2, 0, 0)));
        assertThat(commits.get(1).description()).isEmpty();
        assertThat(commits.get(1).summary()).isEmpty();
        server.verify(1, getRequestedFor(urlEqualTo(path("/teams/commits"))));
    }

    @Test
    void rollbackLatestPostsWithoutBody() {
        server.stubFor(post(path("/teams/rollback")).willReturn(okJson("{\"rolledBack\": [{\"session\": \"s-2\"}]}")));

        RollbackResult result = vsxi.commits().rollbackLatest();

        assertThat(result.removed()).hasValueSatisfying(removed ->
                assertThat(removed).extracting(Commit::session).containsExactly("s-2"));
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/rollback"))).withHeader("Content-Type", absent()));
    }

    @Test
    void rollbackToPutsTheSessionInThePathAsOneSegment() {
        server.stubFor(post(path("/teams/rollback/s%2F7%20b")).willReturn(aResponse().withStatus(200)));

        RollbackResult result = vsxi.commits().rollbackTo("s/7 b");

        assertThat(result.removed()).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/rollback/s%2F7%20b"))));
    }

    @Test
    void configurationIsDownloadedAndReadAsZip(@TempDir Path dir) throws Exception {
        byte[] zip = Vsxi.zip(Map.of("smc/tenant-1001.cfg", "tenant=1001\n"));
        server.stubFor(get(urlPathEqualTo(path("/teams/smcFiles"))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/zip").withBody(zip)));

        Path file = dir.resolve("smc.zip");
        long size = vsxi.configuration().download(ConfigView.WITH_DRAFT, file);
        ConfigurationPackage committed = vsxi.configuration().read(ConfigView.COMMITTED);

        assertThat(size).isEqualTo(zip.length);
        assertThat(Files.readAllBytes(file)).isEqualTo(zip);
        assertThat(ConfigurationPackage.read(file).entries()).extracting(e -> e.name()).containsExactly("smc/tenant-1001.cfg");
        assertThat(committed.entry("smc/tenant-1001.cfg")).map(e -> e.text()).contains("tenant=1001\n");
        server.verify(1, getRequestedFor(urlEqualTo(path("/teams/smcFiles?includeDraft=true")))
                .withHeader("Accept", equalTo("application/zip")));
        server.verify(1, getRequestedFor(urlEqualTo(path("/teams/smcFiles"))));
    }
}
