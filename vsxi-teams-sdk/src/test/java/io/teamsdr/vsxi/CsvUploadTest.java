package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadError;
import io.teamsdr.vsxi.testing.Sequence;
import io.teamsdr.vsxi.testing.Vsxi;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CSV the uploads send, the checks made before and while sending, and the server's rejection. */
class CsvUploadTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TENANTS = path("/teams/draft/update/tenants");
    private static final String USERS = path("/teams/draft/update/users");

    private VsxiTeamsClient vsxi;
    private Draft draft;

    @BeforeEach
    void openDraft() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{\"draftId\": \"d-1\"}")));
        server.stubFor(post(urlPathMatching(path("/teams/draft/update/.*"))).willReturn(okJson("{\"accepted\": 1}")));
        vsxi = Vsxi.client(server).build();
        draft = vsxi.drafts().start();
        server.resetRequests();
    }

    @AfterEach
    void closeClient() {
        vsxi.close();
    }

    private static SbcTenant tenant(String id, String name, String did) {
        return new SbcTenant(id, name, "ms1.example.com", "68.70.169.47", did, "12345", "1");
    }

    private static SipUser user(int n) {
        return new SipUser("1001", "user" + n, "pw-" + n, "+1555" + String.format("%07d", n));
    }

    private static String sentBody(String url) {
        return server.findAll(postRequestedFor(urlEqualTo(url))).get(0).getBodyAsString();
    }

    @Test
    void valuesWithCommasQuotesAndLineBreaksAreQuotedAsRfc4180Says() throws Exception {
        String name = "Sansay, \"HQ\"\nSan Diego";

        draft.upsertSbcTenants(Rows.of(List.of(tenant("1001", name, "+18580001111"), tenant("1002", "Plain Name", "+18580002222"))));

        String body = sentBody(TENANTS);
        assertThat(body).isEqualTo("tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId\r\n"
                + "1001,\"Sansay, \"\"HQ\"\"\nSan Diego\",ms1.example.com,68.70.169.47,+18580001111,12345,1\r\n"
                + "1002,Plain Name,ms1.example.com,68.70.169.47,+18580002222,12345,1\r\n");
        try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(body)) {
            List<List<String>> parsed = rows.readAll();
            assertThat(parsed.get(1).get(1)).as("a CSV reader gets the name back").isEqualTo(name);
        }
    }

    @Test
    void nonAsciiTextIsSentAsUtf8() {
        draft.upsertSbcTenants(Rows.of(List.of(tenant("1001", "Zürich Büro 東京", "+41440000000"))));

        byte[] sent = server.findAll(postRequestedFor(urlEqualTo(TENANTS))).get(0).getBody();
        assertThat(new String(sent, StandardCharsets.UTF_8)).contains("1001,Zürich Büro 東京,");
    }

    @Test
    void everyBadRowOfACollectionIsReportedWithLineAndColumnBeforeAnythingIsSent() {
        List<SbcTenant> tenants = List.of(
                tenant("1001", "A", "+18580001111"),
                new SbcTenant("1002", "B", "not a host", "999.1.1.1", "18580002222", "12345", "1"),
                tenant("1001", "C", "+18580001111"),
                new SbcTenant("1004", " ", "ms4.example.com", "2001:db8::4", "+18580004444", null, "1"));

        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> draft.upsertSbcTenants(Rows.of(tenants)));

        assertThat(failure.violations()).extracting(Violation::field).containsExactly(
                "line 3: microsoftFqdn", "line 3: localIp", "line 3: did",
                "line 4: tenantId", "line 4: did",
                "line 5: tenantName", "line 5: pbxId");
        assertThat(failure.violations().get(3).rule()).isEqualTo("must be unique in the upload; already on line 2");
        assertThat(failure.violations().get(2).value()).isEqualTo("18580002222");
        assertThat(failure.getMessage()).contains("line 3: did = '18580002222': E.164 number");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aLineBreakInAValuePushesTheLinesOfLaterRowsDown() {
        List<SbcTenant> tenants = List.of(tenant("1001", "two\nlines", "+18580001111"), tenant("1002", "B", "bad"));

        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> draft.upsertSbcTenants(Rows.of(tenants)));

        assertThat(failure.violations()).extracting(Violation::field).containsExactly("line 4: did");
    }

    @Test
    void usersNeedUniqueSipUsersAndDids() {
        List<SipUser> users = List.of(user(1), new SipUser("1001", "user1", "pw", "+15550000001"), user(3));

        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> draft.upsertSipUsers(Rows.of(users)));

        assertThat(failure.violations()).extracting(Violation::field).containsExactly("line 3: sipUser", "line 3: did");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBadRowOfAStreamAbortsTheUploadWhileSendingAndLaterRowsAreNeverProduced() {
        AtomicInteger produced = new AtomicInteger();
        Stream<SipUser> users = IntStream.rangeClosed(1, 100_000).mapToObj(n -> {
            produced.incrementAndGet();
            return n == 5_000 ? new SipUser("1001", "user" + n, "pw", "+0001") : user(n);
        });

        ValidationException failure = catchThrowableOfType(ValidationException.class,
                () -> draft.upsertSipUsers(Rows.of(users)));

        assertThat(failure.violations()).containsExactly(
                new Violation("line 5001: did", "+0001", "E.164 number: '+' and 2..15 digits, e.g. +18580001111"));
        assertThat(produced.get()).as("rows after the bad one are not produced").isEqualTo(5_000);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(USERS))))
                .as("the server never received a complete upload").isEmpty();
    }

    @Test
    void aStreamLeavesDuplicatesToTheSbcSoItsMemoryStaysConstant() {
        Stream<SipUser> users = Stream.of(user(1), user(2), new SipUser("1001", "user1", "pw", "+15550000009"));

        draft.upsertSipUsers(Rows.of(users));

        String sent = server.findAll(postRequestedFor(urlEqualTo(USERS))).get(0).getBodyAsString();
        assertThat(sent.lines()).hasSize(4);
    }

    @Test
    void aStreamWithTheDuplicateCheckAbortsAtTheRepeatedKey() {
        AtomicInteger produced = new AtomicInteger();
        Stream<SipUser> users = IntStream.rangeClosed(1, 10_000).mapToObj(n -> {
            produced.incrementAndGet();
            return n == 700 ? new SipUser("1001", "user5", "pw", "+15550099999") : user(n);
        });

        ValidationException failure = catchThrowableOfType(ValidationException.class,
                () -> draft.upsertSipUsers(Rows.of(users).withDuplicateCheck()));

        assertThat(failure.violations()).containsExactly(
                new Violation("line 701: sipUser", "user5", "must be unique in the upload; already on line 6"));
        assertThat(produced.get()).as("rows after the duplicate are not produced").isEqualTo(700);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(USERS)))).isEmpty();
    }

    @Test
    void aFailingRowProducerAbortsTheUploadWithItsOwnException() {
        Iterator<SipUser> broken = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SipUser next() {
                if (++n == 3) {
                    throw new IllegalStateException("database went away");
                }
                return user(n);
            }
        };

        TeamsdrException failure = catchThrowableOfType(TeamsdrException.class, () -> draft.upsertSipUsers(Rows.of(broken)));

        assertThat(failure).hasRootCauseInstanceOf(IllegalStateException.class).hasMessageContaining("database went away");
    }

    @Test
    void progressCountsTheRowsWritten() {
        AtomicLong rows = new AtomicLong();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void onRows(long total) {
                rows.set(total);
            }
        };

        draft.upsertSipUsers(Rows.of(List.of(user(1), user(2), user(3))).withProgress(progress));

        assertThat(rows.get()).isEqualTo(3);
    }

    @Test
    void aCsvFileIsCheckedThenSentWithItsColumnsInTheDocumentedOrder(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("users.csv");
        Files.writeString(csv, "\uFEFFdid, sipUser ,tenantId,sipPassword\n"
                + "+15551001000,2000_T,1001,\"pass,word\"\n"
                + "\n"
                + "+15551001001,2001_T,1001,secret2\n");

        draft.upsertSipUsers(Rows.fromCsv(csv));

        assertThat(sentBody(USERS)).isEqualTo("tenantId,sipUser,sipPassword,did\r\n"
                + "1001,2000_T,\"pass,word\",+15551001000\r\n"
                + "1001,2001_T,secret2,+15551001001\r\n");
    }

    @Test
    void aCsvFileWithMissingAndUnknownColumnsIsRefusedWithTheHeaderLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("users.csv");
        Files.writeString(csv, "tenantId,sipUser,password,did\n1001,2000_T,x,+15551001000\n");

        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> draft.upsertSipUsers(Rows.fromCsv(csv)));

        assertThat(failure.violations()).extracting(Violation::field, Violation::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 1: sipPassword", null),
                org.assertj.core.groups.Tuple.tuple("line 1: password", "password"));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCsvFileReportsEveryBadLineWithTheLineOfTheFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("tenants.csv");
        Files.writeString(csv, "tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId\n"
                + "1001,\"Multi\nline\",ms1.example.com,68.70.169.47,+18580001111,12345,1\n"
                + "\n"
                + "1002,B,ms2.example.com,10.0.0.256,+18580002222,12345,1\n"
                + "1003,C,ms3.example.com,::1,+18580001111,12345\n");

        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> draft.upsertSbcTenants(Rows.fromCsv(csv)));

        assertThat(failure.violations()).extracting(Violation::field)
                .containsExactly("line 5: localIp", "line 6: did", "line 6: spId");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aCsvStreamIsReadOnceWhileSending() {
        byte[] csv = "sipUser\n2000_T\n2001_T\n".getBytes(StandardCharsets.UTF_8);
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(path("/teams/draft/delete/users"))
                .willReturn(okJson("{\"accepted\": 2}")));
        Rows<String> rows = Rows.fromCsv(new ByteArrayInputStream(csv));

        assertThat(draft.deleteSipUsers(rows).accepted()).isEqualTo(2);
        assertThatThrownBy(() -> draft.deleteSipUsers(rows)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already uploaded");
        assertThat(server.findAll(anyRequestedFor(urlEqualTo(path("/teams/draft/delete/users")))).get(0).getBodyAsString())
                .isEqualTo("sipUser\r\n2000_T\r\n2001_T\r\n");
    }

    @Test
    void aMalformedCsvStreamAbortsWithTheLine() {
        byte[] csv = "sipUser\n2000_T\n\"unclosed\n".getBytes(StandardCharsets.UTF_8);

        ValidationException failure = catchThrowableOfType(ValidationException.class,
                () -> draft.deleteSipUsers(Rows.fromCsv(new ByteArrayInputStream(csv))));

        assertThat(failure.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("line 3");
            assertThat(v.rule()).startsWith("invalid CSV");
        });
    }

    @Test
    void aCsvThatIsNotUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, "sipUser\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> draft.deleteSipUsers(Rows.fromCsv(csv)));

        assertThat(failure.violations()).singleElement().satisfies(v -> assertThat(v.rule()).contains("UTF-8"));
    }

    @Test
    void replaceAllUsersRequiresTheConfirmation() {
        assertThatThrownBy(() -> draft.replaceAllSipUsers(Rows.of(List.of(user(1))), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ReplaceAllSipUsers.CONFIRM");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRejectedUploadCarriesTheServersLineErrors() {
        server.stubFor(post(USERS).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"VALIDATION_FAILED\", \"reason\": \"2 rows rejected\"}, \"accepted\": 0,"
                        + " \"errors\": [{\"line\": 2, \"field\": \"tenantId\", \"reason\": \"unknown tenant 1001\"},"
                        + " {\"line\": 3, \"reason\": \"PBX 12345 does not exist\"}]}")));

        CsvRejectedException failure = catchThrowableOfType(CsvRejectedException.class,
                () -> draft.upsertSipUsers(Rows.of(List.of(user(1), user(2)))));

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.operation()).as("the request side is the call's own").isEqualTo("vsxi.draft.upsert_sip_users");
        assertThat(failure.errorCode()).contains("VALIDATION_FAILED");
        assertThat(failure.reason()).contains("2 rows rejected");
        assertThat(failure.errors()).extracting(UploadError::line).containsExactly(2L, 3L);
        assertThat(failure.errors().get(0)).hasToString("line 2: tenantId: unknown tenant 1001");
        assertThat("at line " + failure.errors().get(1).line()).as("the line prints as a number").isEqualTo("at line 3");
        assertThat(failure.errors().get(0).field()).contains("tenantId");
        assertThat(failure.getMessage()).contains("line 2: tenantId: unknown tenant 1001")
                .contains("line 3: PBX 12345 does not exist");
        assertThat(failure.requestId()).isEqualTo(
                server.findAll(postRequestedFor(urlEqualTo(USERS))).get(0).getHeader("X-Request-Id"));
        assertThat(draft.state()).as("the draft stays usable").isEqualTo(DraftState.OPEN);
    }

    @Test
    void aServerProblemOnNoLineSaysSo() {
        server.stubFor(post(USERS).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"accepted\": 0, \"errors\": [{\"reason\": \"the upload is empty\"},"
                        + " {\"field\": \"did\", \"reason\": \"not allowed\"}]}")));

        CsvRejectedException failure = catchThrowableOfType(CsvRejectedException.class,
                () -> draft.upsertSipUsers(Rows.of(List.of(user(1)))));

        assertThat(failure.errors()).extracting(UploadError::hasLine).containsExactly(false, false);
        assertThat(failure.errors()).extracting(UploadError::toString)
                .containsExactly("the upload is empty", "did: not allowed");
        assertThat(failure.getMessage()).contains("Rejected (2 problems): the upload is empty; did: not allowed");
    }

    @Test
    void everyRowOfALargerCollectionIsSent() {
        List<SipUser> users = new ArrayList<>();
        for (int n = 1; n <= 1_000; n++) {
            users.add(user(n));
        }

        draft.upsertSipUsers(Rows.of(users));

        assertThat(sentBody(USERS).lines()).hasSize(1_001).last().isEqualTo("1001,user1000,pw-1000,+15550001000");
    }

    @Test
    void aFullCheckListsAThousandProblemsThenStops() {
        List<SipUser> users = new ArrayList<>();
        for (int n = 1; n <= 1_500; n++) {
            users.add(new SipUser("1001", "user" + n, "pw", "bad"));
        }

        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> draft.upsertSipUsers(Rows.of(users)));

        assertThat(failure.violations()).hasSize(1_001);
        assertThat(failure.violations().get(999).field()).isEqualTo("line 1001: did");
        assertThat(failure.violations().get(1_000).rule()).contains("later lines were not checked");
    }

    @Test
    void aCollectionUploadIsSentAgainWhenTheServerIsBrieflyUnavailable() {
        Sequence.respond(server, () -> post(USERS), aResponse().withStatus(503), okJson("{\"accepted\": 2}"));

        assertThat(draft.upsertSipUsers(Rows.of(List.of(user(1), user(2)))).accepted()).isEqualTo(2);

        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo(USERS)));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).getBodyAsString()).isEqualTo(attempts.get(0).getBodyAsString())
                .endsWith("1001,user2,pw-2,+15550000002\r\n");
    }

    @Test
    void aStreamUploadIsNeverSentTwice() {
        Sequence.respond(server, () -> post(USERS), aResponse().withStatus(503), okJson("{\"accepted\": 2}"));

        assertThatThrownBy(() -> draft.upsertSipUsers(Rows.of(Stream.of(user(1), user(2)))))
                .isInstanceOf(ServerException.class);

        assertThat(server.findAll(postRequestedFor(urlEqualTo(USERS)))).hasSize(1);
    }
}
