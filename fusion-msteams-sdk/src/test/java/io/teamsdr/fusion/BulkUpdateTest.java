package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.SUB;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.fusion.async.UsersApiAsync;
import io.teamsdr.fusion.model.BulkItemError;
import io.teamsdr.fusion.model.BulkItemResult;
import io.teamsdr.fusion.model.BulkResult;
import io.teamsdr.fusion.model.BulkStatus;
import io.teamsdr.fusion.model.BulkUserItem;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoint #9: {@code PUT {sub}/msteams/users/bulk}. */
class BulkUpdateTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String BULK = SUB + "/msteams/users/bulk";

    private final FusionClient client = UsersFixture.client(server);
    private final UsersApi users = client.msTeams(SUBSCRIPTION).users();
    private final UsersApiAsync usersAsync = client.async().msTeams(SUBSCRIPTION).users();

    @AfterEach
    void close() {
        client.close();
    }

    private static BulkUserItem first() {
        return BulkUserItem.builder("test1@netaxisdev.onmicrosoft.com", "bulk test 1")
                .phoneNumber("+3212345669").location("BE").voiceRoutingPolicy("Global").groups("Security", "All")
                .licenses("BusinessPack").customerLicenses("Call-Bundle").build();
    }

    private static BulkUserItem second() {
        return BulkUserItem.builder("test2@netaxisdev.onmicrosoft.com", "bulk test 2").clearPhoneNumber().template("BE-Test").build();
    }

    private static BulkUserItem numbered(int i) {
        return BulkUserItem.builder("user" + i + "@contoso.onmicrosoft.com", "User " + i).build();
    }

    private static String success(int from, int to) {
        String details = String.join(",", IntStream.range(from, to)
                .mapToObj(i -> "{\"details\": {}, \"upn\": \"user" + i + "@contoso.onmicrosoft.com\"}").toList());
        return "{\"details\": [" + details + "], \"message\": \"Success\"}";
    }

    private static final String PARTIAL = """
            {
              "details": [
                {"details": {}, "upn": "test1@netaxisdev.onmicrosoft.com"},
                {"error": {"code": 2095, "reason": "The template does not exist"}, "upn": "test2@netaxisdev.onmicrosoft.com"}
              ],
              "errors": [
                {"error": {"code": 2095, "reason": "The template does not exist"}, "upn": "test2@netaxisdev.onmicrosoft.com"}
              ],
              "message": "Some errors detected"
            }""";

    @Test
    void sendsTheDocumentedBodyWithExplicitNullsAndReadsThe200() {
        server.stubFor(put(urlEqualTo(BULK)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"details": [{"details": {}, "upn": "test1@netaxisdev.onmicrosoft.com"},
                                     {"details": {}, "upn": "test2@netaxisdev.onmicrosoft.com"}],
                         "message": "Success"}""")));

        BulkResult result = users.bulkUpdate("Bulk update", List.of(first(), second()));

        server.verify(putRequestedFor(urlEqualTo(BULK)).withRequestBody(equalToJson("""
                {
                  "name": "Bulk update",
                  "data": [
                    {"upn": "test1@netaxisdev.onmicrosoft.com", "displayName": "bulk test 1", "number": "+3212345669",
                     "country": "BE", "vrp": "Global", "groups": ["Security", "All"], "licenses": ["BusinessPack"],
                     "customerLicenses": ["Call-Bundle"]},
                    {"upn": "test2@netaxisdev.onmicrosoft.com", "displayName": "bulk test 2", "number": null,
                     "template": "BE-Test"}
                  ]
                }""", false, false)));
        assertThat(result.status()).isEqualTo(BulkStatus.SUCCESS);
        assertThat(result.allSucceeded()).isTrue();
        assertThat(result.items()).extracting(BulkItemResult::upn)
                .containsExactly("test1@netaxisdev.onmicrosoft.com", "test2@netaxisdev.onmicrosoft.com");
        assertThat(result.failed()).isEmpty();
        assertThat(result.messages()).containsExactly("Success");
        assertThat(result.requests()).isEqualTo(1);
    }

    @Test
    void reads207AsAPartialResultWithEachErrorCodeAndReason() {
        server.stubFor(put(urlEqualTo(BULK)).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody(PARTIAL)));

        BulkResult result = users.bulkUpdate("Bulk update", List.of(first(), second()));

        assertThat(result.status()).isEqualTo(BulkStatus.PARTIAL);
        assertThat(result.succeeded()).extracting(BulkItemResult::upn).containsExactly("test1@netaxisdev.onmicrosoft.com");
        assertThat(result.failed()).singleElement().satisfies(item -> {
            assertThat(item.upn()).isEqualTo("test2@netaxisdev.onmicrosoft.com");
            assertThat(item.error()).contains(new BulkItemError("2095", "The template does not exist"));
        });
        assertThat(result.find("TEST2@netaxisdev.onmicrosoft.com")).hasValueSatisfying(item -> assertThat(item.succeeded()).isFalse());
        assertThat(result.items()).hasSize(2);
        assertThat(result.messages()).containsExactly("Some errors detected");
    }

    @Test
    void readsAnItemised400AsAResultWhereNothingSucceeded() {
        server.stubFor(put(urlEqualTo(BULK)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"details": [{"error": {"code": 2001, "reason": "Unknown user"}, "upn": "test1@netaxisdev.onmicrosoft.com"},
                                     {"error": {"code": 2095, "reason": "The template does not exist"}, "upn": "test2@netaxisdev.onmicrosoft.com"}],
                         "errors": [{"error": {"code": 2001, "reason": "Unknown user"}, "upn": "test1@netaxisdev.onmicrosoft.com"},
                                    {"error": {"code": 2095, "reason": "The template does not exist"}, "upn": "test2@netaxisdev.onmicrosoft.com"}],
                         "message": "No MS Teams user could be updated", "newField": 1}""")));

        BulkResult result = users.bulkUpdate("Bulk update", List.of(first(), second()));

        assertThat(result.status()).isEqualTo(BulkStatus.ERROR);
        assertThat(result.succeeded()).isEmpty();
        assertThat(result.failed()).extracting(item -> item.error().orElseThrow().code()).containsExactly("2001", "2095");
    }

    @Test
    void anErrorListedOnlyUnderErrorsStillMarksTheItemFailed() {
        server.stubFor(put(urlEqualTo(BULK)).willReturn(aResponse().withStatus(207)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"details": [{"details": {"id": 5}, "upn": "test1@netaxisdev.onmicrosoft.com"}],
                         "errors": [{"error": {"code": 2095, "reason": "No template"}, "upn": "test2@netaxisdev.onmicrosoft.com"}],
                         "message": "Some errors detected"}""")));

        BulkResult result = users.bulkUpdate("Bulk update", List.of(first(), second()));

        assertThat(result.items()).hasSize(2);
        assertThat(result.find("test1@netaxisdev.onmicrosoft.com").orElseThrow().details()).containsEntry("id", 5);
        assertThat(result.find("test2@netaxisdev.onmicrosoft.com").orElseThrow().error())
                .contains(new BulkItemError("2095", "No template"));
        assertThat(result.status()).isEqualTo(BulkStatus.PARTIAL);
    }

    @Test
    void aPlain400IsABadRequestWithTheServersCodeAndReason() {
        server.stubFor(put(urlEqualTo(BULK)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 1001, \"reason\": \"name is required\"}}")));

        assertThatThrownBy(() -> users.bulkUpdate("Bulk update", List.of(first())))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).contains("1001");
                    assertThat(e.reason()).contains("name is required");
                    assertThat(e.body()).contains("name is required");
                    assertThat(e.pathTemplate()).endsWith("/msteams/users/bulk");
                    assertThat(e.operation()).isEqualTo(FusionOperation.USERS_BULK_UPDATE.operationName());
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void isNotRetriedBecauseEachAttemptWouldStartAnotherJob() {
        server.stubFor(put(urlEqualTo(BULK)).willReturn(aResponse().withStatus(503)));
        FusionClient retrying = FusionClient.builder().endpoint(URI.create(server.baseUrl()))
                .credentials(FusionCredentials.token(UsersFixture.TOKEN))
                .retry(RetryOptions.defaults().withMaxAttempts(3).withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))
                .build();
        try (retrying) {
            assertThatThrownBy(() -> retrying.msTeams(SUBSCRIPTION).users().bulkUpdate("job", List.of(first())))
                    .isInstanceOf(ServerException.class);
        }
        assertThat(UsersFixture.requests(server)).hasSize(1);
    }

    @Test
    void splitsIntoBatchesNamedInOrderCombinesResultsAndReportsProgress() {
        server.stubFor(put(urlEqualTo(BULK)).withRequestBody(matchingJsonPath("$.name", equalTo("Q3 (1/3)")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(success(0, 2))));
        server.stubFor(put(urlEqualTo(BULK)).withRequestBody(matchingJsonPath("$.name", equalTo("Q3 (2/3)")))
                .willReturn(aResponse().withStatus(207).withHeader("Content-Type", "application/json").withBody("""
                        {"details": [{"details": {}, "upn": "user2@contoso.onmicrosoft.com"},
                                     {"error": {"code": 7, "reason": "busy"}, "upn": "user3@contoso.onmicrosoft.com"}],
                         "message": "Some errors detected"}""")));
        server.stubFor(put(urlEqualTo(BULK)).withRequestBody(matchingJsonPath("$.name", equalTo("Q3 (3/3)")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(success(4, 5))));
        List<BulkUserItem> items = IntStream.range(0, 5).mapToObj(BulkUpdateTest::numbered).toList();
        List<long[]> progress = new CopyOnWriteArrayList<>();

        BulkResult result = users.bulkUpdate("Q3", items, BulkOptions.batchesOf(2).withProgress(new ProgressListener() {
            @Override
            public void onItems(long done, long total) {
                progress.add(new long[] {done, total});
            }
        }));

        List<LoggedRequest> requests = UsersFixture.requests(server);
        assertThat(requests).hasSize(3);
        List<List<String>> upnsPerRequest = new ArrayList<>();
        for (LoggedRequest request : requests) {
            JsonNode body = UsersFixture.body(request);
            List<String> upns = new ArrayList<>();
            body.get("data").forEach(item -> upns.add(item.get("upn").asText()));
            upnsPerRequest.add(upns);
        }
        assertThat(upnsPerRequest).containsExactly(
                List.of("user0@contoso.onmicrosoft.com", "user1@contoso.onmicrosoft.com"),
                List.of("user2@contoso.onmicrosoft.com", "user3@contoso.onmicrosoft.com"),
                List.of("user4@contoso.onmicrosoft.com"));
        assertThat(result.requests()).isEqualTo(3);
        assertThat(result.items()).extracting(BulkItemResult::upn).containsExactly(
                "user0@contoso.onmicrosoft.com", "user1@contoso.onmicrosoft.com", "user2@contoso.onmicrosoft.com",
                "user3@contoso.onmicrosoft.com", "user4@contoso.onmicrosoft.com");
        assertThat(result.status()).isEqualTo(BulkStatus.PARTIAL);
        assertThat(result.failed()).extracting(BulkItemResult::upn).containsExactly("user3@contoso.onmicrosoft.com");
        assertThat(result.messages()).containsExactly("Success", "Some errors detected", "Success");
        assertThat(progress).extracting(p -> p[0]).containsExactly(2L, 4L, 5L);
        assertThat(progress).extracting(p -> p[1]).containsOnly(5L);
    }

    @Test
    void aFailingBatchStopsTheSplitUpdateAndHandsBackWhatWasDoneAndWhatWasNot() {
        server.stubFor(put(urlEqualTo(BULK)).withRequestBody(matchingJsonPath("$.name", equalTo("Q3 (1/3)")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(success(0, 2))));
        server.stubFor(put(urlEqualTo(BULK)).withRequestBody(matchingJsonPath("$.name", equalTo("Q3 (2/3)")))
                .willReturn(aResponse().withStatus(500)));
        List<BulkUserItem> items = IntStream.range(0, 5).mapToObj(BulkUpdateTest::numbered).toList();

        assertThatThrownBy(() -> users.bulkUpdate("Q3", items, BulkOptions.batchesOf(2)))
                .isInstanceOfSatisfying(BulkIncompleteException.class, e -> {
                    assertThat(e.getCause()).isInstanceOf(ServerException.class);
                    assertThat(e.completed().items()).extracting(BulkItemResult::upn)
                            .containsExactly("user0@contoso.onmicrosoft.com", "user1@contoso.onmicrosoft.com");
                    assertThat(e.completed().allSucceeded()).isTrue();
                    assertThat(e.notApplied()).isEqualTo(items.subList(2, 5));
                });
        assertThat(UsersFixture.requests(server)).hasSize(2);
    }

    @Test
    void theAsyncSplitSendsTheBatchesOneAfterTheOther() throws Exception {
        server.stubFor(put(urlEqualTo(BULK)).withRequestBody(matchingJsonPath("$.name", equalTo("A (1/2)")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(success(0, 2))));
        server.stubFor(put(urlEqualTo(BULK)).withRequestBody(matchingJsonPath("$.name", equalTo("A (2/2)")))
                .willReturn(aResponse().withStatus(500)));
        List<BulkUserItem> items = IntStream.range(0, 3).mapToObj(BulkUpdateTest::numbered).toList();
        List<Long> progress = new CopyOnWriteArrayList<>();
        server.stubFor(put(urlEqualTo(BULK)).withRequestBody(matchingJsonPath("$.name", equalTo("B")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(success(0, 3))));

        BulkResult whole = usersAsync.bulkUpdate("B", items).get();
        assertThatThrownBy(() -> usersAsync.bulkUpdate("A", items, BulkOptions.batchesOf(2).withProgress(new ProgressListener() {
            @Override
            public void onItems(long done, long total) {
                progress.add(done);
            }
        })).get()).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(BulkIncompleteException.class, e -> {
                    assertThat(e.completed().items()).hasSize(2);
                    assertThat(e.notApplied()).containsExactly(items.get(2));
                });

        assertThat(whole.items()).hasSize(3);
        assertThat(whole.allSucceeded()).isTrue();
        assertThat(progress).containsExactly(2L);
        assertThat(UsersFixture.requests(server)).extracting(request -> UsersFixture.body(request).get("name").asText())
                .containsExactly("B", "A (1/2)", "A (2/2)");
    }

    @Test
    void anInvalidItemIsRefusedWhenBuiltAndNamedByItsUpn() {
        assertThatThrownBy(() -> BulkUserItem.builder("user9@contoso.onmicrosoft.com", "")
                .phoneNumber("0032123").location("XX").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("item[user9@contoso.onmicrosoft.com].displayName", "", "required"),
                        new Violation("item[user9@contoso.onmicrosoft.com].phoneNumber", "0032123",
                                "E.164 number: '+' and 2..15 digits"),
                        new Violation("item[user9@contoso.onmicrosoft.com].location", "XX",
                                "ISO 3166-1 alpha-2 country code, e.g. BE")));
        assertThatThrownBy(() -> BulkUserItem.builder("not-a-upn", "X").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("item[not-a-upn].upn", "not-a-upn", "user principal name: user@domain")));
    }

    @Test
    void rejectsAnEmptyListAMissingNameAndMissingOrDuplicateItemsWithoutSending() {
        assertThatThrownBy(() -> users.bulkUpdate(" ", List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("name", "items"));

        BulkUserItem duplicate = BulkUserItem.builder("USER0@contoso.onmicrosoft.com", "Again").build();
        assertThatThrownBy(() -> users.bulkUpdate("job", Arrays.asList(numbered(0), null, duplicate)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new Violation("items[1]", null, "required"),
                        new Violation("items[2].upn", "USER0@contoso.onmicrosoft.com",
                                "unique within one bulk update (also at items[0])")));
        assertThatThrownBy(() -> usersAsync.bulkUpdate("job", List.of()).get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BulkOptions.batchesOf(0)).isInstanceOf(ValidationException.class);
        assertThat(UsersFixture.requests(server)).isEmpty();
    }
}
