package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.testkit.JournalAssert;
import io.teamsdr.testkit.RecordedRequest;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Basic authentication, the journal's masking, and faults injected per endpoint. */
class AuthJournalAndFaultsTest {

    private FakeVsxiServer server;
    private VsxiHttp http;

    @BeforeEach
    void start() {
        server = FakeVsxiServer.builder().credentials("teams-admin", "s3cret!").demoData().start();
        http = new VsxiHttp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyRequestNeedsValidBasicCredentials() {
        VsxiHttp.Answer none = http.send(http.unauthenticated("/teams/tenants").GET());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(none.json().path("error").path("code").asText()).isEqualTo("UNAUTHORIZED");

        VsxiHttp wrong = new VsxiHttp(server.baseUrl(), "teams-admin", "guess");
        assertThat(wrong.get("/teams/tenants").status()).isEqualTo(401);
        assertThat(wrong.post("/teams/draft/start").status()).isEqualTo(401);
        assertThat(server.activeDraftId()).isEmpty();

        VsxiHttp.Answer bearer = http.send(http.unauthenticated("/teams/tenants")
                .header("Authorization", "Bearer abc").GET());
        assertThat(bearer.status()).isEqualTo(401);
        assertThat(http.send(http.unauthenticated("/teams/nowhere").GET()).status())
                .as("authentication comes before routing").isEqualTo(401);

        assertThat(http.get("/teams/tenants").status()).isEqualTo(200);
    }

    @Test
    void defaultCredentialsAreAdminAndAGeneratedPassword() {
        try (FakeVsxiServer plain = FakeVsxiServer.builder().start();
                FakeVsxiServer other = FakeVsxiServer.builder().start()) {
            assertThat(plain.username()).isEqualTo(FakeVsxiServer.DEFAULT_USERNAME);
            assertThat(plain.password()).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(other.password());
            assertThat(new VsxiHttp(plain).get("/teams/commits").status()).isEqualTo(200);
            assertThat(plain.baseUrl().toString()).startsWith("http://127.0.0.1:").endsWith("/SSConfig/webresources");
        }
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheVsxiErrorShape() {
        VsxiHttp.Answer missing = http.get("/teams/nowhere");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").path("code").asText()).isEqualTo("NOT_FOUND");
        VsxiHttp.Answer wrongMethod = http.get("/teams/draft/start");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
        VsxiHttp.Answer badQuery = http.get("/teams/tenants?includeDraft=maybe");
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(http.postJson("/teams/draft/commit", "{not json").status())
                .as("no draft wins over a bad body").isEqualTo(409);
        http.post("/teams/draft/start");
        VsxiHttp.Answer badJson = http.postJson("/teams/draft/commit", "{not json");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(http.postJson("/teams/draft/commit", "{\"description\":42}").status()).isEqualTo(400);
        assertThat(server.activeDraftId()).as("a refused commit keeps the draft").isPresent();
    }

    @Test
    void theJournalMasksSipPasswordsAndCredentials() {
        http.post("/teams/draft/start");
        http.postCsv("/teams/draft/update/users", "tenantId,sipUser,sipPassword,did\n"
                + "1001,2100_T,TopSecret-1,+15551002100\n"
                + "1001,2101_T,\"Top,Secret\"\"2\",+15551002101\n");

        RecordedRequest upload = server.journal().last("POST", server.path(VsxiEndpoint.UPDATE_USERS)).orElseThrow();
        assertThat(upload.body()).contains("2100_T", "***").doesNotContain("TopSecret", "Top,Secret");
        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.headers().get("authorization")).isEqualTo("Basic ***");
        assertThat(server.journal().format()).doesNotContain("TopSecret", "s3cret!");
        JournalAssert.assertThat(server.journal())
                .hasRequestsInOrder("POST " + server.path(VsxiEndpoint.START_DRAFT),
                        "POST " + server.path(VsxiEndpoint.UPDATE_USERS))
                .hasNoUnmatchedRequests()
                .doesNotContainText("TopSecret")
                .doesNotContainText("s3cret!");
    }

    @Test
    void aCommitAppliedButWhoseAnswerIsLostIsVisibleInTheHistory() {
        http.post("/teams/draft/start");
        http.deleteCsv("/teams/draft/delete/users", "sipUser\n3001_C\n");
        server.fault(VsxiEndpoint.COMMIT).times(1).applyThenDropConnection();

        assertThatThrownBy(() -> http.postJson("/teams/draft/commit", "{\"description\":\"lost answer\"}"))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(server.activeDraftId()).isEmpty();
        assertThat(http.get("/teams/commits").json().path("commits").get(0).path("description").asText())
                .isEqualTo("lost answer");
        assertThat(server.sipUsers()).doesNotContain("3001_C");
        assertThat(server.journal().requests("POST", server.path(VsxiEndpoint.COMMIT)))
                .singleElement().extracting(RecordedRequest::status).isEqualTo(RecordedRequest.NO_RESPONSE);
    }

    @Test
    void faultsReplaceOrCorruptAnswersPerEndpoint() {
        server.fault(VsxiEndpoint.SMC_FILES).times(1).respond(503).retryAfter(Duration.ofSeconds(2));
        VsxiHttp.Answer busy = http.get("/teams/smcFiles");
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("Retry-After")).isEqualTo("2");
        assertThat(http.get("/teams/smcFiles").status()).isEqualTo(200);

        server.fault(VsxiEndpoint.LIST_USERS).times(1).malformedBody();
        String corrupt = http.get("/teams/users").text();
        assertThat(corrupt).startsWith("{\"users\":[");
        assertThat(corrupt).doesNotEndWith("]}");

        server.fault(VsxiEndpoint.START_DRAFT).times(1).dropConnection();
        assertThatThrownBy(() -> http.post("/teams/draft/start")).isInstanceOf(UncheckedIOException.class);
        assertThat(server.activeDraftId()).as("dropped before the handler").isEmpty();

        server.fault(VsxiEndpoint.ROLLBACK_TO_SESSION).times(1).respond(500);
        assertThat(http.send(http.request("/teams/rollback/S-1").POST(HttpRequest.BodyPublishers.noBody())).status())
                .isEqualTo(500);
    }
}
