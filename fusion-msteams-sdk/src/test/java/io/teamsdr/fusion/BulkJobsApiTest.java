package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.SUB;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.Cursor;
import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.Page;
import io.teamsdr.core.PagingException;
import io.teamsdr.fusion.async.BulkJobsApiAsync;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.BulkJobDetails;
import io.teamsdr.fusion.model.BulkJobItem;
import io.teamsdr.fusion.model.BulkJobQuery;
import io.teamsdr.fusion.model.BulkStatus;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoints #30 and #31: the bulk job history and details, under the full {@code /api/v01/draas} prefix. */
class BulkJobsApiTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String BULK = SUB + "/msteams/users/bulk";

    private final FusionClient client = UsersFixture.client(server);
    private final BulkJobsApi jobs = client.msTeams(SUBSCRIPTION).bulkJobs();
    private final BulkJobsApiAsync jobsAsync = client.async().msTeams(SUBSCRIPTION).bulkJobs();

    @AfterEach
    void close() {
        client.close();
    }

    private static String job(int id, String jobId) {
        return "{\"id\": " + id + ", \"job_id\": " + jobId + ", \"kind\": \"ms_users\", \"title\": \"Job " + id + "\","
                + " \"created_on\": \"2024-08-06T11:37:28.280607\", \"updated_on\": \"2024-08-06T11:37:28.280607\"}";
    }

    @Test
    void parsesTheDocumentedHistoryExampleMadeValid() {
        server.stubFor(get(urlPathEqualTo(BULK)).willReturn(okJson("""
                {
                  "bulks": [
                    {"id": 43, "job_id": "1722944248", "kind": "ms_users", "title": "Bulk test all fail",
                     "created_on": "2024-08-06T11:37:28.280607", "updated_on": "2024-08-06T11:37:28.280607"},
                    {"id": 42, "job_id": "1722601865", "kind": "ms_users", "title": "Bulk test partial",
                     "created_on": "2024-08-02T12:31:05.856955", "updated_on": "2024-08-02T12:31:05.856955"}
                  ],
                  "page": 1,
                  "pages": 1,
                  "results": 2
                }""")));

        List<BulkJob> all = jobs.list().stream().toList();

        assertThat(all).extracting(BulkJob::id).containsExactly(43L, 42L);
        assertThat(all.get(0).jobId()).isEqualTo("1722944248");
        assertThat(all.get(0).kind()).isEqualTo("ms_users");
        assertThat(all.get(0).title()).isEqualTo("Bulk test all fail");
        assertThat(all.get(0).createdOn()).isEqualTo(LocalDateTime.of(2024, 8, 6, 11, 37, 28, 280_607_000));
        List<LoggedRequest> requests = UsersFixture.requests(server);
        assertThat(requests).hasSize(1);
        assertThat(UsersFixture.rawQuery(requests.get(0))).isEqualTo("page_size=999");
    }

    @Test
    void followsTheContinuationTokenWhenFusionSendsOne() {
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("next", absent())
                .willReturn(okJson("{\"bulks\": [" + job(3, "\"30\"") + "], \"page\": 1, \"pages\": 3, \"results\": 3, \"next\": \"n-2\"}")));
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("next", equalTo("n-2"))
                .willReturn(okJson("{\"bulks\": [" + job(2, "20") + "], \"page\": 2, \"pages\": 3, \"results\": 3, \"next\": \"n-3\"}")));
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("next", equalTo("n-3"))
                .willReturn(okJson("{\"bulks\": [" + job(1, "10") + "], \"page\": 3, \"pages\": 3, \"results\": 3}")));
        BulkJobQuery query = BulkJobQuery.builder().pageSize(1).search("roll out").filter("status", "partial").build();

        List<BulkJob> all = jobs.list(query).stream().toList();

        assertThat(all).extracting(BulkJob::id).containsExactly(3L, 2L, 1L);
        assertThat(all).extracting(BulkJob::jobId).containsExactly("30", "20", "10");
        String base = "page_size=1&search=roll%20out&filters=%7B%22status%22%3A%22partial%22%7D";
        assertThat(UsersFixture.requests(server)).extracting(UsersFixture::rawQuery)
                .containsExactly(base, base + "&next=n-2", base + "&next=n-3");
    }

    @Test
    void fallsBackToPageNumbersUntilTheLastPageWhenThereIsNoToken() {
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("page", absent())
                .willReturn(okJson("{\"bulks\": [" + job(3, "3") + "], \"page\": 1, \"pages\": 3, \"results\": 3}")));
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"bulks\": [" + job(2, "2") + "], \"page\": 2, \"pages\": 3, \"results\": 3}")));
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("page", equalTo("3"))
                .willReturn(okJson("{\"bulks\": [" + job(1, "1") + "], \"page\": 3, \"pages\": 3, \"results\": 3}")));

        List<BulkJob> all = jobs.list(BulkJobQuery.builder().pageSize(1).build()).stream().toList();

        assertThat(all).extracting(BulkJob::id).containsExactly(3L, 2L, 1L);
        assertThat(UsersFixture.requests(server)).extracting(UsersFixture::rawQuery)
                .containsExactly("page_size=1", "page_size=1&page=2", "page_size=1&page=3");
    }

    @Test
    void aCursorResumesByPageNumberAndOnlyWithItsQuery() throws Exception {
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("page", absent())
                .willReturn(okJson("{\"bulks\": [" + job(3, "3") + "], \"page\": 1, \"pages\": 3, \"results\": 3}")));
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("page", equalTo("2"))
                .willReturn(okJson("{\"bulks\": [" + job(2, "2") + "], \"page\": 2, \"pages\": 3, \"results\": 3}")));
        server.stubFor(get(urlPathEqualTo(BULK)).withQueryParam("page", equalTo("3"))
                .willReturn(okJson("{\"bulks\": [" + job(1, "1") + "], \"page\": 3, \"pages\": 3, \"results\": 3}")));
        BulkJobQuery query = BulkJobQuery.builder().pageSize(1).build();
        Iterator<Page<BulkJob>> pages = jobs.list(query).byPage().iterator();
        String saved = pages.next().nextCursor().orElseThrow().serialize();
        server.resetRequests();

        Page<BulkJob> second = jobsAsync.list(query, Cursor.parse(saved)).get();
        List<BulkJob> rest = new java.util.ArrayList<>();
        jobs.list(query).byPage(Cursor.parse(saved)).forEach(page -> rest.addAll(page.items()));

        assertThat(second.items()).extracting(BulkJob::id).containsExactly(2L);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.totalItems()).as("Fusion's results").hasValue(3);
        assertThat(second.totalPages()).as("Fusion's pages").hasValue(3);
        assertThat(rest).extracting(BulkJob::id).containsExactly(2L, 1L);
        server.resetRequests();
        assertThatThrownBy(() -> jobs.list(BulkJobQuery.all()).byPage(Cursor.parse(saved))).isInstanceOf(PagingException.class);
        assertThat(UsersFixture.requests(server)).isEmpty();
    }

    @Test
    void detailsReadTheDocumentedExampleWithANumericJobIdAndPerItemResults() {
        server.stubFor(get(urlEqualTo(BULK + "/42")).willReturn(okJson("""
                {
                  "id": 42,
                  "job_id": 1722601865,
                  "title": "Bulk test partial",
                  "kind": "ms_users",
                  "status": "partial",
                  "total_count": 2,
                  "success_count": 1,
                  "job_items": [
                    {"id": 32, "upn": "test1@netaxisdev.onmicrosoft.com",
                     "data": {"country": "BE", "displayName": "bulk test 1", "groups": ["Security", "All"],
                              "licenses": ["BusinessPack"], "number": "+3212345669",
                              "upn": "test1@netaxisdev.onmicrosoft.com", "vrp": "Global"},
                     "status": "success",
                     "created_on": "2024-08-02T12:31:14.812544", "updated_on": "2024-08-02T12:31:14.812544"},
                    {"id": 33, "upn": "test2@netaxisdev.onmicrosoft.com",
                     "data": {"country": "IT", "displayName": "bulk test 2", "number": null, "template": "BE-Best",
                              "upn": "test2@netaxisdev.onmicrosoft.com"},
                     "status": "error",
                     "created_on": "2024-08-02T12:31:14.813483", "updated_on": "2024-08-02T12:31:14.813483"}
                  ],
                  "updated_on": "2024-08-08T08:48:54.905978",
                  "created_on": "2024-08-02T12:31:05.856955"
                }""")));

        BulkJobDetails details = jobs.get(42);

        assertThat(details.id()).isEqualTo(42);
        assertThat(details.jobId()).isEqualTo("1722601865");
        assertThat(details.status()).isEqualTo(BulkStatus.PARTIAL);
        assertThat(details.totalCount()).isEqualTo(2);
        assertThat(details.successCount()).isEqualTo(1);
        assertThat(details.items()).extracting(BulkJobItem::upn)
                .containsExactly("test1@netaxisdev.onmicrosoft.com", "test2@netaxisdev.onmicrosoft.com");
        assertThat(details.items().get(0).data()).containsEntry("number", "+3212345669").containsEntry("vrp", "Global");
        assertThat(details.items().get(1).data()).containsEntry("number", null).containsKey("number");
        assertThat(details.failedItems()).extracting(BulkJobItem::id).containsExactly(33L);
        assertThat(details.updatedOn()).isEqualTo(LocalDateTime.of(2024, 8, 8, 8, 48, 54, 905_978_000));
        server.verify(1, getRequestedFor(urlEqualTo(BULK + "/42")));
    }

    @Test
    void detailsKeepUnknownStatusesAndReadTimestampsWithAnOffset() throws Exception {
        server.stubFor(get(urlEqualTo(BULK + "/7")).willReturn(okJson("""
                {"id": 7, "job_id": "abc", "title": "t", "kind": "ms_resource_accounts", "status": "running",
                 "total_count": 1, "success_count": 0,
                 "job_items": [{"id": 1, "upn": "a@b.example", "data": {}, "status": "queued",
                                "error": {"code": 2095, "reason": "The template does not exist"},
                                "created_on": "2024-08-02T12:31:14Z", "updated_on": "2024-08-02T14:31:14+02:00"}],
                 "created_on": "2024-08-02T12:31:05", "updated_on": "2024-08-02T12:31:05", "worker": "w-3"}""")));

        BulkJobDetails details = jobsAsync.get(7).get();

        assertThat(details.status().value()).isEqualTo("running");
        assertThat(details.status().isKnown()).isFalse();
        BulkJobItem item = details.items().get(0);
        assertThat(item.status()).isEqualTo(BulkStatus.of("queued"));
        assertThat(item.error()).hasValueSatisfying(error -> assertThat(error.code()).isEqualTo("2095"));
        assertThat(item.createdOn()).isEqualTo(LocalDateTime.of(2024, 8, 2, 12, 31, 14));
        assertThat(item.updatedOn()).isEqualTo(LocalDateTime.of(2024, 8, 2, 12, 31, 14));
    }

    @Test
    void aMissingRoleNamesTheDetailsRole() {
        server.stubFor(get(urlEqualTo(BULK + "/42")).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> jobs.get(42)).isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.requiredRole())
                .contains("tenants.instance.subscriptions.instance.msteams.users.bulk.jobs.details"));
    }
}
