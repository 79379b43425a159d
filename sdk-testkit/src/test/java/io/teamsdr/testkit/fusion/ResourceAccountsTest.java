package io.teamsdr.testkit.fusion;

import static io.teamsdr.testkit.fusion.FusionHttp.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResourceAccountsTest extends DemoServerTest {

    private static final String CREATE = "{\"accountType\":\"call-queue\",\"userPrincipalName\":"
            + "\"billing.queue@contoso.onmicrosoft.com\",\"displayName\":\"Billing Queue\",\"location\":\"BE\","
            + "\"phoneNumber\":\"+3225405295\"}";

    private JsonNode find(FusionHttp h, String upn) {
        for (JsonNode ra : h.get("/msteams/resource_accounts").at("/resourceAccounts")) {
            if (ra.at("/msTeams/userPrincipalName").asText().equals(upn)) {
                return ra;
            }
        }
        return null;
    }

    @Test
    void creationAnswersAtOnceAndSettlesAfterAListCall() {
        FusionHttp.Reply created = http.post("/msteams/resource_accounts", CREATE);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.at("/id").isInt()).isTrue();
        assertThat(created.at("/status").asText()).isEqualTo("creating");
        assertThat(server.numberHolder("+3225405295")).isPresent();

        JsonNode pending = find(http, "billing.queue@contoso.onmicrosoft.com");
        assertThat(pending.at("/draas/status").asText()).isEqualTo("creating");
        assertThat(pending.at("/draas/id").asInt()).isEqualTo(created.at("/id").asInt());
        assertThat(pending.at("/msTeams").has("phoneNumber")).isFalse();

        JsonNode settled = find(http, "billing.queue@contoso.onmicrosoft.com");
        assertThat(settled.at("/draas/status").asText()).isEqualTo("active");
        assertThat(settled.at("/msTeams/phoneNumber").asText()).isEqualTo("+3225405295");
        assertThat(settled.at("/msTeams/licenses/0/skuPartNumber").asText()).isEqualTo("PHONESYSTEM_VIRTUALUSER");
    }

    @Test
    void modifyShowsTheOldStateUntilSettled() {
        JsonNode reception = find(http, "reception@contoso.onmicrosoft.com");
        String id = reception.at("/msTeams/id").asText();
        FusionHttp.Reply modified = http.put("/msteams/resource_accounts/" + id,
                "{\"displayName\":\"Front Desk\",\"phoneNumber\":null,\"vrp\":null}");
        assertThat(modified.at("/status").asText()).isEqualTo("updating");
        assertThat(server.numberHolder("+3225405299")).isEmpty();
        JsonNode pending = find(http, "reception@contoso.onmicrosoft.com");
        assertThat(pending.at("/msTeams/displayName").asText()).isEqualTo("Main Reception");
        assertThat(pending.at("/draas/status").asText()).isEqualTo("updating");
        server.settleResourceAccounts();
        JsonNode settled = find(http, "reception@contoso.onmicrosoft.com");
        assertThat(settled.at("/msTeams/displayName").asText()).isEqualTo("Front Desk");
        assertThat(settled.at("/msTeams").has("phoneNumber")).isFalse();
        assertThat(settled.has("draas")).isFalse();
        assertThat(http.put("/msteams/resource_accounts/unknown", "{}").status()).isEqualTo(404);
    }

    @Test
    void settlingFollowsTheServerClock() {
        TestClock clock = TestClock.at(Instant.parse("2025-06-01T12:00:00Z"));
        try (FakeFusionServer slow = FakeFusionServer.builder().clock(clock)
                .resourceAccountSettling(Duration.ofSeconds(30), Integer.MAX_VALUE).start()) {
            FusionHttp h = new FusionHttp(slow);
            h.post("/msteams/resource_accounts", CREATE);
            for (int i = 0; i < 3; i++) {
                assertThat(find(h, "billing.queue@contoso.onmicrosoft.com").at("/draas/status").asText())
                        .isEqualTo("creating");
            }
            clock.advance(Duration.ofSeconds(30));
            assertThat(find(h, "billing.queue@contoso.onmicrosoft.com").at("/draas/status").asText())
                    .isEqualTo("active");
        }
    }

    @Test
    void creationChecksLicenseNumberAndUpn() {
        assertThat(http.post("/msteams/resource_accounts", CREATE.replace("+3225405295", "+3225405299"))
                .errorCode()).isEqualTo(2023);
        assertThat(http.post("/msteams/resource_accounts", CREATE.replace("billing.queue", "reception"))
                .errorCode()).isEqualTo(2060);
        assertThat(http.post("/msteams/resource_accounts", CREATE.replace("call-queue", "voicemail"))
                .errorCode()).isEqualTo(2001);
        assertThat(http.post("/msteams/resource_accounts", CREATE.replace("contoso.onmicrosoft.com", "evil.example"))
                .errorCode()).isEqualTo(2061);
        int free = server.freeLicenses("PHONESYSTEM_VIRTUALUSER");
        for (int i = 0; i < free; i++) {
            assertThat(http.post("/msteams/resource_accounts", "{\"accountType\":\"auto-attendant\","
                    + "\"userPrincipalName\":\"aa" + i + "@contoso.onmicrosoft.com\",\"displayName\":\"AA " + i
                    + "\",\"location\":\"DE\"}").status()).isEqualTo(200);
        }
        FusionHttp.Reply exhausted = http.post("/msteams/resource_accounts", CREATE);
        assertThat(exhausted.errorCode()).isEqualTo(2030);

        String id = find(http, "aa0@contoso.onmicrosoft.com").at("/msTeams/id").asText();
        assertThat(http.delete("/msteams/resource_accounts/" + id).status()).isEqualTo(204);
        assertThat(http.delete("/msteams/resource_accounts/" + id).status()).isEqualTo(204);
        assertThat(http.post("/msteams/resource_accounts", CREATE).status()).isEqualTo(200);
    }

    @Test
    void listFilters() {
        JsonNode queues = http.get("/msteams/resource_accounts?filters=" + q("{\"type\":\"call-queue\"}"))
                .at("/resourceAccounts");
        assertThat(queues).hasSize(2);
        JsonNode withoutNumber = http.get("/msteams/resource_accounts?filters="
                + q("{\"have_number\":\"no\"}")).at("/resourceAccounts");
        assertThat(withoutNumber).hasSize(1);
        assertThat(withoutNumber.at("/0/msTeams/displayName").asText()).isEqualTo("After Hours");
        assertThat(http.get("/msteams/resource_accounts?filters=" + q("{\"country\":[\"NL\"]}"))
                .at("/resourceAccounts")).hasSize(1);
        assertThat(http.get("/msteams/resource_accounts?filters=" + q("{\"is_voice_enabled\":\"yes\"}"))
                .status()).isEqualTo(400);
    }
}
