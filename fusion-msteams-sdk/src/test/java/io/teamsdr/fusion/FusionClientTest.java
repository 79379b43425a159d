package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.SUB;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static io.teamsdr.fusion.UsersFixture.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.RequestOptions;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client shell: builder, resource tree, derived clients. */
class FusionClientTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void theResourceTreeOffersEveryResourceOfTheSubscription() {
        try (FusionClient fusion = UsersFixture.client(server)) {
            MsTeams teams = fusion.msTeams(SUBSCRIPTION);

            assertThat(teams.subscription()).isEqualTo(SUBSCRIPTION);
            assertThat(teams.status()).isNotNull();
            assertThat(teams.admin()).isNotNull();
            assertThat(teams.users()).isNotNull();
            assertThat(teams.bulkJobs()).isNotNull();
            assertThat(teams.resourceAccounts()).isNotNull();
            assertThat(teams.licenses()).isNotNull();
            assertThat(teams.domains()).isNotNull();
            assertThat(teams.voiceRoutingPolicies()).isNotNull();
            assertThat(teams.groups()).isNotNull();
            assertThat(teams.sync()).isNotNull();
            assertThat(teams.sipAddresses()).isNotNull();
        }
        assertThat(UsersFixture.requests(server)).isEmpty();
    }

    @Test
    void aDerivedClientAddsItsHeadersAndClosingItLeavesTheParentWorking() {
        server.stubFor(delete(urlEqualTo(SUB + "/msteams/users/" + USER_ID)).willReturn(aResponse().withStatus(204)));
        try (FusionClient fusion = UsersFixture.client(server)) {
            FusionClient tagged = fusion.withOptions(RequestOptions.builder().header("X-Portal-Trace", "t-1").build());

            tagged.msTeams(SUBSCRIPTION).users().delete(USER_ID);
            tagged.close();
            fusion.msTeams(SUBSCRIPTION).users().delete(USER_ID);
        }

        server.verify(1, deleteRequestedFor(urlEqualTo(SUB + "/msteams/users/" + USER_ID))
                .withHeader("X-Portal-Trace", equalTo("t-1")));
        server.verify(2, deleteRequestedFor(urlEqualTo(SUB + "/msteams/users/" + USER_ID))
                .withHeader("Authorization", equalTo("Bearer " + UsersFixture.TOKEN)));
    }

    @Test
    void aGenericCoreCredentialReplacesFusionCredentialsSetEarlier() {
        server.stubFor(delete(urlEqualTo(SUB + "/msteams/users/" + USER_ID)).willReturn(aResponse().withStatus(204)));
        try (FusionClient fusion = FusionClient.builder().endpoint(URI.create(server.baseUrl()))
                .credentials(FusionCredentials.login("someone", () -> "pw"))
                .credentials(Credentials.bearer("core-token"))
                .build()) {
            fusion.msTeams(SUBSCRIPTION).users().delete(USER_ID);
        }
        server.verify(1, deleteRequestedFor(urlEqualTo(SUB + "/msteams/users/" + USER_ID))
                .withHeader("Authorization", equalTo("Bearer core-token")));
    }

    @Test
    void theEndpointIsRequired() {
        assertThatThrownBy(() -> FusionClient.builder().credentials(FusionCredentials.token("t")).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("endpoint");
    }
}
