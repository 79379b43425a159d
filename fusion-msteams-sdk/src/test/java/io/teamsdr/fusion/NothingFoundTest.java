package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.SUB;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.Page;
import io.teamsdr.fusion.async.MsTeamsAsync;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserQuery;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The document's 404 "No MS Teams user found or the path tenant / subscription doesn't exist" on the
 * users list, the resource accounts list and the bulk history: an empty result when the subscription
 * exists, a {@link NotFoundException} when it does not; sync and async alike.
 */
class NothingFoundTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String NO_USER = "{\"error\": {\"code\": 2010, \"reason\": \"No MS Teams user found\"}}";
    private static final String NO_PATH = "{\"error\": {\"code\": 2040, \"reason\": \"The path tenant / subscription doesn't exist\"}}";
    private static final String STATUS = SUB + "/msteams/status";
    private static final String ONBOARDED = "{\"msTenantId\": \"t\", \"mode\": \"direct_routing\", \"status\": \"onboarded\","
            + " \"powershell\": {\"active\": true}, \"msGraph\": {\"active\": true}}";

    private final FusionClient client = UsersFixture.client(server);
    private final MsTeams teams = client.msTeams(SUBSCRIPTION);
    private final MsTeamsAsync teamsAsync = client.async().msTeams(SUBSCRIPTION);

    @AfterEach
    void close() {
        client.close();
    }

    private static void answer404(String path, String body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(notFound()
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static void subscriptionExists() {
        server.stubFor(get(urlPathEqualTo(STATUS)).willReturn(okJson(ONBOARDED)));
    }

    private static int requestsTo(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void anEmptySearchIsAnEmptyScrollWhenTheSubscriptionExists() {
        answer404(SUB + "/msteams/users", NO_USER);
        subscriptionExists();
        UserQuery nobody = UserQuery.builder().search("Zzz").pageSize(50).build();

        assertThat(teams.users().list(nobody).stream().toList()).isEmpty();
        Page<TeamsUser> only = teams.users().list(nobody).firstPage();
        assertThat(only.items()).isEmpty();
        assertThat(only.isLast()).isTrue();
        assertThat(teamsAsync.users().list(nobody).join().items()).isEmpty();

        assertThat(requestsTo(SUB + "/msteams/users")).isEqualTo(3);
        assertThat(requestsTo(STATUS)).as("the subscription is checked once per 404").isEqualTo(3);
    }

    @Test
    void aMissingSubscriptionStillRaisesNotFound() {
        answer404(SUB + "/msteams/users", NO_PATH);
        answer404(STATUS, NO_PATH);

        assertThatThrownBy(() -> teams.users().list().stream().toList())
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.pathTemplate()).endsWith("/msteams/users");
                    assertThat(e.errorCode()).contains("2040");
                });
        assertThat(teamsAsync.users().list()).failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class).withCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void whenTheCheckItselfFailsTheListsOwn404IsRaisedWithTheCheckAttached() {
        answer404(SUB + "/msteams/users", NO_USER);
        server.stubFor(get(urlPathEqualTo(STATUS)).willReturn(okJson("{}").withStatus(403)));

        assertThatThrownBy(() -> teams.users().list().firstPage()).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(ForbiddenException.class));
    }

    @Test
    void noResourceAccountIsAnEmptyListSyncAndAsync() {
        answer404(SUB + "/msteams/resource_accounts", "{\"error\": {\"code\": 2011, \"reason\": \"No MS Teams resource account found\"}}");
        subscriptionExists();

        assertThat(teams.resourceAccounts().list()).isEmpty();
        assertThat(teamsAsync.resourceAccounts().list().join()).isEmpty();

        answer404(STATUS, NO_PATH);
        assertThatThrownBy(() -> teams.resourceAccounts().list()).isInstanceOf(NotFoundException.class);
        assertThat(teamsAsync.resourceAccounts().list()).failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class).withCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void noBulkHistoryIsAnEmptyListingWithZeroTotals() {
        answer404(SUB + "/msteams/users/bulk", "{\"error\": {\"code\": 2012, \"reason\": \"No bulk history found\"}}");
        subscriptionExists();

        assertThat(teams.bulkJobs().list().stream().toList()).isEmpty();
        Page<BulkJob> page = teamsAsync.bulkJobs().list().join();
        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).hasValue(0);
        assertThat(page.totalPages()).hasValue(0);
    }

    @Test
    void a404OnReadingOneUserIsNotTurnedIntoAnything() {
        server.stubFor(get(urlPathEqualTo(SUB + "/msteams/user/" + UsersFixture.USER_ID))
                .withHeader("Authorization", equalTo("Bearer " + UsersFixture.TOKEN))
                .willReturn(notFound().withBody(NO_USER)));

        assertThatThrownBy(() -> teams.users().get(UsersFixture.USER_ID)).isInstanceOf(NotFoundException.class);
        assertThat(requestsTo(STATUS)).isZero();
    }
}
