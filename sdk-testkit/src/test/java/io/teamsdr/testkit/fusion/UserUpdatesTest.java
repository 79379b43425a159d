package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserUpdatesTest extends DemoServerTest {

    private static final String MCOEV = FusionDemo.MCOEV_SKU;

    private static String rollout(int index) {
        return userId(FusionDemo.ROLLOUT_UPNS.get(index));
    }

    private JsonNode user(String id) {
        return http.get("/msteams/user/" + id).json();
    }

    @Test
    void assigningTakesASeatUntilNoneIsFree() {
        assertThat(server.freeLicenses("MCOEV")).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(http.put("/msteams/users/" + rollout(i) + "/licenses", "{\"licenses\":[\"" + MCOEV + "\"]}")
                    .status()).isEqualTo(204);
        }
        assertThat(server.freeLicenses("MCOEV")).isZero();
        FusionHttp.Reply none = http.put("/msteams/users/" + rollout(3) + "/licenses",
                "{\"licenses\":[\"" + MCOEV + "\"]}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorCode()).isEqualTo(2030);
        assertThat(none.reason()).contains("MCOEV");
        JsonNode mcoev = licenseEntry(MCOEV);
        assertThat(mcoev.path("free").asInt()).isZero();

        assertThat(http.put("/msteams/" + rollout(0) + "/licenses", "{\"skuIds\":[\"" + FusionDemo.SPE_E3_SKU + "\"]}")
                .status()).isEqualTo(204);
        assertThat(server.freeLicenses("MCOEV")).isEqualTo(1);
        assertThat(http.get("/msteams/licenses?free_only=yes").at("/licenses").findValuesAsText("skuId"))
                .contains(MCOEV);
        assertThat(http.put("/msteams/users/" + rollout(3) + "/licenses", "{\"licenses\":[\"" + MCOEV + "\"]}")
                .status()).isEqualTo(204);
    }

    private JsonNode licenseEntry(String sku) {
        for (JsonNode l : http.get("/msteams/licenses").at("/licenses")) {
            if (l.path("skuId").asText().equals(sku)) {
                return l;
            }
        }
        throw new AssertionError("license not listed: " + sku);
    }

    @Test
    void assignAddsWhileManageReplaces() {
        String id = rollout(0);
        http.put("/msteams/users/" + id + "/licenses", "{\"licenses\":[\"" + MCOEV + "\"]}");
        assertThat(user(id).at("/msTeams/licenses").findValuesAsText("skuPartNumber"))
                .containsExactly("SPE_E3", "MCOEV");
        http.put("/msteams/" + id + "/licenses", "{\"skuIds\":[\"" + MCOEV + "\"]}");
        assertThat(user(id).at("/msTeams/licenses").findValuesAsText("skuPartNumber")).containsExactly("MCOEV");
        http.put("/msteams/users/" + id + "/licenses", "{\"licenses\":[]}");
        assertThat(user(id).at("/msTeams/licenses")).isEmpty();
        assertThat(user(id).at("/msTeams/voiceEnabled").asText()).isEqualTo("no");
    }

    @Test
    void numbersAreUniqueAndComeFromThePool() {
        String a = rollout(0);
        String b = rollout(1);
        http.put("/msteams/users/" + a + "/licenses", "{\"licenses\":[\"" + MCOEV + "\"]}");
        http.put("/msteams/users/" + b + "/licenses", "{\"licenses\":[\"" + MCOEV + "\"]}");
        String number = FusionDemo.ROLLOUT_NUMBERS.get(0);

        assertThat(http.put("/msteams/users/" + a + "/phone_number", "{\"phoneNumber\":\"" + number + "\"}").status())
                .isEqualTo(204);
        assertThat(server.numberHolder(number)).hasValue(a);
        FusionHttp.Reply taken = http.put("/msteams/users/" + b + "/phone_number",
                "{\"phoneNumber\":\"" + number + "\"}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.errorCode()).isEqualTo(2023);
        FusionHttp.Reply byResourceAccount = http.put("/msteams/users/" + b + "/phone_number",
                "{\"phoneNumber\":\"+3225405299\"}");
        assertThat(byResourceAccount.errorCode()).isEqualTo(2023);
        assertThat(http.put("/msteams/users/" + b + "/phone_number", "{\"phoneNumber\":\"+3299999999\"}").errorCode())
                .isEqualTo(2022);
        for (String bad : List.of("3225405290", "+0225405290", "+3", "+1234567890123456", "+32 2 540 52 90")) {
            FusionHttp.Reply invalid = http.put("/msteams/users/" + b + "/phone_number",
                    "{\"phoneNumber\":\"" + bad + "\"}");
            assertThat(invalid.errorCode()).as(bad).isEqualTo(2021);
        }

        assertThat(http.put("/msteams/users/" + a + "/phone_number", "{\"phoneNumber\":null}").status())
                .isEqualTo(204);
        assertThat(server.numberHolder(number)).isEmpty();
        assertThat(user(a).has("draas")).isFalse();
        assertThat(http.put("/msteams/users/" + b + "/phone_number", "{\"phoneNumber\":\"" + number + "\"}").status())
                .isEqualTo(204);
        assertThat(user(b).at("/draas/phoneNumber").asText()).isEqualTo(number);
        assertThat(http.put("/msteams/users/" + b + "/phone_number", "{}").status()).isEqualTo(400);
    }

    @Test
    void aNumberNeedsAVoiceLicense() {
        FusionHttp.Reply reply = http.put("/msteams/users/" + rollout(0) + "/phone_number",
                "{\"phoneNumber\":\"" + FusionDemo.ROLLOUT_NUMBERS.get(0) + "\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo(2031);
        assertThat(http.get("/msteams/users/" + rollout(0) + "/check").at("/voiceEnabled").isBoolean()).isTrue();
        assertThat(http.get("/msteams/users/" + rollout(0) + "/check").at("/voiceEnabled").asBoolean()).isFalse();
        String thomas = userId(FusionDemo.THOMAS_UPN);
        assertThat(http.get("/msteams/users/" + thomas + "/check").at("/voiceEnabled").asBoolean()).isTrue();
        FusionHttp.Reply dropVoice = http.put("/msteams/" + thomas + "/licenses",
                "{\"skuIds\":[\"" + FusionDemo.STANDARDPACK_SKU + "\"]}");
        assertThat(dropVoice.errorCode()).isEqualTo(2031);
    }

    @Test
    void fullUpdateEnablesWith200AndDisablesWith204() {
        String id = rollout(0);
        String sales = server.groupIdByName("Sales").orElseThrow();
        FusionHttp.Reply enabled = http.put("/msteams/users/" + id, "{\"displayName\":\"Emma P.\",\"location\":\"NL\","
                + "\"phoneNumber\":\"" + FusionDemo.ROLLOUT_NUMBERS.get(0) + "\",\"groups\":[\"" + sales + "\"],"
                + "\"vrp\":\"World-DRaaS\",\"licenses\":[\"" + MCOEV + "\"],\"customerLicenses\":[\"Call-Bundle\"]}");
        assertThat(enabled.status()).isEqualTo(200);
        JsonNode u = user(id);
        assertThat(u.at("/msTeams/displayName").asText()).isEqualTo("Emma P.");
        assertThat(u.at("/msTeams/location").asText()).isEqualTo("NL");
        assertThat(u.at("/msTeams/vrp").asText()).isEqualTo("World-DRaaS");
        assertThat(u.at("/msTeams/groups").findValuesAsText("displayName")).contains("Sales", "All Company");
        assertThat(u.at("/draas/customerLicenses/0").asText()).isEqualTo("Call-Bundle");

        FusionHttp.Reply disabled = http.put("/msteams/users/" + id, "{\"phoneNumber\":null,\"vrp\":null,"
                + "\"groups\":null}");
        assertThat(disabled.status()).isEqualTo(204);
        u = user(id);
        assertThat(u.has("draas")).isFalse();
        assertThat(u.at("/msTeams").has("vrp")).isFalse();
        assertThat(u.at("/msTeams/groups")).isEmpty();
        assertThat(u.at("/msTeams/licenses").findValuesAsText("skuPartNumber")).contains("MCOEV");
    }

    @Test
    void aFailedUpdateChangesNothing() {
        String id = rollout(0);
        FusionHttp.Reply failed = http.put("/msteams/users/" + id, "{\"displayName\":\"Changed\","
                + "\"licenses\":[\"" + MCOEV + "\"],\"phoneNumber\":\"+3299999999\"}");
        assertThat(failed.status()).isEqualTo(400);
        assertThat(user(id).at("/msTeams/displayName").asText()).isEqualTo("Emma Peeters");
        assertThat(server.freeLicenses("MCOEV")).isEqualTo(3);
    }

    @Test
    void badInputIs400Or404WithTheErrorShape() {
        String id = rollout(0);
        assertThat(http.put("/msteams/users/" + id, "{\"displayName\": ").errorCode()).isEqualTo(400);
        assertThat(http.put("/msteams/users/" + id, "[1,2]").errorCode()).isEqualTo(2001);
        assertThat(http.put("/msteams/users/" + id, "{\"displayName\":42}").errorCode()).isEqualTo(2001);
        assertThat(http.put("/msteams/users/" + id, "{\"groups\":\"Sales\"}").errorCode()).isEqualTo(2001);
        assertThat(http.put("/msteams/users/" + id, "{\"location\":\"XX\"}").errorCode()).isEqualTo(2020);
        assertThat(http.put("/msteams/users/" + id, "{\"groups\":[\"nope\"]}").errorCode()).isEqualTo(2011);
        assertThat(http.put("/msteams/users/" + id, "{\"licenses\":[\"nope\"]}").errorCode()).isEqualTo(2012);
        assertThat(http.put("/msteams/users/" + id, "{\"vrp\":\"Mars\"}").errorCode()).isEqualTo(2013);
        assertThat(http.put("/msteams/users/" + id, "{\"customerLicenses\":[\"gold\"]}").errorCode()).isEqualTo(2014);
        FusionHttp.Reply unknownUser = http.put("/msteams/users/no-such-user", "{}");
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.errorCode()).isEqualTo(2010);
        assertThat(http.get("/msteams/user/no-such-user").status()).isEqualTo(404);
        assertThat(http.put("/msteams/users/" + id + "/templates/99", "{}").errorCode()).isEqualTo(2095);
        assertThat(http.put("/msteams/users/" + id + "/templates/x", "{}").status()).isEqualTo(400);
        assertThat(server.journal().requests()).allSatisfy(r -> assertThat(r.status()).isLessThan(500));
    }

    @Test
    void templateReportsBeforeAndAfter() {
        String id = rollout(1);
        FusionHttp.Reply override = http.put("/msteams/users/" + id + "/templates/2", "{\"override\":true}");
        assertThat(override.status()).isEqualTo(200);
        assertThat(override.at("/before/location").asText()).isEqualTo("BE");
        assertThat(override.at("/before/vrp").isNull()).isTrue();
        assertThat(override.at("/before/licenses/0").asText()).isEqualTo(FusionDemo.SPE_E3_SKU);
        assertThat(override.at("/after/location").asText()).isEqualTo("NL");
        assertThat(override.at("/after/vrp").asText()).isEqualTo("Europe");
        assertThat(override.at("/after/licenses").size()).isEqualTo(2);
        String sales = server.groupIdByName("Sales").orElseThrow();
        String benelux = server.groupIdByName("Benelux").orElseThrow();
        assertThat(List.of(override.at("/after/groups/0").asText(), override.at("/after/groups/1").asText()))
                .containsExactly(sales, benelux);

        String other = rollout(2);
        FusionHttp.Reply add = http.put("/msteams/users/" + other + "/templates/0", "{\"override\":false}");
        assertThat(add.status()).isEqualTo(200);
        assertThat(add.at("/after/location").asText()).isEqualTo("BE");
        assertThat(add.at("/after/vrp").asText()).isEqualTo("Global");
        assertThat(add.at("/after/licenses").size()).isEqualTo(2);
        assertThat(add.at("/after/groups").size()).isEqualTo(2);
        assertThat(user(other).at("/msTeams/vrp").asText()).isEqualTo("Global");
    }

    @Test
    void createReadUpdateDelete() {
        FusionHttp.Reply created = http.post("/msteams/users", "{\"displayName\":\"Neo Anderson\","
                + "\"domain\":\"contoso.onmicrosoft.com\",\"username\":\"neo\",\"location\":\"NL\","
                + "\"customerLicenses\":[\"test-sku\"]}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.at("/msTeamsId").asText();
        assertThat(user(id).at("/msTeams/userPrincipalName").asText()).isEqualTo("neo@contoso.onmicrosoft.com");
        assertThat(http.post("/msteams/users", "{\"displayName\":\"Neo\",\"domain\":\"contoso.onmicrosoft.com\","
                + "\"username\":\"neo\",\"location\":\"NL\"}").errorCode()).isEqualTo(2060);
        assertThat(http.post("/msteams/users", "{\"displayName\":\"Neo\",\"domain\":\"matrix.example\","
                + "\"username\":\"neo2\",\"location\":\"NL\"}").errorCode()).isEqualTo(2061);
        assertThat(http.post("/msteams/users", "{\"displayName\":\"Neo\"}").errorCode()).isEqualTo(2001);

        assertThat(http.put("/msteams/users/" + id + "/properties", "{\"displayName\":\"The One\",\"location\":\"GB\"}")
                .status()).isEqualTo(204);
        assertThat(user(id).at("/msTeams/displayName").asText()).isEqualTo("The One");
        assertThat(http.get("/users/" + id + "/sip_address").at("/sipAddress").asText())
                .isEqualTo("sip:neo@contoso.onmicrosoft.com");
        assertThat(http.put("/msteams/users/" + id + "/groups", "{\"groups\":[\"" + server.groupIdByName("Sales")
                .orElseThrow() + "\"]}").status()).isEqualTo(204);
        assertThat(http.put("/msteams/users/" + id + "/vrp", "{\"vrp\":\"Global\"}").status()).isEqualTo(204);
        assertThat(user(id).at("/msTeams/vrp").asText()).isEqualTo("Global");

        assertThat(http.delete("/msteams/users/" + id).status()).isEqualTo(204);
        assertThat(http.get("/msteams/user/" + id).status()).isEqualTo(404);
        assertThat(server.userCount()).isEqualTo(FusionDemo.USER_COUNT);
    }

    @Test
    void deletingAUserFreesItsSeatsAndNumber() {
        String thomas = userId(FusionDemo.THOMAS_UPN);
        int freeE1 = server.freeLicenses("STANDARDPACK");
        http.delete("/msteams/users/" + thomas);
        assertThat(server.freeLicenses("STANDARDPACK")).isEqualTo(freeE1 + 1);
        assertThat(server.numberHolder(FusionDemo.THOMAS_NUMBER)).isEmpty();
    }
}
