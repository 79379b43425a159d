package io.teamsdr.fusion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.UsersFixture.SUB;
import static io.teamsdr.fusion.UsersFixture.SUBSCRIPTION;
import static io.teamsdr.fusion.UsersFixture.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.TokenProvider;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.fusion.model.VoiceCheck;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Login, refresh on 401, log in again when the refresh token is rejected, two-factor, logout. */
class FusionAuthTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String LOGIN = "/api/v01/auth/login";
    private static final String TWO_FACTOR = "/api/v01/auth/2fa";
    private static final String REFRESH = "/api/v01/auth/access_token";
    private static final String LOGOUT = "/api/v01/auth/logout";
    private static final String CHECK = SUB + "/msteams/users/" + USER_ID + "/check";
    private static final String PASSWORD = "S3cret!pass";

    private static FusionClient client(FusionCredentials credentials) {
        return FusionClient.builder().endpoint(URI.create(server.baseUrl())).credentials(credentials)
                .retry(RetryOptions.none()).build();
    }

    private static void apiAcceptsOnly(String token) {
        server.stubFor(get(urlEqualTo(CHECK)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": {\"code\": 401, \"reason\": \"Token expired\"}}")));
        server.stubFor(get(urlEqualTo(CHECK)).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson("{\"voiceEnabled\": true}")));
    }

    private static void loginAnswers(String json) {
        server.stubFor(post(urlEqualTo(LOGIN)).willReturn(okJson(json)));
    }

    private static List<String> paths() {
        return UsersFixture.requests(server).stream().map(LoggedRequest::getUrl).toList();
    }

    @Test
    void logsInOnceOnTheFirstCallAndSendsTheAccessToken() {
        loginAnswers("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}");
        apiAcceptsOnly("a1");

        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            UsersApi users = fusion.msTeams(SUBSCRIPTION).users();
            assertThat(fusion.auth().isLoggedIn()).isFalse();
            assertThat(users.checkVoice(USER_ID).voiceEnabled()).isTrue();
            assertThat(users.checkVoice(USER_ID).voiceEnabled()).isTrue();
            assertThat(fusion.auth().isLoggedIn()).isTrue();
        }

        assertThat(paths()).containsExactly(LOGIN, CHECK, CHECK);
        server.verify(postRequestedFor(urlEqualTo(LOGIN))
                .withRequestBody(equalToJson("{\"username\": \"api-user\", \"password\": \"" + PASSWORD + "\"}", false, false)));
        LoggedRequest login = UsersFixture.requests(server).get(0);
        assertThat(login.containsHeader("Authorization")).isFalse();
    }

    @Test
    void aMachineToMachineAccountsTokenIsUsedAsTheAccessToken() {
        loginAnswers("{\"token\": \"m2m-token\"}");
        apiAcceptsOnly("m2m-token");

        try (FusionClient fusion = client(FusionCredentials.login("robot", "pw".toCharArray()))) {
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID)).isEqualTo(new VoiceCheck(true));
        }
        assertThat(paths()).containsExactly(LOGIN, CHECK);
    }

    @Test
    void a401RefreshesWithTheRefreshTokenAndRetriesOnce() {
        loginAnswers("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}");
        server.stubFor(get(urlEqualTo(REFRESH)).withHeader("Authorization", equalTo("Bearer r1"))
                .willReturn(okJson("{\"access_token\": \"a2\"}")));
        apiAcceptsOnly("a2");

        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }

        assertThat(paths()).containsExactly(LOGIN, CHECK, REFRESH, CHECK);
        List<LoggedRequest> requests = UsersFixture.requests(server);
        assertThat(requests.get(1).getHeader("Authorization")).isEqualTo("Bearer a1");
        assertThat(requests.get(2).getHeader("Authorization")).isEqualTo("Bearer r1");
        assertThat(requests.get(3).getHeader("Authorization")).isEqualTo("Bearer a2");
    }

    @Test
    void aRejectedRefreshTokenMeansLoggingInAgainOnce() {
        server.stubFor(post(urlEqualTo(LOGIN)).inScenario("login").whenScenarioStateIs("Started")
                .willReturn(okJson("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}")).willSetStateTo("second"));
        server.stubFor(post(urlEqualTo(LOGIN)).inScenario("login").whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\": \"a3\", \"refresh_token\": \"r3\"}")));
        server.stubFor(get(urlEqualTo(REFRESH)).willReturn(aResponse().withStatus(401)));
        apiAcceptsOnly("a3");

        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }

        assertThat(paths()).containsExactly(LOGIN, CHECK, REFRESH, LOGIN, CHECK);
    }

    @Test
    void aSecond401AfterRefreshingIsAnUnauthorizedException() {
        // Tokens long enough that the random request id quoted in the message cannot contain them.
        loginAnswers("{\"access_token\": \"access-one\", \"refresh_token\": \"refresh-one\"}");
        server.stubFor(get(urlEqualTo(REFRESH)).willReturn(okJson("{\"access_token\": \"access-two\"}")));
        apiAcceptsOnly("never");

        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            assertThatThrownBy(() -> fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID))
                    .isInstanceOf(UnauthorizedException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("access-one", "access-two", "refresh-one", PASSWORD));
        }
        assertThat(paths()).containsExactly(LOGIN, CHECK, REFRESH, CHECK);
    }

    @Test
    void concurrentCallsWithAnExpiredTokenShareOneRefresh() throws Exception {
        loginAnswers("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}");
        server.stubFor(get(urlEqualTo(REFRESH)).willReturn(okJson("{\"access_token\": \"a2\"}")));
        apiAcceptsOnly("a2");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            fusion.auth().login();
            UsersApi users = fusion.msTeams(SUBSCRIPTION).users();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<VoiceCheck>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<VoiceCheck> call = () -> {
                    start.await();
                    return users.checkVoice(USER_ID);
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            for (Future<VoiceCheck> result : results) {
                assertThat(result.get().voiceEnabled()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        server.verify(1, postRequestedFor(urlEqualTo(LOGIN)));
        server.verify(1, getRequestedFor(urlEqualTo(REFRESH)));
        server.verify(threads, getRequestedFor(urlEqualTo(CHECK)).withHeader("Authorization", equalTo("Bearer a2")));
    }

    @Test
    void aSecondFactorIsATypedExceptionWhoseChallengeCompletesTheLogin() {
        loginAnswers("{\"2fa_payload\": \"opaque-2fa-payload\", \"option\": \"email\"}");
        server.stubFor(post(urlEqualTo(TWO_FACTOR)).willReturn(okJson("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}")));
        apiAcceptsOnly("a1");

        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            UsersApi users = fusion.msTeams(SUBSCRIPTION).users();
            AtomicReference<TwoFactorRequiredException> raised = new AtomicReference<>();
            assertThatThrownBy(() -> users.checkVoice(USER_ID)).isInstanceOfSatisfying(TwoFactorRequiredException.class, e -> {
                raised.set(e);
                assertThat(e.option()).isEqualTo(TwoFactorOption.EMAIL);
                assertThat(e.challenge().toString()).doesNotContain("opaque-2fa-payload");
                assertThat(e.getMessage()).doesNotContain("opaque-2fa-payload", PASSWORD);
            });
            // While the challenge is pending, calls fail with it instead of logging in (and mailing) again.
            assertThatThrownBy(() -> users.checkVoice(USER_ID)).isInstanceOf(TwoFactorRequiredException.class);

            raised.get().challenge().complete("123456", true);

            assertThat(users.checkVoice(USER_ID).voiceEnabled()).isTrue();
        }

        assertThat(paths()).containsExactly(LOGIN, TWO_FACTOR, CHECK);
        server.verify(postRequestedFor(urlEqualTo(TWO_FACTOR)).withRequestBody(
                equalToJson("{\"2fa_payload\": \"opaque-2fa-payload\", \"code\": \"123456\", \"trust\": true}", false, false)));
    }

    @Test
    void aWrongCodeFailsAndTheChallengeCanBeAnsweredAgain() {
        loginAnswers("{\"2fa_payload\": \"p\", \"option\": \"totp\"}");
        server.stubFor(post(urlEqualTo(TWO_FACTOR)).willReturn(aResponse().withStatus(401)));
        server.stubFor(post(urlEqualTo(TWO_FACTOR)).withRequestBody(equalToJson("{\"code\": \"222222\"}", false, true))
                .willReturn(okJson("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}")));
        apiAcceptsOnly("a1");

        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            TwoFactorChallenge challenge = null;
            try {
                fusion.auth().login();
            } catch (TwoFactorRequiredException e) {
                challenge = e.challenge();
            }
            assertThat(challenge).isNotNull();
            assertThat(challenge.option()).isEqualTo(TwoFactorOption.TOTP);
            TwoFactorChallenge pending = challenge;
            assertThatThrownBy(() -> pending.complete("111111", false)).isInstanceOf(UnauthorizedException.class);
            assertThatThrownBy(() -> pending.complete(" ", false)).isInstanceOf(ValidationException.class);

            pending.complete("222222", false);

            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }
        assertThat(paths()).containsExactly(LOGIN, TWO_FACTOR, TWO_FACTOR, CHECK);
    }

    @Test
    void aCodeProviderAnswersTheChallengeDuringLogin() {
        loginAnswers("{\"2fa_payload\": \"p-1\", \"option\": \"totp\"}");
        server.stubFor(post(urlEqualTo(TWO_FACTOR)).willReturn(okJson("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}")));
        apiAcceptsOnly("a1");
        List<TwoFactorOption> asked = new CopyOnWriteArrayList<>();

        FusionCredentials credentials = FusionCredentials.login("api-user", () -> PASSWORD).withTwoFactor(option -> {
            asked.add(option);
            return "654321";
        }, true);
        try (FusionClient fusion = client(credentials)) {
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }

        assertThat(asked).containsExactly(TwoFactorOption.TOTP);
        server.verify(postRequestedFor(urlEqualTo(TWO_FACTOR))
                .withRequestBody(equalToJson("{\"2fa_payload\": \"p-1\", \"code\": \"654321\", \"trust\": true}", false, false)));
    }

    @Test
    void logoutEndsTheSessionAndTheNextCallLogsInAgain() {
        loginAnswers("{\"access_token\": \"a1\", \"refresh_token\": \"r1\"}");
        server.stubFor(get(urlEqualTo(LOGOUT)).willReturn(aResponse().withStatus(204)));
        apiAcceptsOnly("a1");

        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            fusion.auth().logout();
            assertThat(paths()).isEmpty();
            fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID);
            fusion.async().auth().logout().join();
            assertThat(fusion.auth().isLoggedIn()).isFalse();
            fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID);
        }

        assertThat(paths()).containsExactly(LOGIN, CHECK, LOGOUT, LOGIN, CHECK);
        assertThat(UsersFixture.requests(server).get(2).getHeader("Authorization")).isEqualTo("Bearer a1");
    }

    @Test
    void aMachineToMachineTokenIsNeverLoggedOutSoItStaysUsable() {
        loginAnswers("{\"token\": \"m2m-token\"}");
        server.stubFor(get(urlEqualTo(LOGOUT)).willReturn(aResponse().withStatus(204)));
        apiAcceptsOnly("m2m-token");

        try (FusionClient fusion = client(FusionCredentials.login("robot", "pw".toCharArray()))) {
            fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID);
            fusion.auth().logout();
            assertThat(fusion.auth().isLoggedIn()).as("the session forgets the token locally").isFalse();
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }
        try (FusionClient fusion = client(FusionCredentials.token("m2m-token"))) {
            fusion.auth().logout();
            fusion.async().auth().logout().join();
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }

        assertThat(paths()).containsExactly(LOGIN, CHECK, LOGIN, CHECK, CHECK);
    }

    @Test
    void aTokenSupplierIsAskedAgainAfterA401() {
        apiAcceptsOnly("fresh");
        AtomicInteger asked = new AtomicInteger();

        try (FusionClient fusion = client(FusionCredentials.token(() -> asked.getAndIncrement() == 0 ? "stale" : "fresh"))) {
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
            assertThat(fusion.auth().isLoggedIn()).isTrue();
        }
        assertThat(UsersFixture.requests(server)).extracting(request -> request.getHeader("Authorization"))
                .containsExactly("Bearer stale", "Bearer fresh");
    }

    @Test
    void aCallersTokenProviderIsAskedToRefreshTheRejectedToken() {
        apiAcceptsOnly("p2");
        List<String> rejected = new CopyOnWriteArrayList<>();
        AtomicReference<String> current = new AtomicReference<>("p1");
        TokenProvider provider = new TokenProvider() {
            @Override
            public String currentToken() {
                return current.get();
            }

            @Override
            public boolean refresh(String rejectedToken) {
                rejected.add(rejectedToken);
                current.set("p2");
                return true;
            }
        };

        try (FusionClient fusion = client(FusionCredentials.tokenProvider(provider))) {
            assertThat(fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID).voiceEnabled()).isTrue();
        }
        assertThat(rejected).containsExactly("p1");
        assertThat(UsersFixture.requests(server)).extracting(request -> request.getHeader("Authorization"))
                .containsExactly("Bearer p1", "Bearer p2");
    }

    @Test
    void aRejectedPasswordIsAnUnauthorizedExceptionWithoutThePassword() {
        server.stubFor(post(urlEqualTo(LOGIN)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 401, \"reason\": \"Invalid username or password\"}}")));

        try (FusionClient fusion = client(FusionCredentials.login("api-user", () -> PASSWORD))) {
            assertThatThrownBy(() -> fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID))
                    .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                        assertThat(e.reason()).contains("Invalid username or password");
                        assertThat(e.pathTemplate()).isEqualTo(LOGIN);
                        assertThat(e.getMessage()).doesNotContain(PASSWORD);
                    });
        }
        assertThat(paths()).containsExactly(LOGIN);
    }

    @Test
    void traceLogsWithBodiesShowNoPasswordOrToken() {
        loginAnswers("{\"access_token\": \"acc-9f8e7d\", \"refresh_token\": \"ref-1a2b3c\"}");
        server.stubFor(get(urlEqualTo(REFRESH)).willReturn(okJson("{\"access_token\": \"acc-2nd-4d5e\"}")));
        apiAcceptsOnly("acc-2nd-4d5e");
        Logger http = (Logger) LoggerFactory.getLogger("io.teamsdr.http");
        Level before = http.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        http.addAppender(captured);
        http.setLevel(Level.TRACE);
        try (FusionClient fusion = FusionClient.builder().endpoint(URI.create(server.baseUrl()))
                .credentials(FusionCredentials.login("api-user", () -> PASSWORD)).retry(RetryOptions.none())
                .logBodies(true).build()) {
            fusion.msTeams(SUBSCRIPTION).users().checkVoice(USER_ID);
        } finally {
            http.detachAppender(captured);
            http.setLevel(before);
        }

        String logs = String.join("\n", captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        assertThat(logs).contains(LOGIN).contains("api-user");
        assertThat(logs).doesNotContain(PASSWORD, "acc-9f8e7d", "ref-1a2b3c", "acc-2nd-4d5e");
    }

    @Test
    void noSecretAppearsInToString() {
        FusionCredentials login = FusionCredentials.login("api-user", () -> PASSWORD).withTwoFactor(option -> "123456");
        FusionCredentials token = FusionCredentials.token("tok-s3cret");
        assertThat(login.toString()).contains("api-user").doesNotContain(PASSWORD);
        assertThat(token.toString()).doesNotContain("tok-s3cret");
        try (FusionClient fusion = FusionClient.builder().endpoint(URI.create(server.baseUrl())).credentials(token).build()) {
            assertThat(fusion.toString()).doesNotContain("tok-s3cret");
        }
        try (FusionClient fusion = FusionClient.builder().endpoint(URI.create(server.baseUrl())).credentials(login).build()) {
            assertThat(fusion.toString()).doesNotContain(PASSWORD);
        }
    }
}
