package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.GROUP_A;
import static io.teamsdr.fusion.UsersFixture.SUB;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.Cursor;
import io.teamsdr.core.Page;
import io.teamsdr.core.PagingException;
import io.teamsdr.fusion.async.UsersApiAsync;
import io.teamsdr.fusion.model.DirectoryRole;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.fusion.model.VoiceEnabled;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoint #5: {@code GET {sub}/msteams/users}, paged by continuation token. */
class UsersListTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String USERS = SUB + "/msteams/users";

    private final FusionClient client = UsersFixture.client(server);
    private final UsersApi users = client.msTeams(SUBSCRIPTION).users();
    private final UsersApiAsync usersAsync = client.async().msTeams(SUBSCRIPTION).users();

    @AfterEach
    void close() {
        client.close();
    }

    private static String user(String id, String name) {
        return "{\"msTeams\": {\"id\": \"" + id + "\", \"userPrincipalName\": \"" + name.toLowerCase() + "@contoso.example\", "
                + "\"displayName\": \"" + name + "\", \"voiceEnabled\": \"no\"}}";
    }

    private static String page(String next, String... users) {
        return "{" + (next == null ? "" : "\"next\": \"" + next + "\", ") + "\"users\": [" + String.join(",", users) + "]}";
    }

    /** Four pages: the first without a token, then one per token; the last has no {@code next}. */
    private static void stubFourPages() {
        server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("next", absent())
                .willReturn(okJson(page("tok-1", user("00000000-0000-0000-0000-000000000001", "Ann")))));
        server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("next", equalTo("tok-1"))
                .willReturn(okJson(page("tok-2", user("00000000-0000-0000-0000-000000000002", "Bob")))));
        server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("next", equalTo("tok-2"))
                .willReturn(okJson(page("tok-3"))));
        server.stubFor(get(urlPathEqualTo(USERS)).withQueryParam("next", equalTo("tok-3"))
                .willReturn(okJson(page(null, user("00000000-0000-0000-0000-000000000004", "Dan")))));
    }

    private static UserQuery filteredQuery() {
        return UserQuery.builder().pageSize(2).search("Tho mas").group(GROUP_A).refresh(true)
                .locations("BE", "NL").voiceEnabled(VoiceEnabled.MAYBE).hasPhoneNumber(false).build();
    }

    @Test
    void parsesTheDocumentedExampleMadeValid() {
        server.stubFor(get(urlPathEqualTo(USERS)).willReturn(okJson("""
                {
                  "next": "RFNwdAoAAQAAAAAAAAAAFAAAAKjVyoqLxNlBtsHxKUuhaFYBAAAAAAAAAAAAAAAAAAAXMS4yLjg0MC4xMTM1NTYuMS40LjIzMzEGAAAAAAAB1Kb5zKwLv0m1qYbrTc_qVgFPAAAAAQAAAAA",
                  "users": [
                    {
                      "msTeams": {
                        "id": "2da785f7-3454-4bfe-9f30-4f368eb9db58",
                        "userPrincipalName": "thomas.anderson@netaxisdev.onmicrosoft.com",
                        "displayName": "Thomas Anderson",
                        "location": "NL",
                        "licenses": [
                          {"skuId": "295a8eb0-f78d-45c7-8b5b-1eed5ed02dff", "skuPartNumber": "MCOCAP"},
                          {"skuId": "18181a46-0d4e-45cd-891e-60aabd171b4e", "skuPartNumber": "STANDARDPACK"}
                        ],
                        "roles": [{"id": "62e90394-69f5-4237-9190-012177145e10", "displayName": "Global Administrator"}],
                        "voiceEnabled": "yes"
                      },
                      "draas": {"id": 11, "connectionId": 8, "customerLicenses": ["test-sku"], "numberId": 441,
                                "phoneNumber": "+31302861233", "status": "active"}
                    },
                    {
                      "msTeams": {
                        "id": "47502fc5-d254-4e9b-a715-6619706da506",
                        "userPrincipalName": "john.doe@netaxisdev.onmicrosoft.com",
                        "displayName": "John Doe",
                        "location": "BE",
                        "voiceEnabled": "no"
                      }
                    }
                  ]
                }""")));

        Page<TeamsUser> first = users.list().byPage().iterator().next();

        assertThat(first.items()).hasSize(2);
        TeamsUser thomas = first.items().get(0);
        assertThat(thomas.msTeams().roles()).containsExactly(
                new DirectoryRole("62e90394-69f5-4237-9190-012177145e10", "Global Administrator"));
        assertThat(thomas.phoneNumber()).contains("+31302861233");
        TeamsUser john = first.items().get(1);
        assertThat(john.msTeams().voiceEnabled()).contains(VoiceEnabled.NO);
        assertThat(john.draas()).isEmpty();
        assertThat(first.nextCursor()).hasValueSatisfying(cursor ->
                assertThat(cursor.token()).startsWith("RFNwdAoAAQ"));
        assertThat(UsersFixture.requests(server)).hasSize(1);
    }

    @Test
    void sendsNothingUntilIterationStarts() {
        stubFourPages();

        users.list(filteredQuery());

        assertThat(UsersFixture.requests(server)).isEmpty();
    }

    @Test
    void walksEveryPageSendingEachTokenWithTheUnchangedQuery() {
        stubFourPages();

        List<String> names = new ArrayList<>();
        for (TeamsUser user : users.list(filteredQuery())) {
            names.add(user.msTeams().displayName());
        }

        assertThat(names).containsExactly("Ann", "Bob", "Dan");
        List<LoggedRequest> requests = UsersFixture.requests(server);
        assertThat(requests).hasSize(4);
        String query = "page_size=2&search=Tho%20mas&group=" + GROUP_A + "&refresh=true&filters="
                + "%7B%22country%22%3A%5B%22BE%22%2C%22NL%22%5D%2C%22is_voice_enabled%22%3A%22maybe%22%2C"
                + "%22have_number%22%3A%22no%22%7D";
        assertThat(UsersFixture.rawQuery(requests.get(0))).isEqualTo(query);
        assertThat(UsersFixture.rawQuery(requests.get(1))).isEqualTo(query + "&next=tok-1");
        assertThat(UsersFixture.rawQuery(requests.get(2))).isEqualTo(query + "&next=tok-2");
        assertThat(UsersFixture.rawQuery(requests.get(3))).isEqualTo(query + "&next=tok-3");
        String filters = URLDecoder.decode(requests.get(0).queryParameter("filters").firstValue(), StandardCharsets.UTF_8);
        assertThat(filters).isEqualTo("{\"country\":[\"BE\",\"NL\"],\"is_voice_enabled\":\"maybe\",\"have_number\":\"no\"}");
        requests.forEach(request -> assertThat(request.getMethod().value()).isEqualTo("GET"));
    }

    @Test
    void theDefaultQuerySendsOnlyTheLargestPageSize() {
        server.stubFor(get(urlPathEqualTo(USERS)).willReturn(okJson(page(null))));

        assertThat(users.list().stream().count()).isZero();

        assertThat(UsersFixture.rawQuery(UsersFixture.requests(server).get(0))).isEqualTo("page_size=999");
    }

    @Test
    void aSavedCursorResumesAtItsPageWithTheSameQuery() {
        stubFourPages();
        Iterator<Page<TeamsUser>> pages = users.list(filteredQuery()).byPage().iterator();
        pages.next();
        String saved = pages.next().nextCursor().orElseThrow().serialize();
        server.resetRequests();

        List<String> names = new ArrayList<>();
        for (Page<TeamsUser> page : users.list(filteredQuery()).byPage(Cursor.parse(saved))) {
            page.items().forEach(user -> names.add(user.msTeams().displayName()));
        }

        assertThat(names).containsExactly("Dan");
        List<LoggedRequest> requests = UsersFixture.requests(server);
        assertThat(requests).extracting(request -> request.queryParameter("next").firstValue()).containsExactly("tok-2", "tok-3");
        assertThat(requests).allSatisfy(request -> assertThat(request.queryParameter("page_size").firstValue()).isEqualTo("2"));
    }

    @Test
    void aCursorFromAnotherQueryIsRefusedBeforeAnyRequest() {
        stubFourPages();
        Cursor cursor = users.list(filteredQuery()).byPage().iterator().next().nextCursor().orElseThrow();
        server.resetRequests();
        UserQuery other = UserQuery.builder().pageSize(3).search("Tho mas").build();

        assertThatThrownBy(() -> users.list(other).byPage(cursor)).isInstanceOf(PagingException.class);
        assertThatThrownBy(() -> usersAsync.list(other, cursor).get())
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(PagingException.class);
        assertThat(UsersFixture.requests(server)).isEmpty();
    }

    @Test
    void listPageAsyncFetchesOnePageAndItsCursorFetchesTheNext() throws Exception {
        stubFourPages();

        Page<TeamsUser> first = usersAsync.list(filteredQuery()).get();
        Page<TeamsUser> second = usersAsync.list(filteredQuery(),
                Cursor.parse(first.nextCursor().orElseThrow().serialize())).get();

        assertThat(first.items()).extracting(user -> user.msTeams().displayName()).containsExactly("Ann");
        assertThat(second.items()).extracting(user -> user.msTeams().displayName()).containsExactly("Bob");
        assertThat(second.nextCursor()).map(Cursor::token).contains("tok-2");
        assertThat(second.isLast()).isFalse();
        List<LoggedRequest> requests = UsersFixture.requests(server);
        assertThat(requests).hasSize(2);
        assertThat(UsersFixture.rawQuery(requests.get(1))).isEqualTo(UsersFixture.rawQuery(requests.get(0)) + "&next=tok-1");
    }
}
