package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.SUB;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static io.teamsdr.fusion.UsersFixture.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.UnauthorizedException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * NOTES.md: on a 401 a client refreshes once and retries; a 401 on refresh means log in again. A
 * login done because the refresh failed, or because there was no refresh token (a machine-to-machine
 * account), is followed by one more try of the call, even when the login gave the same token.
 */
class ReloginTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String LOGIN = "/api/v01/auth/login";
    private static final String REFRESH = "/api/v01/auth/access_token";
    private static final String CHECK = SUB + "/msteams/users/" + USER_ID + "/check";

    private static FusionClient client() {
        return FusionClient.builder().endpoint(URI.create(server.baseUrl()))
                .credentials(FusionCredentials.login("robot", () -> "pw-robot")).build();
    }

    private static List<String> paths() {
        return UsersFixture.requests(server).stream().map(LoggedRequest::getUrl).toList();
    }

    /** The first check is rejected, later ones accepted: the server side of a token that became valid again. */
    private static void checkRejectedOnce() {
        server.stubFor(get(urlEqualTo(CHECK)).inScenario("check").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401)).willSetStateTo("accepted"));
        server.stubFor(get(urlEqualTo(CHECK)).inScenario("check").whenScenarioStateIs("accepted")
                .willReturn(okJson("{\"voiceEnabled\": true}")));
    }

    @Test
    void aMachineTokenRejectedOnceIsLoggedInAgainAndTheCallRetriedWithTheSameToken() {
        server.stubFor(post(urlEqualTo(LOGIN)).willReturn(okJson("{\"token\": \"m2m-immutable\"}")));
        checkRejectedOnce();

        try (FusionClient fusion = client()) {
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }
        assertThat(paths()).containsExactly(LOGIN, CHECK, LOGIN, CHECK);
    }

    @Test
    void aRejectedRefreshIsFollowedByALoginAndOneMoreTry() {
        server.stubFor(post(urlEqualTo(LOGIN)).willReturn(okJson("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}")));
        server.stubFor(get(urlEqualTo(REFRESH)).willReturn(aResponse().withStatus(401)));
        checkRejectedOnce();

        try (FusionClient fusion = client()) {
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }
        assertThat(paths()).containsExactly(LOGIN, CHECK, REFRESH, LOGIN, CHECK);
    }

    @Test
    void aTokenStillRejectedAfterTheLoginEndsTheCallAfterOneMoreTry() {
        server.stubFor(post(urlEqualTo(LOGIN)).willReturn(okJson("{\"token\": \"m2m-revoked\"}")));
        server.stubFor(get(urlEqualTo(CHECK)).willReturn(aResponse().withStatus(401)));

        try (FusionClient fusion = client()) {
            UnauthorizedException failure = catchThrowableOfType(UnauthorizedException.class,
                    () -> fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID));
            assertThat(failure.attempts()).isEqualTo(2);
        }
        assertThat(paths()).containsExactly(LOGIN, CHECK, LOGIN, CHECK);
    }
}
