package io.teamsdr.testkit.fusion;

import static io.teamsdr.testkit.fusion.FusionHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsersListTest extends DemoServerTest {

    private List<JsonNode> allPages(String query) {
        List<JsonNode> users = new ArrayList<>();
        String next = null;
        do {
            FusionHttp.Reply page = http.get("/msteams/users?" + query + (next == null ? "" : "&next=" + q(next)));
            assertThat(page.status()).isEqualTo(200);
            page.at("/users").forEach(users::add);
            next = page.json().has("next") ? page.at("/next").asText() : null;
        } while (next != null);
        return users;
    }

    @Test
    void pagingVisitsEveryUserOnceInStableOrder() {
        List<JsonNode> users = allPages("page_size=37");
        Set<String> ids = new HashSet<>();
        users.forEach(u -> ids.add(u.at("/msTeams/id").asText()));
        assertThat(users).hasSize(FusionDemo.USER_COUNT);
        assertThat(ids).hasSize(FusionDemo.USER_COUNT);
        List<String> names = users.stream().map(u -> u.at("/msTeams/displayName").asText().toLowerCase()).toList();
        assertThat(names).isSorted();
    }

    @Test
    void pagingNeitherSkipsNorRepeatsWhileUsersChange() {
        FusionHttp.Reply first = http.get("/msteams/users?page_size=50");
        List<String> seen = new ArrayList<>();
        first.at("/users").forEach(u -> seen.add(u.at("/msTeams/id").asText()));
        http.delete("/msteams/users/" + seen.get(10));
        http.post("/msteams/users", "{\"displayName\":\"Aaron Aardvark\",\"domain\":\"contoso.onmicrosoft.com\","
                + "\"username\":\"aaron\",\"location\":\"BE\"}");
        String next = first.at("/next").asText();
        while (next != null) {
            FusionHttp.Reply page = http.get("/msteams/users?page_size=50&next=" + q(next));
            page.at("/users").forEach(u -> seen.add(u.at("/msTeams/id").asText()));
            next = page.json().has("next") ? page.at("/next").asText() : null;
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(FusionDemo.USER_COUNT);
    }

    @Test
    void listShapesFollowTheDocument() {
        FusionHttp.Reply page = http.get("/msteams/users?search=thomas%20and");
        JsonNode thomas = page.at("/users/0");
        assertThat(page.json().has("next")).isFalse();
        assertThat(thomas.at("/msTeams/userPrincipalName").asText()).isEqualTo(FusionDemo.THOMAS_UPN);
        assertThat(thomas.at("/msTeams/voiceEnabled").asText()).isEqualTo("yes");
        assertThat(thomas.at("/msTeams/roles/0/displayName").asText()).isEqualTo("Global Administrator");
        assertThat(thomas.at("/msTeams/licenses/0/skuPartNumber").asText()).isEqualTo("MCOCAP");
        assertThat(thomas.at("/draas/phoneNumber").asText()).isEqualTo(FusionDemo.THOMAS_NUMBER);
        assertThat(thomas.at("/draas/status").asText()).isEqualTo("active");
        assertThat(thomas.at("/draas/customerLicenses/0").asText()).isEqualTo("test-sku");
        JsonNode john = http.get("/msteams/users?search=John%20Doe").at("/users/0");
        assertThat(john.at("/msTeams/voiceEnabled").asText()).isEqualTo("no");
        assertThat(john.has("draas")).isFalse();
        assertThat(john.at("/msTeams").has("licenses")).isFalse();
    }

    @Test
    void searchIsCaseInsensitivePrefixOfDisplayName() {
        List<JsonNode> found = allPages("search=EMMA&page_size=5");
        assertThat(found).isNotEmpty()
                .allSatisfy(u -> assertThat(u.at("/msTeams/displayName").asText()).startsWithIgnoringCase("emma"));
        FusionHttp.Reply none = http.get("/msteams/users?search=mma");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.reason()).isEqualTo("No MS Teams user found");
    }

    @Test
    void filtersAreOneJsonParameter() {
        String filters = q("{\"country\":[\"NL\",\"BE\"],\"is_voice_enabled\":\"yes\",\"have_number\":\"no\"}");
        List<JsonNode> users = allPages("page_size=100&filters=" + filters);
        assertThat(users).isNotEmpty().allSatisfy(u -> {
            assertThat(u.at("/msTeams/location").asText()).isIn("BE", "NL");
            assertThat(u.at("/msTeams/voiceEnabled").asText()).isEqualTo("yes");
            assertThat(u.has("draas")).isFalse();
        });
        assertThat(allPages("page_size=999&filters=" + q("{\"is_voice_enabled\":\"maybe\"}")))
                .isNotEmpty().allSatisfy(u -> assertThat(u.at("/msTeams/voiceEnabled").asText()).isEqualTo("maybe"));
    }

    @Test
    void badFiltersAreRejected() {
        assertThat(http.get("/msteams/users?filters=" + q("{\"voice_enabled\":\"yes\"}")).reason())
                .contains("Unknown filter voice_enabled").contains("is_voice_enabled");
        assertThat(http.get("/msteams/users?filters=" + q("{\"country\":[\"XX\"]}")).reason())
                .contains("not an ISO 3166 alpha-2 country code");
        assertThat(http.get("/msteams/users?filters=" + q("{\"have_number\":true}")).status()).isEqualTo(400);
        assertThat(http.get("/msteams/users?filters=" + q("[\"BE\"]")).status()).isEqualTo(400);
        assertThat(http.get("/msteams/users?filters=%7Bbroken").status()).isEqualTo(400);
    }

    @Test
    void tokenIsBoundToTheQuery() {
        String next = http.get("/msteams/users?page_size=5&search=a").at("/next").asText();
        assertThat(http.get("/msteams/users?page_size=5&search=a&next=" + q(next)).status()).isEqualTo(200);
        for (String other : List.of("page_size=6&search=a", "page_size=5&search=A", "page_size=5",
                "page_size=5&search=a&filters=" + q("{\"have_number\":\"yes\"}"),
                "page_size=5&search=a&group=" + server.groupIdByName("Sales").orElseThrow())) {
            FusionHttp.Reply reply = http.get("/msteams/users?" + other + "&next=" + q(next));
            assertThat(reply.status()).as(other).isEqualTo(400);
            assertThat(reply.errorCode()).isEqualTo(2040);
        }
        String tampered = next.substring(0, next.length() - 2) + (next.endsWith("A") ? "BB" : "AA");
        assertThat(http.get("/msteams/users?page_size=5&search=a&next=" + q(tampered)).status()).isEqualTo(400);
        assertThat(http.get("/msteams/users?next=garbage").status()).isEqualTo(400);
    }

    @Test
    void tokenExpiresWhenALifetimeIsSet() {
        TestClock clock = TestClock.at(Instant.parse("2025-03-01T08:00:00Z"));
        try (FakeFusionServer timed = FakeFusionServer.builder().clock(clock)
                .continuationTokenLifetime(Duration.ofMinutes(10)).start()) {
            FusionHttp h = new FusionHttp(timed);
            String next = h.get("/msteams/users").at("/next").asText();
            clock.advance(Duration.ofMinutes(11));
            FusionHttp.Reply expired = h.get("/msteams/users?next=" + q(next));
            assertThat(expired.status()).isEqualTo(400);
            assertThat(expired.reason()).contains("expired");
        }
    }

    @Test
    void pageSizeIsChecked() {
        assertThat(http.get("/msteams/users").at("/users").size()).isEqualTo(10);
        assertThat(http.get("/msteams/users?page_size=999").at("/users").size()).isEqualTo(FusionDemo.USER_COUNT);
        assertThat(http.get("/msteams/users?page_size=1").at("/users").size()).isEqualTo(1);
        for (String bad : List.of("0", "1000", "-1", "ten")) {
            assertThat(http.get("/msteams/users?page_size=" + bad).status()).as(bad).isEqualTo(400);
        }
        assertThat(http.get("/msteams/users?refresh=yes").status()).isEqualTo(400);
        assertThat(http.get("/msteams/users?refresh=true").status()).isEqualTo(200);
        FusionHttp.Reply misspelled = http.get("/msteams/users?pagesize=50");
        assertThat(misspelled.status()).isEqualTo(400);
        assertThat(misspelled.reason()).contains("pagesize").contains("page_size");
        assertThat(http.get("/msteams/status?verbose=1").status()).isEqualTo(400);
    }

    @Test
    void groupParameterAndGroupFilterNarrowTheList() {
        String sales = server.groupIdByName("Sales").orElseThrow();
        List<JsonNode> members = allPages("page_size=200&group=" + sales);
        assertThat(members).isNotEmpty().allSatisfy(u -> assertThat(http.get("/msteams/user/"
                + u.at("/msTeams/id").asText()).at("/msTeams/groups").findValuesAsText("id")).contains(sales));
        assertThat(http.get("/msteams/users?group=unknown").errorCode()).isEqualTo(2011);

        assertThat(http.post("/msteams/groups", "{\"groups\":[{\"id\":\"" + sales + "\",\"displayName\":\"Sales\"}]}")
                .status()).isEqualTo(204);
        assertThat(allPages("page_size=999")).hasSameSizeAs(members);
    }
}
