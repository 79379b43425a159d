package io.teamsdr.fusion.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUB;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUBSCRIPTION;
import static io.teamsdr.fusion.internal.ResourceApiFixture.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.DomainsApi;
import io.teamsdr.fusion.LicensesApi;
import io.teamsdr.fusion.VoiceRoutingPoliciesApi;
import io.teamsdr.fusion.async.DomainsApiAsync;
import io.teamsdr.fusion.async.LicensesApiAsync;
import io.teamsdr.fusion.async.VoiceRoutingPoliciesApiAsync;
import io.teamsdr.fusion.model.LicenseFilter;
import io.teamsdr.fusion.model.TenantLicense;
import io.teamsdr.fusion.model.VoiceRoutingPolicy;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoints #18, #19, #20 and #25: domains, licenses, the license set of a user, voice routing policies. */
class CatalogApisTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String LICENSES = SUB + "/msteams/licenses";
    private static final String LICENSE_SET = SUB + "/msteams/" + USER_ID + "/licenses";
    private static final String E1 = "18181a46-0d4e-45cd-891e-60aabd171b4e";
    private static final String VIRTUAL_USER = "440eaaa8-b3e0-484b-a8be-62870b9ba70a";
    private static final String FLOW = "f30db892-07e9-47e9-837c-80727f46fd3d";

    private final Transport transport = ResourceApiFixture.transport(server);
    private final DomainsApi domains = ResourceApiFixture.msTeams(transport).domains();
    private final DomainsApiAsync domainsAsync = ResourceApiFixture.msTeamsAsync(transport).domains();
    private final LicensesApi licenses = ResourceApiFixture.msTeams(transport).licenses();
    private final LicensesApiAsync licensesAsync = ResourceApiFixture.msTeamsAsync(transport).licenses();
    private final VoiceRoutingPoliciesApi policies = ResourceApiFixture.msTeams(transport).voiceRoutingPolicies();
    private final VoiceRoutingPoliciesApiAsync policiesAsync = ResourceApiFixture.msTeamsAsync(transport).voiceRoutingPolicies();

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void domainsListsTheVerifiedDomains() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/domains")).willReturn(okJson("""
                {"verifiedDomains": ["netaxistest.onmicrosoft.com", "netaxis-test.teams.cloudnettest.services"],
                 "pendingDomains": ["later.example.com"]}""")));

        assertThat(domains.list())
                .containsExactly("netaxistest.onmicrosoft.com", "netaxis-test.teams.cloudnettest.services");
        assertThat(domainsAsync.list().join()).hasSize(2);
        server.verify(2, getRequestedFor(urlEqualTo(SUB + "/msteams/domains")));
    }

    @Test
    void licensesReadsTheDocumentedExampleAndSendsFreeOnlyAsNo() {
        server.stubFor(get(urlPathEqualTo(LICENSES)).willReturn(okJson("""
                {"licenses": [
                  {"free": 9998, "skuDescription": "Microsoft Flow Free", "skuId": "f30db892-07e9-47e9-837c-80727f46fd3d",
                   "skuPartNumber": "FLOW_FREE", "total": 10000},
                  {"free": 6, "skuDescription": "Microsoft Teams Phone Resoure Account",
                   "skuId": "440eaaa8-b3e0-484b-a8be-62870b9ba70a", "skuPartNumber": "PHONESYSTEM_VIRTUALUSER", "total": 9},
                  {"free": 10000000, "skuDescription": "Communications Credits",
                   "skuId": "47794cd0-f0e5-45c5-9033-2eb6b5fc84e0", "skuPartNumber": "MCOPSTNC", "total": 10000000},
                  {"free": 1, "skuDescription": "Office 365 E1", "skuId": "18181a46-0d4e-45cd-891e-60aabd171b4e",
                   "skuPartNumber": "STANDARDPACK", "total": 5, "servicePlans": []}
                ]}""")));

        List<TenantLicense> listed = licenses.list();

        assertThat(listed).hasSize(4);
        assertThat(listed.get(3)).isEqualTo(new TenantLicense(E1, "STANDARDPACK", "Office 365 E1", 5, 1));
        assertThat(listed.get(2).free()).isEqualTo(10_000_000L);
        server.verify(1, getRequestedFor(urlEqualTo(LICENSES + "?free_only=no")));
    }

    @Test
    void licensesWithFreeSeatsOnlySendsTheStringYes() {
        server.stubFor(get(urlPathEqualTo(LICENSES)).willReturn(okJson("{\"licenses\": []}")));

        assertThat(licenses.list(LicenseFilter.FREE_ONLY)).isEmpty();
        assertThat(licensesAsync.list(LicenseFilter.ALL).join()).isEmpty();
        assertThat(licensesAsync.list().join()).isEmpty();

        server.verify(1, getRequestedFor(urlEqualTo(LICENSES + "?free_only=yes")));
        server.verify(2, getRequestedFor(urlEqualTo(LICENSES + "?free_only=no")));
    }

    @Test
    void replaceLicenseSetPutsTheFullSkuIdListToThePathWithoutUsersSegment() {
        server.stubFor(put(urlEqualTo(LICENSE_SET)).willReturn(aResponse().withStatus(204)));

        licenses.replaceLicenseSet(USER_ID, List.of(VIRTUAL_USER, FLOW));

        server.verify(1, putRequestedFor(urlEqualTo(LICENSE_SET)).withRequestBody(equalToJson(
                "{\"skuIds\": [\"" + VIRTUAL_USER + "\", \"" + FLOW + "\"]}", false, false)));
        server.verify(0, putRequestedFor(urlPathEqualTo(SUB + "/msteams/users/" + USER_ID + "/licenses")));
    }

    @Test
    void replaceLicenseSetWithAnEmptySetRemovesEveryLicense() {
        server.stubFor(put(urlEqualTo(LICENSE_SET)).willReturn(aResponse().withStatus(204)));

        licensesAsync.replaceLicenseSet(USER_ID, List.of()).join();

        server.verify(1, putRequestedFor(urlEqualTo(LICENSE_SET)).withRequestBody(equalToJson("{\"skuIds\": []}")));
    }

    @Test
    void replaceLicenseSetValidatesTheUserAndEverySkuId() {
        ValidationException failure = catchThrowableOfType(ValidationException.class,
                () -> licenses.replaceLicenseSet("thomas.anderson", List.of(E1, "STANDARDPACK")));

        assertThat(failure.violations()).extracting(Violation::field, Violation::value).containsExactly(
                tuple("userId", "thomas.anderson"), tuple("skuIds[1]", "STANDARDPACK"));
        assertThatThrownBy(() -> licensesAsync.replaceLicenseSet(USER_ID, null).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void voiceRoutingPoliciesAreReadFromResults() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/vrps")).willReturn(okJson("""
                {"results": [
                  {"description": "Global", "identity": "Global"},
                  {"description": "International", "identity": "International"},
                  {"description": "Italy", "identity": "Italy"},
                  {"description": "Netaxis", "identity": "Netaxis"},
                  {"description": "World-DRaaS", "identity": "World-DRaaS", "priority": 3}
                ]}""")));

        List<VoiceRoutingPolicy> listed = policies.list();

        assertThat(listed).extracting(VoiceRoutingPolicy::identity)
                .containsExactly("Global", "International", "Italy", "Netaxis", "World-DRaaS");
        assertThat(listed.get(4)).isEqualTo(new VoiceRoutingPolicy("World-DRaaS", "World-DRaaS"));
        assertThat(policiesAsync.list().join()).isEqualTo(listed);
    }

    @Test
    void emptyOrMissingListsAreEmpty() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/vrps")).willReturn(okJson("{}")));
        server.stubFor(get(urlEqualTo(SUB + "/msteams/domains")).willReturn(okJson("{\"verifiedDomains\": []}")));

        assertThat(policies.list()).isEmpty();
        assertThat(domains.list()).isEmpty();
    }
}
