package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant of 50,000 users behaves like the demo: every user listed once in order, changes on top of
 * the seed visible in the next page, UPN and number rules enforced, reset back to the seed.
 */
class LargeTenantTest {

    private static final int USERS = 50_000;
    private static final String DOMAIN = "large.onmicrosoft.com";
    private static FakeFusionServer server;
    private FusionHttp http;

    @BeforeAll
    static void start() {
        FusionSeed seed = FusionSeed.builder(11).subscription("draas_v1", 42, s -> {
            s.verifiedDomains(DOMAIN)
                    .license("e43b5b99-8dfb-405f-9987-dc307f34bcbd", "MCOEV", "Teams Phone", 20,
                            VoiceCapability.YES)
                    .numbers("+3225400000", 20);
            for (int i = 0; i < USERS; i++) {
                String name = String.format(Locale.ROOT, "User %05d", i);
                String number = "+" + (3225400000L + i);
                if (i < 10) {
                    s.user(name, u -> u.location("BE").licenses("MCOEV").number(number));
                } else {
                    String country = i % 2 == 0 ? "BE" : "NL";
                    s.user(name, u -> u.location(country));
                }
            }
        }).build();
        server = FakeFusionServer.builder().seed(seed).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
        http = new FusionHttp(server);
    }

    @Test
    void everyUserIsListedOnceInOrder() {
        List<String> names = new ArrayList<>(USERS);
        String next = null;
        do {
            FusionHttp.Reply page = http.get("/msteams/users?page_size=999" + (next == null ? "" : "&next="
                    + FusionHttp.q(next)));
            page.at("/users").forEach(u -> names.add(u.at("/msTeams/displayName").asText()));
            next = page.json().has("next") ? page.at("/next").asText() : null;
        } while (next != null);
        assertThat(names).hasSize(USERS).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aPageSeesChangesMadeOnTopOfTheSeed() {
        FusionHttp.Reply first = http.get("/msteams/users?page_size=3&search=user%20490");
        assertThat(first.at("/users/2/msTeams/displayName").asText()).isEqualTo("User 49002");
        String created = http.post("/msteams/users", "{\"displayName\":\"User 49002a\",\"domain\":\"" + DOMAIN
                + "\",\"username\":\"extra\",\"location\":\"BE\"}").at("/msTeamsId").asText();
        http.delete("/msteams/users/" + server.userIdByUpn("user.49003@" + DOMAIN).orElseThrow());
        List<String> rest = new ArrayList<>();
        FusionHttp.Reply second = http.get("/msteams/users?page_size=3&search=user%20490&next="
                + FusionHttp.q(first.at("/next").asText()));
        second.at("/users").forEach(u -> rest.add(u.at("/msTeams/displayName").asText()));
        assertThat(rest).containsExactly("User 49002a", "User 49004", "User 49005");
        assertThat(server.userIdByUpn("extra@" + DOMAIN)).hasValue(created);
        assertThat(server.userCount()).isEqualTo(USERS);
    }

    @Test
    void rulesHoldAgainstTheWholeTenant() {
        JsonNode duplicate = http.post("/msteams/users", "{\"displayName\":\"Again\",\"domain\":\"" + DOMAIN
                + "\",\"username\":\"user.31337\",\"location\":\"BE\"}").json();
        assertThat(duplicate.at("/error/code").asInt()).isEqualTo(2060);
        String last = server.userIdByUpn("user.49999@" + DOMAIN).orElseThrow();
        http.put("/msteams/users/" + last + "/licenses", "{\"licenses\":[\"e43b5b99-8dfb-405f-9987-dc307f34bcbd\"]}");
        FusionHttp.Reply taken = http.put("/msteams/users/" + last + "/phone_number", "{\"phoneNumber\":\"+3225400003\"}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.errorCode()).isEqualTo(2023);
        assertThat(http.put("/msteams/users/" + last + "/phone_number", "{\"phoneNumber\":\"+3225400015\"}").status())
                .isEqualTo(204);
        assertThat(server.numberHolder("+3225400015")).hasValue(last);
        assertThat(server.freeLicenses("MCOEV")).isEqualTo(10 - 1);
    }

    @Test
    void resetAndRestoreReturnToTheirState() {
        Snapshot seeded = server.snapshot();
        String first = server.userIdByUpn("user.00000@" + DOMAIN).orElseThrow();
        http.delete("/msteams/users/" + first);
        Snapshot changed = server.snapshot();
        server.reset();
        assertThat(server.userCount()).isEqualTo(USERS);
        server.restore(changed);
        assertThat(server.userCount()).isEqualTo(USERS - 1);
        assertThat(server.userIdByUpn("user.00000@" + DOMAIN)).isEmpty();
        server.restore(seeded);
        assertThat(server.userIdByUpn("user.00000@" + DOMAIN)).hasValue(first);
    }
}
