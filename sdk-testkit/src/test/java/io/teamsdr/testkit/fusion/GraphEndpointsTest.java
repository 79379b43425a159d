package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.Snapshot;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Graph v1.0 endpoints of the Fusion fake, called as a plain HTTP client would. */
class GraphEndpointsTest extends DemoServerTest {

    private static final String SELECT = "$select=id,displayName,userPrincipalName,usageLocation,assignedLicenses";

    private FusionHttp.Reply graph(String pathAndQuery) {
        return http.send("GET", "/v1.0" + pathAndQuery, null);
    }

    /** Follows every nextLink as given, the way Graph clients must. */
    private List<JsonNode> allUsers(String firstQuery) {
        List<JsonNode> users = new ArrayList<>();
        String next = server.baseUrl() + "/v1.0/users?" + firstQuery;
        while (next != null) {
            URI uri = URI.create(next.replace("$", "%24"));
            FusionHttp.Reply page = http.send("GET", uri.getRawPath() + "?" + uri.getRawQuery(), null);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.at("/value").forEach(users::add);
            next = page.json().has("@odata.nextLink") ? page.at("/@odata.nextLink").asText() : null;
        }
        return users;
    }

    @Test
    void listsEveryPlatformUserOnceInIdOrderAcrossNextLinks() {
        List<JsonNode> users = allUsers("$top=37&" + SELECT);

        assertThat(users).hasSize(FusionDemo.USER_COUNT);
        List<String> ids = users.stream().map(u -> u.path("id").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(server.graph().userCount()).isEqualTo(FusionDemo.USER_COUNT);
    }

    @Test
    void userMatchesWhatFusionShows() {
        String thomas = userId(FusionDemo.THOMAS_UPN);
        JsonNode fusion = http.get("/msteams/user/" + thomas).at("/msTeams");

        FusionHttp.Reply reply = graph("/users/" + thomas + "?" + SELECT);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode user = reply.json();
        assertThat(user.path("@odata.context").asText()).startsWith(server.baseUrl() + "/v1.0/$metadata#users(")
                .endsWith(")/$entity");
        assertThat(user.path("id").asText()).isEqualTo(thomas);
        assertThat(user.path("userPrincipalName").asText()).isEqualTo(FusionDemo.THOMAS_UPN);
        assertThat(user.path("displayName").asText()).isEqualTo(fusion.path("displayName").asText());
        assertThat(user.path("usageLocation").asText()).isEqualTo("NL");
        List<String> graphSkus = new ArrayList<>();
        user.path("assignedLicenses").forEach(l -> graphSkus.add(l.path("skuId").asText()));
        List<String> fusionSkus = new ArrayList<>();
        fusion.path("licenses").forEach(l -> fusionSkus.add(l.path("skuId").asText()));
        assertThat(graphSkus).containsExactlyInAnyOrderElementsOf(fusionSkus).contains(FusionDemo.STANDARDPACK_SKU);
        assertThat(graph("/users/" + FusionDemo.THOMAS_UPN.toUpperCase()).at("/id").asText()).isEqualTo(thomas);
    }

    @Test
    void withoutSelectOnlyGraphsDefaultPropertiesAreReturned() {
        JsonNode user = graph("/users/" + userId(FusionDemo.THOMAS_UPN)).json();

        assertThat(user.has("displayName")).isTrue();
        assertThat(user.has("businessPhones")).isTrue();
        assertThat(user.has("usageLocation")).isFalse();
        assertThat(user.has("assignedLicenses")).isFalse();
    }

    @Test
    void selectIsCaseInsensitiveAndLimitsTheProperties() {
        JsonNode page = graph("/users?$top=2&$select=ID,usagelocation").json();

        assertThat(page.at("/value/0").properties()).extracting(Map.Entry::getKey)
                .containsExactly("id", "usageLocation");
        assertThat(page.path("@odata.nextLink").asText()).contains("$top=2", "$select=id,usageLocation",
                "$skiptoken=");
    }

    @Test
    void errorsUseGraphsShape() {
        FusionHttp.Reply badTop = graph("/users?$top=1000");
        FusionHttp.Reply badSelect = graph("/users?$select=id,department");
        FusionHttp.Reply unsupported = graph("/users?$filter=" + FusionHttp.q("usageLocation eq 'BE'"));
        FusionHttp.Reply missing = graph("/users/00000000-0000-4000-8000-000000000000");
        FusionHttp.Reply anonymous = http.as(null).send("GET", "/v1.0/users", null);
        FusionHttp.Reply tamperedToken = graph("/users?$top=5&$skiptoken=abc.def");

        assertThat(badTop.status()).isEqualTo(400);
        assertThat(badTop.at("/error/message").asText()).contains("between 1 and 999");
        assertThat(badSelect.status()).isEqualTo(400);
        assertThat(badSelect.at("/error/message").asText()).contains("'department'");
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.at("/error/code").asText()).isEqualTo("Request_ResourceNotFound");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.at("/error/code").asText()).isEqualTo("InvalidAuthenticationToken");
        assertThat(tamperedToken.status()).isEqualTo(400);
        assertThat(tamperedToken.at("/error/message").asText()).contains("$skiptoken");
    }

    @Test
    void skiptokenIsBoundToTopAndSelect() {
        String next = graph("/users?$top=10").at("/@odata.nextLink").asText();
        String token = next.substring(next.indexOf("$skiptoken=") + "$skiptoken=".length());

        assertThat(graph("/users?$top=10&$skiptoken=" + token).status()).isEqualTo(200);
        assertThat(graph("/users?$top=11&$skiptoken=" + token).status()).isEqualTo(400);
    }

    @Test
    void readOnlyTokenIsEnoughAndRefreshTokensAreRefused() {
        FusionHttp.Reply login = http.as(null).send("POST", "/api/v01/auth/login", "{\"username\":\""
                + FusionDemo.ADMIN_USERNAME + "\",\"password\":\"" + FusionDemo.ADMIN_PASSWORD + "\"}");
        String refresh = login.at("/refresh_token").asText();

        assertThat(http.as(server.readOnlyToken()).send("GET", "/v1.0/subscribedSkus", null).status())
                .isEqualTo(200);
        assertThat(http.as(login.at("/access_token").asText()).send("GET", "/v1.0/users", null).status())
                .isEqualTo(200);
        assertThat(http.as(refresh).send("GET", "/v1.0/users", null).status()).isEqualTo(401);
    }

    @Test
    void subscribedSkusCountSeatsAsFusionDoes() {
        JsonNode skus = graph("/subscribedSkus").at("/value");
        Map<String, JsonNode> fusion = new HashMap<>();
        http.get("/msteams/licenses").at("/licenses").forEach(l -> fusion.put(l.path("skuId").asText(), l));

        assertThat(skus).hasSize(fusion.size());
        for (JsonNode sku : skus) {
            JsonNode license = fusion.get(sku.path("skuId").asText());
            assertThat(sku.path("skuPartNumber").asText()).isEqualTo(license.path("skuPartNumber").asText());
            assertThat(sku.at("/prepaidUnits/enabled").asInt()).isEqualTo(license.path("total").asInt());
            assertThat(sku.at("/prepaidUnits/enabled").asInt() - sku.path("consumedUnits").asInt())
                    .as(sku.path("skuPartNumber").asText()).isEqualTo(license.path("free").asInt());
        }
    }

    @Test
    void overlayMakesTheDirectoryDifferAndResetUndoesIt() {
        String thomas = userId(FusionDemo.THOMAS_UPN);
        String john = userId(FusionDemo.JOHN_UPN);
        Snapshot before = server.snapshot();
        String hire = server.graph().addDirectoryOnlyUser("new.hire@" + FusionDemo.DOMAIN, "New Hire", "BE",
                "SPE_E3");
        server.graph().overrideUsageLocation(thomas, "FR").overrideDisplayName(thomas, "Tom Anderson")
                .overrideLicenses(thomas, "SPE_E5").removeUser(john);

        JsonNode t = graph("/users/" + thomas + "?" + SELECT).json();
        assertThat(t.path("usageLocation").asText()).isEqualTo("FR");
        assertThat(t.path("displayName").asText()).isEqualTo("Tom Anderson");
        assertThat(t.at("/assignedLicenses/0/skuId").asText()).isEqualTo(FusionDemo.SPE_E5_SKU);
        assertThat(t.path("assignedLicenses")).hasSize(1);
        assertThat(graph("/users/" + hire + "?" + SELECT).at("/assignedLicenses/0/skuId").asText())
                .isEqualTo(FusionDemo.SPE_E3_SKU);
        assertThat(graph("/users/" + john).status()).isEqualTo(404);
        assertThat(http.get("/msteams/user/" + john).status()).isEqualTo(200);
        assertThat(http.get("/msteams/user/" + hire).status()).isEqualTo(404);
        assertThat(http.get("/msteams/user/" + thomas).at("/msTeams/location").asText()).isEqualTo("NL");
        assertThat(allUsers("$top=999&$select=id")).hasSize(FusionDemo.USER_COUNT);

        server.restore(before);
        assertThat(graph("/users/" + hire).status()).isEqualTo(404);
        server.graph().overrideUsageLocation(thomas, null);
        assertThat(graph("/users/" + thomas + "?$select=usageLocation").json().path("usageLocation").isNull())
                .isTrue();
        server.reset();
        assertThat(graph("/users/" + thomas + "?$select=usageLocation").at("/usageLocation").asText())
                .isEqualTo("NL");
        assertThat(graph("/users/" + john).status()).isEqualTo(200);
    }

    @Test
    void overlayRefusesUnknownUsersTakenNamesAndUnknownLicenses() {
        GraphDirectory graph = server.graph();

        assertThatThrownBy(() -> graph.overrideDisplayName("00000000-0000-4000-8000-000000000000", "X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> graph.addDirectoryOnlyUser(FusionDemo.THOMAS_UPN, "T", "NL"))
                .hasMessageContaining("already taken");
        assertThatThrownBy(() -> graph.addDirectoryOnlyUser("x@" + FusionDemo.DOMAIN, "X", "BE", "NOPE"))
                .hasMessageContaining("NOPE");
        assertThat(graph.baseUrl()).isEqualTo(URI.create(server.baseUrl() + "/v1.0"));
    }
}
