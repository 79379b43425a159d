package io.teamsdr.testkit.fusion;

import static io.teamsdr.testkit.fusion.FusionHttp.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.core.BadRequestException;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.model.SyncType;
import io.teamsdr.fusion.model.TemplateMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the fake follows the Fusion document's own words rather than a stricter guess: lists
 * without a result are 404s, an unknown template is a 400, a template naming what the tenant
 * lacks is applied partially, lost value lists stay open, and the filters take the document's
 * example {@code UK}.
 */
class DocumentedDecisionsTest extends DemoServerTest {

    @Test
    void listsWithoutAResultAre404sWithTheErrorBody() {
        FusionHttp.Reply users = http.get("/msteams/users?search=nobody%20here");
        assertThat(users.status()).isEqualTo(404);
        assertThat(users.at("/error/code").asInt()).isEqualTo(404);
        assertThat(users.reason()).isEqualTo("No MS Teams user found");

        FusionHttp.Reply accounts = http.get("/msteams/resource_accounts?filters=" + q("{\"country\":[\"DE\"]}"));
        assertThat(accounts.status()).isEqualTo(404);
        assertThat(accounts.reason()).isEqualTo("No MS Teams resource account found");

        FusionHttp.Reply history = http.get("/msteams/users/bulk");
        assertThat(history.status()).isEqualTo(404);
        assertThat(history.reason()).isEqualTo("No bulk history found");

        FusionHttp.Reply noSubscription = http.send("GET",
                server.subscriptionPath().replace("/subscriptions/42", "/subscriptions/43") + "/msteams/users", null);
        assertThat(noSubscription.status()).isEqualTo(404);
        assertThat(noSubscription.reason()).isEqualTo("Subscription not found: 43");
    }

    @Test
    void aContinuationWhoseUsersWentAwayIsAnEmptyPage() {
        for (String name : List.of("one", "two")) {
            http.post("/msteams/users", "{\"displayName\":\"Zz " + name + "\",\"domain\":\"" + FusionDemo.DOMAIN
                    + "\",\"username\":\"zz." + name + "\",\"location\":\"BE\"}");
        }
        FusionHttp.Reply first = http.get("/msteams/users?page_size=1&search=zz");
        String next = first.at("/next").asText();
        http.delete("/msteams/users/" + userId("zz.two@" + FusionDemo.DOMAIN));
        FusionHttp.Reply rest = http.get("/msteams/users?page_size=1&search=zz&next=" + q(next));
        assertThat(rest.status()).isEqualTo(200);
        assertThat(rest.at("/users").size()).isZero();
        assertThat(rest.json().has("next")).isFalse();
    }

    @Test
    void anUnknownTemplateIsABadRequestNotANotFound() {
        FusionHttp.Reply unknown = http.put("/msteams/users/" + userId(FusionDemo.JOHN_UPN) + "/templates/99", "{}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo(2095);
        assertThat(unknown.reason()).startsWith("The template does not exist");
    }

    @Test
    void aTemplateNamingAPolicyTheTenantLacksIsAppliedPartially() {
        String john = userId(FusionDemo.JOHN_UPN);
        FusionHttp.Reply partial = http.put("/msteams/users/" + john + "/templates/" + FusionDemo.PARTIAL_TEMPLATE_ID,
                "{\"override\":true}");
        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.errorCode()).isEqualTo(2013);
        assertThat(partial.reason()).isEqualTo("The template " + FusionDemo.PARTIAL_TEMPLATE
                + " was applied partially: vrp: Voice routing policy not found: " + FusionDemo.MISSING_VRP);
        JsonNode johnNow = http.get("/msteams/user/" + john).at("/msTeams");
        assertThat(johnNow.at("/location").asText()).isEqualTo("FR");
        assertThat(johnNow.at("/groups/0/displayName").asText()).isEqualTo("France");
        assertThat(johnNow.at("/licenses/0/skuPartNumber").asText()).isEqualTo("SPE_E3");
        assertThat(johnNow.has("vrp")).isFalse();
    }

    @Test
    void aTemplateOfWhichNothingCanBeAppliedSaysSo() {
        FusionSeed seed = FusionSeed.builder(5).subscription("draas_v1", 42, s -> s.verifiedDomains("t.onmicrosoft.com")
                .template(7, "Ghost", t -> t.vrp("Nowhere"))
                .user("Only User", u -> u.location("BE"))).build();
        try (FakeFusionServer fresh = FakeFusionServer.builder().seed(seed).start()) {
            String id = fresh.userIdByUpn("only.user@t.onmicrosoft.com").orElseThrow();
            FusionHttp.Reply none = new FusionHttp(fresh).put("/msteams/users/" + id + "/templates/7",
                    "{\"override\":false}");
            assertThat(none.status()).isEqualTo(400);
            assertThat(none.reason()).isEqualTo("The template Ghost was not applied: vrp: Voice routing policy not found: "
                    + "Nowhere");
        }
    }

    @Test
    void aBulkItemNamingAPartialTemplateFailsWhole() {
        FusionHttp.Reply bulk = http.put("/msteams/users/bulk", "{\"name\":\"legacy\",\"data\":[{\"upn\":\""
                + FusionDemo.JOHN_UPN + "\",\"displayName\":\"John Doe\",\"template\":\"" + FusionDemo.PARTIAL_TEMPLATE
                + "\"}]}");
        assertThat(bulk.status()).isEqualTo(400);
        assertThat(bulk.at("/errors/0/error/reason").asText())
                .startsWith("The template " + FusionDemo.PARTIAL_TEMPLATE + " cannot be applied: vrp:");
        assertThat(http.get("/msteams/user/" + userId(FusionDemo.JOHN_UPN)).at("/msTeams/location").asText())
                .isEqualTo("BE");
    }

    @Test
    void syncTypesAreOpenValues() {
        FusionHttp.Reply sync = http.post("/msteams/sync", "{\"type\":\"full\"}");
        assertThat(sync.status()).isEqualTo(200);
        assertThat(sync.at("/msteams_user_ids").size()).isPositive();
    }

    @Test
    void bulkHistoryFiltersTakeTheDocumentedFieldsOfAJob() {
        String rollout = "{\"upn\":\"" + FusionDemo.ROLLOUT_UPNS.get(0) + "\",\"displayName\":\"Emma Peeters\"}";
        http.put("/msteams/users/bulk", "{\"name\":\"first\",\"data\":[" + rollout + "]}");
        http.put("/msteams/users/bulk", "{\"name\":\"second\",\"data\":[" + rollout
                + ",{\"upn\":\"nobody@contoso.onmicrosoft.com\",\"displayName\":\"x\"}]}");
        assertThat(titles("{\"status\":\"partial\"}")).containsExactly("second");
        assertThat(titles("{\"title\":[\"first\",\"second\"],\"kind\":\"ms_users\"}")).containsExactly("second", "first");
        assertThat(titles("{\"id\":1}")).containsExactly("first");
        FusionHttp.Reply unseenStatus = http.get("/msteams/users/bulk?filters=" + q("{\"status\":\"queued\"}"));
        assertThat(unseenStatus.status()).as("an unknown status matches nothing, it is not refused").isEqualTo(404);
        FusionHttp.Reply unknownKey = http.get("/msteams/users/bulk?filters=" + q("{\"colour\":\"red\"}"));
        assertThat(unknownKey.status()).isEqualTo(400);
        assertThat(unknownKey.reason()).contains("Unknown filter colour");
    }

    @Test
    void countryFiltersTakeTheDocumentsOwnExampleUk() {
        FusionHttp.Reply users = http.get("/msteams/users?page_size=999&filters=" + q("{\"country\":[\"UK\",\"BE\"]}"));
        assertThat(users.status()).isEqualTo(200);
        List<String> countries = new ArrayList<>();
        users.at("/users").forEach(u -> countries.add(u.at("/msTeams/location").asText()));
        assertThat(countries).contains("GB", "BE").doesNotContain("NL", "FR", "DE");
        FusionHttp.Reply accounts = http.get("/msteams/resource_accounts?filters=" + q("{\"country\":[\"UK\"]}"));
        assertThat(accounts.status()).isEqualTo(404);
        assertThat(http.put("/msteams/users/" + userId(FusionDemo.JOHN_UPN), "{\"location\":\"UK\"}").errorCode())
                .as("a user's location stays an ISO code, as documented").isEqualTo(2020);
    }

    @Test
    void theSdkSeesTheTemplateAndSyncDecisions() {
        try (FusionClient client = server.clientBuilder().build()) {
            MsTeams teams = client.msTeams(server.subscription());
            String john = userId(FusionDemo.JOHN_UPN);
            assertThatThrownBy(() -> teams.users().applyTemplate(john, 99, TemplateMode.OVERRIDE))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.errorCode()).hasValue("2095"));
            assertThatThrownBy(() -> teams.users().applyTemplate(john, FusionDemo.PARTIAL_TEMPLATE_ID, TemplateMode.OVERRIDE))
                    .isInstanceOfSatisfying(BadRequestException.class,
                            e -> assertThat(e.reason()).hasValueSatisfying(r -> assertThat(r).contains("applied partially")));
            assertThat(teams.sync().sync(SyncType.of("full")).users()).isNotEmpty();
        }
    }

    private List<String> titles(String filters) {
        FusionHttp.Reply reply = http.get("/msteams/users/bulk?filters=" + q(filters));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        reply.at("/bulks").forEach(b -> titles.add(b.at("/title").asText()));
        return titles;
    }
}
