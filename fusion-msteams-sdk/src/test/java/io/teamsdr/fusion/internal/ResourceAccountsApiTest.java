package io.teamsdr.fusion.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUB;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.ResourceAccountsApi;
import io.teamsdr.fusion.async.ResourceAccountsApiAsync;
import io.teamsdr.fusion.model.AssignedLicense;
import io.teamsdr.fusion.model.FusionUser;
import io.teamsdr.fusion.model.FusionUserStatus;
import io.teamsdr.fusion.model.MsResourceAccount;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountChange;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountQuery;
import io.teamsdr.fusion.model.ResourceAccountType;
import io.teamsdr.fusion.model.ResourceAccountUpdate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoints #14 to #17: listing, creating, modifying and deleting resource accounts. */
class ResourceAccountsApiTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String PATH = SUB + "/msteams/resource_accounts";
    static final String QUEUE_ID = "a43939f1-a4c6-4412-b6e3-23365d720129";

    /** The documented example, made valid JSON, with a field the SDK does not know. */
    static final String EXAMPLE = """
            {
              "resourceAccounts": [
                {
                  "msTeams": {
                    "id": "a43939f1-a4c6-4412-b6e3-23365d720129",
                    "userPrincipalName": "my_call_queue@netaxisdev.onmicrosoft.com",
                    "displayName": "My First Call Queue",
                    "location": "BE",
                    "phoneNumber": "+3225405239",
                    "accountType": "call-queue",
                    "licenses": [{"skuId": "440eaaa8-b3e0-484b-a8be-62870b9ba70a", "skuPartNumber": "PHONESYSTEM_VIRTUALUSER"}]
                  },
                  "draas": {
                    "id": 117, "connectionId": 189, "customerLicenses": ["test-sku"], "numberId": 44,
                    "phoneNumber": "+3225405239", "status": "active"
                  }
                },
                {
                  "msTeams": {
                    "id": "260658ad-b6f9-4fb8-a365-69d862fd450d",
                    "userPrincipalName": "my_auto_attendant@netaxisdev.onmicrosoft.com",
                    "displayName": "My First Auto Attendant",
                    "location": "NL",
                    "accountType": "auto-attendant",
                    "licenses": [{"skuId": "440eaaa8-b3e0-484b-a8be-62870b9ba70a", "skuPartNumber": "PHONESYSTEM_VIRTUALUSER"}],
                    "sipProxy": "unknown-field"
                  }
                }
              ]
            }""";

    private final Transport transport = ResourceApiFixture.transport(server);
    private final ResourceAccountsApi accounts = ResourceApiFixture.msTeams(transport).resourceAccounts();
    private final ResourceAccountsApiAsync accountsAsync = ResourceApiFixture.msTeamsAsync(transport).resourceAccounts();

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void listReadsTheDocumentedExample() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(EXAMPLE)));

        List<ResourceAccount> listed = accounts.list();

        assertThat(listed).hasSize(2);
        ResourceAccount queue = listed.get(0);
        assertThat(queue.msTeams()).isEqualTo(new MsResourceAccount(QUEUE_ID,
                "my_call_queue@netaxisdev.onmicrosoft.com", "My First Call Queue", "BE",
                Optional.of("+3225405239"), ResourceAccountType.CALL_QUEUE,
                List.of(new AssignedLicense("440eaaa8-b3e0-484b-a8be-62870b9ba70a", "PHONESYSTEM_VIRTUALUSER"))));
        FusionUser draas = queue.draas().orElseThrow();
        assertThat(draas.id()).isEqualTo(117);
        assertThat(draas.connectionId()).contains(189L);
        assertThat(draas.numberId()).contains(44L);
        assertThat(draas.customerLicenses()).containsExactly("test-sku");
        assertThat(queue.status()).contains(FusionUserStatus.ACTIVE);
        assertThat(queue.isSettled()).isTrue();

        ResourceAccount attendant = listed.get(1);
        assertThat(attendant.id()).isEqualTo("260658ad-b6f9-4fb8-a365-69d862fd450d");
        assertThat(attendant.msTeams().accountType()).isSameAs(ResourceAccountType.AUTO_ATTENDANT);
        assertThat(attendant.msTeams().phoneNumber()).isEmpty();
        assertThat(attendant.draas()).isEmpty();
        assertThat(attendant.status()).isEmpty();
        server.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void listKeepsUnknownAccountTypesAndStatuses() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson("""
                {"resourceAccounts": [{
                  "msTeams": {"id": "a43939f1-a4c6-4412-b6e3-23365d720129", "userPrincipalName": "x@contoso.com",
                              "displayName": "X", "location": "BE", "accountType": "voicemail"},
                  "draas": {"id": 1, "customerLicenses": [], "status": "provisioning_error"}}]}""")));

        ResourceAccount listed = accountsAsync.list().join().get(0);

        assertThat(listed.msTeams().accountType().value()).isEqualTo("voicemail");
        assertThat(listed.msTeams().accountType().isKnown()).isFalse();
        assertThat(listed.msTeams().licenses()).isEmpty();
        assertThat(listed.status()).contains(FusionUserStatus.of("provisioning_error"));
        assertThat(listed.isSettled()).as("an unknown status is not waited on").isTrue();
    }

    @Test
    void listSendsRefreshAndTheFiltersAsOneJsonObjectParameter() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"resourceAccounts\": []}")));

        List<ResourceAccount> listed = accounts.list(ResourceAccountQuery.builder()
                .refresh(true).locations("BE", "NL").hasPhoneNumber(true).type(ResourceAccountType.CALL_QUEUE).build());

        assertThat(listed).isEmpty();
        server.verify(1, getRequestedFor(urlEqualTo(PATH + "?refresh=true&filters="
                + "%7B%22country%22%3A%5B%22BE%22%2C%22NL%22%5D%2C%22have_number%22%3A%22yes%22%2C"
                + "%22type%22%3A%22call-queue%22%7D")));
    }

    @Test
    void listSendsOnlyTheFiltersThatAreSet() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"resourceAccounts\": []}")));

        accounts.list(ResourceAccountQuery.builder().hasPhoneNumber(false).build());
        accounts.list(ResourceAccountQuery.all());

        server.verify(1, getRequestedFor(urlEqualTo(PATH + "?filters=%7B%22have_number%22%3A%22no%22%7D")));
        server.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void queryRejectsBadCountriesAndUnknownTypesWithFieldAndValue() {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> ResourceAccountQuery
                .builder().locations("BE", "UK", "nl").type(ResourceAccountType.of("voicemail")).build());

        assertThat(failure.violations()).extracting(Violation::field, Violation::value)
                .containsExactly(tuple("locations[1]", "UK"),
                        tuple("locations[2]", "nl"),
                        tuple("type", "voicemail"));
    }

    @Test
    void createPostsTheDocumentedBodyAndReturnsTheFusionIdAndTheIntermediateStatus() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"id\": 122, \"status\": \"creating\"}")));

        ResourceAccountChange created = accounts.create(ResourceAccountCreate.builder()
                .accountType(ResourceAccountType.CALL_QUEUE)
                .userPrincipalName("my_call_queue@netaxisdev.onmicrosoft.com")
                .displayName("My First Call Queue")
                .location("BE")
                .phoneNumber("+3225405239")
                .build());

        assertThat(created.id()).isEqualTo(122);
        assertThat(created.status()).contains(FusionUserStatus.CREATING);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"accountType": "call-queue", "userPrincipalName": "my_call_queue@netaxisdev.onmicrosoft.com",
                 "displayName": "My First Call Queue", "location": "BE", "phoneNumber": "+3225405239"}""",
                false, false)));
    }

    @Test
    void createWithoutNumberOmitsItAndSendsCustomerLicenses() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"id\": 123}")));

        accountsAsync.create(ResourceAccountCreate.builder()
                .accountType(ResourceAccountType.AUTO_ATTENDANT)
                .userPrincipalName("aa@contoso.onmicrosoft.com")
                .displayName("Reception")
                .location("NL")
                .customerLicenses(List.of("test-sku"))
                .build()).join();

        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"accountType": "auto-attendant", "userPrincipalName": "aa@contoso.onmicrosoft.com",
                 "displayName": "Reception", "location": "NL", "customerLicenses": ["test-sku"]}""", false, false)));
    }

    @Test
    void createRejectsEveryBadFieldBeforeSending() {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> ResourceAccountCreate
                .builder()
                .accountType(ResourceAccountType.of("voicemail"))
                .userPrincipalName("no-domain")
                .location("Belgium")
                .phoneNumber("0032 2 540 52 39")
                .build());

        assertThat(failure.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("accountType", "userPrincipalName", "displayName", "location", "phoneNumber");
        assertThat(failure.violations()).extracting(Violation::value)
                .contains("voicemail", "no-domain", "Belgium", "0032 2 540 52 39");
        assertThatThrownBy(() -> accounts.create(null)).isInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void modifySendsOnlyTheChangedFieldsAndNullToRemove() {
        server.stubFor(put(urlEqualTo(PATH + "/" + QUEUE_ID)).willReturn(okJson("{\"id\": 141, \"status\": \"updating\"}")));

        ResourceAccountChange modified = accounts.modify(QUEUE_ID, ResourceAccountUpdate.builder()
                .accountType(ResourceAccountType.CALL_QUEUE)
                .displayName("A Modified Call Queue")
                .location("NL")
                .clearPhoneNumber()
                .voiceRoutingPolicy("World-DRaaS")
                .build());

        assertThat(modified.id()).isEqualTo(141);
        assertThat(modified.status()).contains(FusionUserStatus.UPDATING);
        server.verify(1, putRequestedFor(urlEqualTo(PATH + "/" + QUEUE_ID)).withRequestBody(equalToJson("""
                {"accountType": "call-queue", "displayName": "A Modified Call Queue", "location": "NL",
                 "phoneNumber": null, "vrp": "World-DRaaS"}""", false, false)));
    }

    @Test
    void modifyCanSetANumberRemoveThePolicyAndEmptyTheCustomerLicenses() {
        server.stubFor(put(urlEqualTo(PATH + "/" + QUEUE_ID)).willReturn(okJson("{\"id\": 141}")));

        accountsAsync.modify(QUEUE_ID, ResourceAccountUpdate.builder()
                .phoneNumber("+31302004498").clearVoiceRoutingPolicy().clearCustomerLicenses().build()).join();

        server.verify(1, putRequestedFor(urlEqualTo(PATH + "/" + QUEUE_ID)).withRequestBody(equalToJson("""
                {"phoneNumber": "+31302004498", "vrp": null, "customerLicenses": []}""", false, false)));
    }

    @Test
    void modifyRejectsBadInputBeforeSending() {
        ValidationException empty = catchThrowableOfType(ValidationException.class,
                () -> ResourceAccountUpdate.builder().build());
        assertThat(empty.violations()).extracting(Violation::rule).containsExactly("at least one field to change");

        ValidationException bad = catchThrowableOfType(ValidationException.class, () -> ResourceAccountUpdate
                .builder().location("XX").phoneNumber("+0123").accountType(ResourceAccountType.of("bot")).build());
        assertThat(bad.violations()).extracting(Violation::field, Violation::value).containsExactlyInAnyOrder(
                tuple("location", "XX"),
                tuple("phoneNumber", "+0123"),
                tuple("accountType", "bot"));

        ResourceAccountUpdate fine = ResourceAccountUpdate.builder().displayName("x").build();
        ValidationException badId = catchThrowableOfType(ValidationException.class,
                () -> accounts.modify("my_call_queue", fine));
        assertThat(badId.violations()).extracting(Violation::field, Violation::value)
                .containsExactly(tuple("resourceAccountId", "my_call_queue"));
        assertThatThrownBy(() -> accountsAsync.modify("../admins", fine).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void deleteSucceedsOn204WhetherTheAccountExistedOrNot() {
        server.stubFor(delete(urlEqualTo(PATH + "/" + QUEUE_ID)).willReturn(aResponse().withStatus(204)));

        accounts.delete(QUEUE_ID);
        accountsAsync.delete(QUEUE_ID).join();

        server.verify(2, deleteRequestedFor(urlEqualTo(PATH + "/" + QUEUE_ID)));
    }

    @Test
    void deleteRejectsAnIdThatIsNotAnObjectId() {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> accounts.delete(" "));

        assertThat(failure.violations()).extracting(Violation::field).contains("resourceAccountId");
        assertThatThrownBy(() -> accountsAsync.delete("a43939f1").join()).hasCauseInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
