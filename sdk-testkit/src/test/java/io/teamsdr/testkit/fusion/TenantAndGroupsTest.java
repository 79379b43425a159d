package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.JournalAssert;
import org.junit.jupiter.api.Test;

class TenantAndGroupsTest extends DemoServerTest {

    @Test
    void statusDomainsAndPolicies() {
        JsonNode status = http.get("/msteams/status").json();
        assertThat(status.at("/status").asText()).isEqualTo("onboarded");
        assertThat(status.at("/mode").asText()).isEqualTo("direct_routing");
        assertThat(status.at("/domain/name").asText()).isEqualTo(FusionDemo.FUSION_DOMAIN);
        assertThat(status.at("/domain/verified").asBoolean()).isTrue();
        assertThat(status.at("/powershell/active").asBoolean()).isTrue();
        assertThat(http.get("/msteams/domains").at("/verifiedDomains").findValuesAsText("x")).isEmpty();
        assertThat(http.get("/msteams/domains").at("/verifiedDomains/0").asText()).isEqualTo(FusionDemo.DOMAIN);
        JsonNode vrps = http.get("/msteams/vrps").at("/results");
        assertThat(vrps.size()).isGreaterThanOrEqualTo(3);
        assertThat(vrps.at("/0/identity").asText()).isEqualTo("Global");
        assertThat(vrps.at("/0/description").asText()).isEqualTo("Global");
    }

    @Test
    void administratorPasswordIsKeptButNeverReturnedOrJournaled() {
        assertThat(http.get("/msteams/admins").at("/id").asInt()).isEqualTo(20);
        FusionHttp.Reply saved = http.post("/msteams/admins",
                "{\"msUsername\":\"new.admin@contoso.onmicrosoft.com\",\"msPassword\":\"S3cret-Teams!\"}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.at("/id").asInt()).isEqualTo(20);
        JsonNode admin = http.get("/msteams/admins").json();
        assertThat(admin.at("/msUsername").asText()).isEqualTo("new.admin@contoso.onmicrosoft.com");
        assertThat(admin.toString()).doesNotContain("S3cret").doesNotContain("assword");

        FusionHttp.Reply deleted = http.delete("/msteams/admins");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.at("/msUsername").asText()).isEqualTo("new.admin@contoso.onmicrosoft.com");
        assertThat(http.delete("/msteams/admins").status()).isEqualTo(204);
        assertThat(http.get("/msteams/admins").status()).isEqualTo(404);
        assertThat(http.post("/msteams/admins", "{\"msUsername\":\"x@y.z\"}").status()).isEqualTo(400);

        JournalAssert.assertThat(server.journal())
                .doesNotContainText("S3cret-Teams!")
                .doesNotContainText(server.adminToken())
                .hasRequestWithBodyField("POST", "/api/**/msteams/admins", "/msPassword", "***")
                .lastRequest("POST", "/api/**/msteams/admins").hasHeader("Authorization", "Bearer ***");
    }

    @Test
    void licensesFreeOnlyIsAYesNoString() {
        int all = http.get("/msteams/licenses").at("/licenses").size();
        int freeOnly = http.get("/msteams/licenses?free_only=yes").at("/licenses").size();
        assertThat(freeOnly).isLessThanOrEqualTo(all);
        assertThat(http.get("/msteams/licenses?free_only=no").at("/licenses").size()).isEqualTo(all);
        assertThat(http.get("/msteams/licenses?free_only=true").status()).isEqualTo(400);
        JsonNode e1 = null;
        for (JsonNode l : http.get("/msteams/licenses").at("/licenses")) {
            if (l.at("/skuPartNumber").asText().equals("STANDARDPACK")) {
                e1 = l;
            }
        }
        assertThat(e1).isNotNull();
        assertThat(e1.at("/free").asInt()).isEqualTo(1);
        assertThat(e1.at("/skuDescription").asText()).isEqualTo("Office 365 E1");
    }

    @Test
    void groupFilterIsDeletedAndRecreatedAndOrphansLoseTheirDetails() {
        String sales = server.groupIdByName("Sales").orElseThrow();
        String support = server.groupIdByName("Support").orElseThrow();
        assertThat(http.post("/msteams/groups", "{\"groups\":[{\"id\":\"" + sales + "\",\"displayName\":\"Sales\"},"
                + "{\"id\":\"" + support + "\",\"displayName\":\"Support\"}]}").status()).isEqualTo(204);
        assertThat(filtered()).containsExactlyInAnyOrder(sales, support);
        http.post("/msteams/groups", "{\"groups\":[{\"id\":\"" + support + "\",\"displayName\":\"Support\"}]}");
        assertThat(filtered()).containsExactly(support);

        assertThat(server.removeGroup(support)).isTrue();
        JsonNode orphan = groupEntry(support);
        assertThat(orphan.at("/orphan").asBoolean()).isTrue();
        assertThat(orphan.at("/displayName").asText()).isEqualTo("Support");
        assertThat(orphan.has("description")).isFalse();
        assertThat(orphan.has("teamsEnabled")).isFalse();
        assertThat(groupEntry(sales).has("orphan")).isFalse();
        assertThat(http.get("/msteams/users").at("/users")).isEmpty();

        assertThat(http.post("/msteams/groups", "{\"groups\":[{\"displayName\":\"no id\"}]}").status()).isEqualTo(400);
        assertThat(http.post("/msteams/groups", "{\"groups\":[]}").status()).isEqualTo(204);
        assertThat(filtered()).isEmpty();
        assertThat(http.get("/msteams/users").at("/users")).hasSize(10);
    }

    private java.util.List<String> filtered() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonNode g : http.get("/msteams/groups").at("/groups")) {
            if (g.path("filter").asBoolean() || g.path("orphan").asBoolean()) {
                ids.add(g.at("/id").asText());
            }
        }
        return ids;
    }

    private JsonNode groupEntry(String id) {
        for (JsonNode g : http.get("/msteams/groups").at("/groups")) {
            if (g.at("/id").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("group not listed: " + id);
    }

    @Test
    void syncAnswersInSnakeCase() {
        FusionHttp.Reply sync = http.post("/msteams/sync", "{\"type\":\"normal\"}");
        assertThat(sync.status()).isEqualTo(200);
        assertThat(sync.at("/msteams_user_ids").size()).isGreaterThan(50);
        assertThat(sync.at("/msteams_user_ids/0/status").asText()).isEqualTo("syncing");
        assertThat(http.post("/msteams/sync", "{}").status()).isEqualTo(400);
    }

    @Test
    void aSubscriptionNotOnboardedHasNoTeamsData() {
        FusionSeed seed = FusionSeed.builder(3)
                .subscription("draas_v1", 7, s -> s.msTenant("not_initiated", "direct_routing"))
                .subscription("draas_v1", 8, s -> s.verifiedDomains("x.onmicrosoft.com").integrations(false, true))
                .build();
        try (FakeFusionServer fresh = FakeFusionServer.builder().seed(seed).start()) {
            FusionHttp h = new FusionHttp(fresh);
            JsonNode status = h.get("/msteams/status").json();
            assertThat(status.at("/status").asText()).isEqualTo("not_initiated");
            assertThat(status.has("msApplicationId")).isFalse();
            assertThat(status.at("/powershell/active").asBoolean()).isFalse();
            FusionHttp.Reply users = h.get("/msteams/users");
            assertThat(users.status()).isEqualTo(404);
            assertThat(users.errorCode()).isEqualTo(2050);
            String sub8 = fresh.subscriptionPath().replace("/subscriptions/7", "/subscriptions/8");
            FusionHttp.Reply noUsers = h.send("GET", sub8 + "/msteams/users", null);
            assertThat(noUsers.status()).isEqualTo(404);
            assertThat(noUsers.reason()).isEqualTo("No MS Teams user found");
            assertThat(h.send("GET", sub8 + "/msteams/vrps", null).reason()).contains("PowerShell");
        }
    }
}
