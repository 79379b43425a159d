package io.teamsdr.fusion.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUB;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.StatusApi;
import io.teamsdr.fusion.async.StatusApiAsync;
import io.teamsdr.fusion.model.IntegrationState;
import io.teamsdr.fusion.model.OnboardingStatus;
import io.teamsdr.fusion.model.TenantDomain;
import io.teamsdr.fusion.model.TenantMode;
import io.teamsdr.fusion.model.TenantStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Endpoint #1: {@code GET {sub}/msteams/status}. */
class StatusApiTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final Transport transport = ResourceApiFixture.transport(server);
    private final StatusApi status = ResourceApiFixture.msTeams(transport).status();
    private final StatusApiAsync statusAsync = ResourceApiFixture.msTeamsAsync(transport).status();

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void readsTheDocumentedExample() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/status")).willReturn(okJson("""
                {
                  "msTenantId": "27b418d0-b197-483d-a0b8-da90407a92c4",
                  "mode": "direct_routing",
                  "msApplicationId": "cdfd967f-6a92-4234-808a-5dd2047dc61a",
                  "status": "onboarded",
                  "powershell": {"active": true},
                  "msGraph": {"active": true},
                  "domain": {"name": "netaxis-dev.teams.cloudnettest.services", "verified": true}
                }""")));

        TenantStatus result = status.get();

        assertThat(result.msTenantId()).isEqualTo("27b418d0-b197-483d-a0b8-da90407a92c4");
        assertThat(result.mode()).isSameAs(TenantMode.DIRECT_ROUTING);
        assertThat(result.status()).isSameAs(OnboardingStatus.ONBOARDED);
        assertThat(result.msApplicationId()).contains("cdfd967f-6a92-4234-808a-5dd2047dc61a");
        assertThat(result.domain()).contains(new TenantDomain("netaxis-dev.teams.cloudnettest.services", true));
        assertThat(result.powershell().active()).isTrue();
        assertThat(result.msGraph().active()).isTrue();
        assertThat(result.isReady()).isTrue();
        server.verify(1, getRequestedFor(urlEqualTo(SUB + "/msteams/status")));
    }

    @Test
    void keepsUnknownModeAndOnboardingStepAndToleratesMissingOptionalPartsAndNewFields() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/status")).willReturn(okJson("""
                {
                  "msTenantId": "27b418d0-b197-483d-a0b8-da90407a92c4",
                  "mode": "teams_phone_mobile",
                  "status": "consent_pending",
                  "powershell": {"active": false, "checkedAt": "2024-08-01T10:00:00Z"},
                  "msGraph": {"active": true},
                  "addedLater": {"nested": [1, 2]}
                }""")));

        TenantStatus result = status.get();

        assertThat(result.mode().value()).isEqualTo("teams_phone_mobile");
        assertThat(result.mode().isKnown()).isFalse();
        assertThat(result.status()).isEqualTo(OnboardingStatus.of("consent_pending"));
        assertThat(result.status().isKnown()).isFalse();
        assertThat(result.msApplicationId()).isEmpty();
        assertThat(result.domain()).isEmpty();
        assertThat(result.powershell()).isEqualTo(IntegrationState.INACTIVE);
        assertThat(result.isReady()).isFalse();
    }

    @Test
    void notInitiatedTenantIsNotReady() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/status")).willReturn(okJson("""
                {"msTenantId": "", "mode": "direct_routing", "status": "not_initiated",
                 "powershell": {"active": false}, "msGraph": {"active": false}}""")));

        TenantStatus result = statusAsync.get().join();

        assertThat(result.status()).isSameAs(OnboardingStatus.NOT_INITIATED);
        assertThat(result.isReady()).isFalse();
    }

    @Test
    void asyncTwinSendsTheSameRequest() {
        server.stubFor(get(urlEqualTo(SUB + "/msteams/status")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"msTenantId\":\"x\",\"mode\":\"operator_connect\",\"status\":\"onboarded\","
                        + "\"powershell\":{\"active\":true},\"msGraph\":{\"active\":true}}")));

        TenantStatus result = statusAsync.get().join();

        assertThat(result.mode()).isSameAs(TenantMode.OPERATOR_CONNECT);
        assertThat(result.isReady()).as("no verified domain").isFalse();
        server.verify(1, getRequestedFor(urlEqualTo(SUB + "/msteams/status")));
    }
}
