package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.GROUP_A;
import static io.teamsdr.fusion.UsersFixture.GROUP_B;
import static io.teamsdr.fusion.UsersFixture.SKU;
import static io.teamsdr.fusion.UsersFixture.SUB;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static io.teamsdr.fusion.UsersFixture.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.fusion.async.UsersApiAsync;
import io.teamsdr.fusion.model.AssignedLicense;
import io.teamsdr.fusion.model.CreatedUser;
import io.teamsdr.fusion.model.FusionUserStatus;
import io.teamsdr.fusion.model.NewUser;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TemplateMode;
import io.teamsdr.fusion.model.TemplateResult;
import io.teamsdr.fusion.model.UserGroup;
import io.teamsdr.fusion.model.UserPropertiesUpdate;
import io.teamsdr.fusion.model.UserUpdate;
import io.teamsdr.fusion.model.UserUpdateResult;
import io.teamsdr.fusion.model.VoiceEnabled;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoints #6-#8, #10-#13 and #21-#24 through a real {@link FusionClient} over HTTP. */
class UsersApiTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String USER = SUB + "/msteams/users/" + USER_ID;

    private final FusionClient client = UsersFixture.client(server);
    private final UsersApi users = client.msTeams(SUBSCRIPTION).users();
    private final UsersApiAsync usersAsync = client.async().msTeams(SUBSCRIPTION).users();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void getReadsTheDocumentedExampleFromTheSingularUserPath() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/user/" + USER_ID)).willReturn(okJson("""
                {
                  "msTeams": {
                    "id": "2da785f7-3454-4bfe-9f30-4f368eb9db58",
                    "userPrincipalName": "thomas.anderson@netaxisdev.onmicrosoft.com",
                    "displayName": "Thomas Anderson",
                    "groups": [{"displayName": "vm-bc-jp-tky-0042-adi", "id": "e54f3c3f-d705-451d-96ff-7fbe7ff15e1e"}],
                    "location": "NL",
                    "licenses": [
                      {"skuId": "295a8eb0-f78d-45c7-8b5b-1eed5ed02dff", "skuPartNumber": "MCOCAP"},
                      {"skuId": "18181a46-0d4e-45cd-891e-60aabd171b4e", "skuPartNumber": "STANDARDPACK"}
                    ],
                    "voiceEnabled": "yes",
                    "vrp": "World-DRaaS"
                  },
                  "draas": {
                    "id": 11, "connectionId": 8, "customerLicenses": ["test-sku"],
                    "numberId": 441, "phoneNumber": "+31302861233", "status": "active"
                  }
                }""")));

        TeamsUser user = users.get(USER_ID);

        assertThat(user.id()).isEqualTo(USER_ID);
        assertThat(user.msTeams().userPrincipalName()).isEqualTo("thomas.anderson@netaxisdev.onmicrosoft.com");
        assertThat(user.msTeams().groups()).containsExactly(new UserGroup(GROUP_A, "vm-bc-jp-tky-0042-adi"));
        assertThat(user.msTeams().location()).contains("NL");
        assertThat(user.msTeams().licenses()).extracting(AssignedLicense::skuPartNumber).containsExactly("MCOCAP", "STANDARDPACK");
        assertThat(user.msTeams().voiceEnabled()).contains(VoiceEnabled.YES);
        assertThat(user.msTeams().voiceRoutingPolicy()).contains("World-DRaaS");
        assertThat(user.msTeams().roles()).isEmpty();
        assertThat(user.draas()).hasValueSatisfying(draas -> {
            assertThat(draas.id()).isEqualTo(11);
            assertThat(draas.connectionId()).contains(8L);
            assertThat(draas.numberId()).contains(441L);
            assertThat(draas.customerLicenses()).containsExactly("test-sku");
            assertThat(draas.status()).contains(FusionUserStatus.ACTIVE);
        });
        assertThat(user.phoneNumber()).contains("+31302861233");
        server.verify(1, getRequestedFor(urlEqualTo(SUB + "/msteams/user/" + USER_ID))
                .withHeader("Authorization", equalTo("Bearer " + UsersFixture.TOKEN)));
    }

    @Test
    void getKeepsUnknownVoiceValuesAndIgnoresNewFieldsAndTheMissingFusionSide() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/user/" + USER_ID)).willReturn(okJson("""
                {"msTeams": {"id": "%s", "userPrincipalName": "a@b.example", "displayName": "A",
                             "voiceEnabled": "pending_license", "mailNickname": "a", "extra": {"x": [1]}},
                 "newTopLevel": true}""".formatted(USER_ID))));

        TeamsUser user = users.get(USER_ID);

        assertThat(user.msTeams().voiceEnabled()).hasValueSatisfying(voice -> {
            assertThat(voice.value()).isEqualTo("pending_license");
            assertThat(voice.isKnown()).isFalse();
        });
        assertThat(user.draas()).isEmpty();
        assertThat(user.phoneNumber()).isEmpty();
        assertThat(user.msTeams().location()).isEmpty();
        assertThat(user.msTeams().licenses()).isEmpty();
        assertThat(user.msTeams().voiceRoutingPolicy()).isEmpty();
    }

    @Test
    void getOfAnUnknownUserIsNotFound() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/user/" + USER_ID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 1404, \"reason\": \"MS Teams user not found\"}}")));

        assertThatThrownBy(() -> users.get(USER_ID))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.errorCode()).contains("1404");
                    assertThat(e.reason()).contains("MS Teams user not found");
                    assertThat(e.pathTemplate()).endsWith("/msteams/user/{ms_user_id}");
                });
    }

    @Test
    void checkReadsTheBooleanVoiceFlag() {
        server.stubFor(get(urlEqualTo(USER + "/check")).willReturn(okJson("{\"voiceEnabled\": true}")));

        assertThat(users.checkVoice(USER_ID).voiceEnabled()).isTrue();
        server.verify(1, getRequestedFor(urlEqualTo(USER + "/check")));
    }

    @Test
    void updateSendsOnlyTheTouchedFieldsWithExplicitNullsAndReports200AsEnabled() {
        server.stubFor(put(urlEqualTo(USER)).willReturn(aResponse().withStatus(200)));

        UserUpdateResult result = users.update(USER_ID, UserUpdate.builder()
                .displayName("John Doe").location("NL").phoneNumber("+31302861233")
                .groups(GROUP_A, GROUP_B).clearVoiceRoutingPolicy().licenses(SKU).customerLicenses("test-sku")
                .build());

        assertThat(result).isEqualTo(UserUpdateResult.ENABLED);
        server.verify(putRequestedFor(urlEqualTo(USER)).withRequestBody(equalToJson("""
                {"displayName": "John Doe", "location": "NL", "phoneNumber": "+31302861233",
                 "groups": ["%s", "%s"], "vrp": null, "licenses": ["%s"], "customerLicenses": ["test-sku"]}
                """.formatted(GROUP_A, GROUP_B, SKU), false, false)));
    }

    @Test
    void updateTells204AsDisabledAndLeavesUnchangedFieldsOut() {
        server.stubFor(put(urlEqualTo(USER)).willReturn(aResponse().withStatus(204)));

        UserUpdateResult result = users.update(USER_ID, UserUpdate.builder()
                .clearPhoneNumber().clearGroups().clearLicenses().clearCustomerLicenses().build());

        assertThat(result).isEqualTo(UserUpdateResult.DISABLED);
        JsonNode body = UsersFixture.body(UsersFixture.requests(server).get(0));
        assertThat(body.has("phoneNumber")).isTrue();
        assertThat(body.get("phoneNumber").isNull()).isTrue();
        assertThat(body.get("groups").isNull()).isTrue();
        assertThat(body.get("licenses").isNull()).isTrue();
        assertThat(body.get("customerLicenses").isArray()).isTrue();
        assertThat(body.get("customerLicenses")).isEmpty();
        assertThat(body.has("displayName")).isFalse();
        assertThat(body.has("location")).isFalse();
        assertThat(body.has("vrp")).isFalse();
    }

    @Test
    void updateAsyncSendsTheSameRequest() throws Exception {
        server.stubFor(put(urlEqualTo(USER)).willReturn(aResponse().withStatus(204)));

        UserUpdateResult result = usersAsync.update(USER_ID, UserUpdate.builder().clearPhoneNumber().build()).get();

        assertThat(result).isEqualTo(UserUpdateResult.DISABLED);
        server.verify(putRequestedFor(urlEqualTo(USER)).withRequestBody(equalToJson("{\"phoneNumber\": null}", false, false)));
    }

    @Test
    void groupsLicensesPhoneNumberAndVrpEachPutTheirDocumentedBody() {
        server.stubFor(put(urlEqualTo(USER + "/groups")).willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlEqualTo(USER + "/licenses")).willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlEqualTo(USER + "/phone_number")).willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlEqualTo(USER + "/vrp")).willReturn(aResponse().withStatus(204)));

        users.updateGroups(USER_ID, List.of(GROUP_A, GROUP_B));
        users.updateGroups(USER_ID, List.of());
        users.assignLicenses(USER_ID, List.of(SKU));
        users.setPhoneNumber(USER_ID, "+31302861233");
        users.releasePhoneNumber(USER_ID);
        users.setVoiceRoutingPolicy(USER_ID, "World-DRaaS");
        users.disableVoiceRoutingPolicy(USER_ID);

        server.verify(putRequestedFor(urlEqualTo(USER + "/groups"))
                .withRequestBody(equalToJson("{\"groups\": [\"" + GROUP_A + "\", \"" + GROUP_B + "\"]}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/groups")).withRequestBody(equalToJson("{\"groups\": []}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/licenses"))
                .withRequestBody(equalToJson("{\"licenses\": [\"" + SKU + "\"]}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/phone_number"))
                .withRequestBody(equalToJson("{\"phoneNumber\": \"+31302861233\"}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/phone_number"))
                .withRequestBody(equalToJson("{\"phoneNumber\": null}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/vrp"))
                .withRequestBody(equalToJson("{\"vrp\": \"World-DRaaS\"}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/vrp")).withRequestBody(equalToJson("{\"vrp\": null}", false, false)));
        assertThat(UsersFixture.requests(server)).hasSize(7);
    }

    @Test
    void asyncTwinsOfTheSmallWritesSendTheSameRequests() throws Exception {
        server.stubFor(put(urlEqualTo(USER + "/groups")).willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlEqualTo(USER + "/licenses")).willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlEqualTo(USER + "/phone_number")).willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlEqualTo(USER + "/vrp")).willReturn(aResponse().withStatus(204)));
        server.stubFor(delete(urlEqualTo(USER)).willReturn(aResponse().withStatus(204)));

        usersAsync.updateGroups(USER_ID, List.of(GROUP_A)).get();
        usersAsync.assignLicenses(USER_ID, List.of()).get();
        usersAsync.setPhoneNumber(USER_ID, "+3225405239").get();
        usersAsync.releasePhoneNumber(USER_ID).get();
        usersAsync.setVoiceRoutingPolicy(USER_ID, "Global").get();
        usersAsync.disableVoiceRoutingPolicy(USER_ID).get();
        usersAsync.delete(USER_ID).get();

        server.verify(putRequestedFor(urlEqualTo(USER + "/groups")).withRequestBody(equalToJson("{\"groups\": [\"" + GROUP_A + "\"]}")));
        server.verify(putRequestedFor(urlEqualTo(USER + "/licenses")).withRequestBody(equalToJson("{\"licenses\": []}")));
        server.verify(putRequestedFor(urlEqualTo(USER + "/phone_number")).withRequestBody(equalToJson("{\"phoneNumber\": \"+3225405239\"}")));
        server.verify(putRequestedFor(urlEqualTo(USER + "/phone_number")).withRequestBody(equalToJson("{\"phoneNumber\": null}")));
        server.verify(putRequestedFor(urlEqualTo(USER + "/vrp")).withRequestBody(equalToJson("{\"vrp\": \"Global\"}")));
        server.verify(putRequestedFor(urlEqualTo(USER + "/vrp")).withRequestBody(equalToJson("{\"vrp\": null}")));
        server.verify(1, deleteRequestedFor(urlEqualTo(USER)));
    }

    @Test
    void createPostsTheDocumentedBodyAndReadsThe201() throws Exception {
        server.stubFor(post(urlEqualTo(SUB + "/msteams/users")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"msTeamsId\": \"645474c6-57f2-47b0-b824-1b591cc6873a\"}")));
        NewUser user = NewUser.builder().displayName("Thomas Anderson").domain("netaxissolutions.onmicrosoft.com")
                .username("ThomasA").location("NL").customerLicenses("test-sku").build();

        CreatedUser created = users.create(user);
        CreatedUser again = usersAsync.create(NewUser.builder().displayName("Jane").domain("contoso.onmicrosoft.com")
                .username("jane").location("BE").build()).get();

        assertThat(created.msTeamsId()).isEqualTo("645474c6-57f2-47b0-b824-1b591cc6873a");
        assertThat(again.msTeamsId()).isEqualTo("645474c6-57f2-47b0-b824-1b591cc6873a");
        assertThat(user.userPrincipalName()).isEqualTo("ThomasA@netaxissolutions.onmicrosoft.com");
        server.verify(postRequestedFor(urlEqualTo(SUB + "/msteams/users")).withRequestBody(equalToJson("""
                {"displayName": "Thomas Anderson", "domain": "netaxissolutions.onmicrosoft.com",
                 "username": "ThomasA", "location": "NL", "customerLicenses": ["test-sku"]}""", false, false)));
        server.verify(postRequestedFor(urlEqualTo(SUB + "/msteams/users")).withRequestBody(equalToJson("""
                {"displayName": "Jane", "domain": "contoso.onmicrosoft.com", "username": "jane", "location": "BE"}""",
                false, false)));
    }

    @Test
    void propertiesSendOnlyWhatIsSet() throws Exception {
        server.stubFor(put(urlEqualTo(USER + "/properties")).willReturn(aResponse().withStatus(204)));

        users.updateProperties(USER_ID, UserPropertiesUpdate.builder().displayName("John Doe").build());
        usersAsync.updateProperties(USER_ID, UserPropertiesUpdate.builder().location("BE").build()).get();
        users.updateProperties(USER_ID, UserPropertiesUpdate.builder().displayName("John Doe").location("BE").build());

        server.verify(putRequestedFor(urlEqualTo(USER + "/properties")).withRequestBody(equalToJson("{\"displayName\": \"John Doe\"}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/properties")).withRequestBody(equalToJson("{\"location\": \"BE\"}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/properties"))
                .withRequestBody(equalToJson("{\"displayName\": \"John Doe\", \"location\": \"BE\"}", false, false)));
    }

    @Test
    void applyTemplateOverridesByDefaultAndReturnsBeforeAndAfter() throws Exception {
        server.stubFor(put(urlEqualTo(USER + "/templates/7")).willReturn(okJson("""
                {
                  "after": {
                    "groups": ["195783c6-c95a-4f74-9efe-352693ddf56d", "d4dee5ce-d8d5-44af-8cd3-7d8dcaefb65b"],
                    "licenses": ["295a8eb0-f78d-45c7-8b5b-1eed5ed02dff", "18181a46-0d4e-45cd-891e-60aabd171b4e"],
                    "location": "ES",
                    "vrp": "World-DRaaS"
                  },
                  "before": {"groups": [], "licenses": [], "location": "BE", "vrp": "Global"}
                }""")));

        TemplateResult result = users.applyTemplate(USER_ID, 7);
        usersAsync.applyTemplate(USER_ID, 7, TemplateMode.ADD).get();

        assertThat(result.before().location()).contains("BE");
        assertThat(result.before().voiceRoutingPolicy()).contains("Global");
        assertThat(result.before().groups()).isEmpty();
        assertThat(result.after().location()).contains("ES");
        assertThat(result.after().voiceRoutingPolicy()).contains("World-DRaaS");
        assertThat(result.after().groups()).hasSize(2);
        assertThat(result.after().licenses()).contains(SKU);
        assertThat(result.changedAnything()).isTrue();
        server.verify(putRequestedFor(urlEqualTo(USER + "/templates/7")).withRequestBody(equalToJson("{\"override\": true}", false, false)));
        server.verify(putRequestedFor(urlEqualTo(USER + "/templates/7")).withRequestBody(equalToJson("{\"override\": false}", false, false)));
    }

    @Test
    void deleteSendsADeleteToTheUser() {
        server.stubFor(delete(urlEqualTo(USER)).willReturn(aResponse().withStatus(204)));

        users.delete(USER_ID);

        server.verify(1, deleteRequestedFor(urlEqualTo(USER)));
    }

    @Test
    void aMissingRoleIsAForbiddenExceptionNamingTheDocumentedRole() {
        server.stubFor(delete(urlEqualTo(USER)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 403, \"reason\": \"Insufficient rights\"}}")));

        assertThatThrownBy(() -> users.delete(USER_ID))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.requiredRole()).contains("tenants.instance.subscriptions.instance.msteams.users.instance.delete");
                    assertThat(e.getMessage()).contains("tenants.instance.subscriptions.instance.msteams.users.instance.delete");
                });
        assertThat(FusionOperation.USER_DELETE.requiredRole())
                .contains("tenants.instance.subscriptions.instance.msteams.users.instance.delete");
    }

    @Test
    void aFailedAsyncCallCompletesTheFutureWithTheSameException() {
        server.stubFor(get(urlEqualTo(USER + "/check")).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> usersAsync.checkVoice(USER_ID).get())
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(ForbiddenException.class, e ->
                        assertThat(e.requiredRole()).contains("tenants.instance.subscriptions.instance.msteams.users.instance.check"));
    }
}
