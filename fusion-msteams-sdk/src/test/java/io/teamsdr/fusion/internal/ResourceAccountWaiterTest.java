package io.teamsdr.fusion.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.Sleeper;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.ResourceAccountsApi;
import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.WaitTimeoutException;
import io.teamsdr.fusion.async.ResourceAccountsApiAsync;
import io.teamsdr.fusion.model.FusionUserStatus;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The resource account waiters: they poll the list (#14) until Microsoft has applied a creation or
 * change. Time is a fake clock that the injected sleeper advances, so nothing really sleeps.
 */
class ResourceAccountWaiterTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = ResourceAccountsApiTest.PATH;
    private static final String ID = "a43939f1-a4c6-4412-b6e3-23365d720129";
    private static final String UPN = "my_call_queue@netaxisdev.onmicrosoft.com";
    private static final Duration POLL = Duration.ofSeconds(2);

    /** A clock that only moves when the waiter sleeps. */
    static final class SteppedClock extends Clock {
        private volatile Instant now = Instant.parse("2024-08-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final SteppedClock clock = new SteppedClock();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Sleeper sleeper = duration -> {
        sleeps.add(duration);
        clock.advance(duration);
    };
    private final Transport transport = ResourceApiFixture.against(server).clock(clock).sleeper(sleeper).build();
    private final ResourceAccountsApi accounts = ResourceApiFixture.msTeams(transport).resourceAccounts();
    private final ResourceAccountsApiAsync accountsAsync = ResourceApiFixture.msTeamsAsync(transport).resourceAccounts();

    @AfterEach
    void close() {
        transport.close();
    }

    private static String listing(String draas) {
        return "{\"resourceAccounts\": [{\"msTeams\": {\"id\": \"" + ID + "\", \"userPrincipalName\": \"" + UPN + "\","
                + " \"displayName\": \"My First Call Queue\", \"location\": \"BE\", \"accountType\": \"call-queue\"}"
                + (draas == null ? "" : ", \"draas\": " + draas) + "}]}";
    }

    private static String withStatus(String status) {
        return listing("{\"id\": 122, \"customerLicenses\": [], \"phoneNumber\": \"+3225405239\", \"status\": \"" + status + "\"}");
    }

    private void listAnswers(String... bodies) {
        String state = STARTED;
        for (int i = 0; i < bodies.length; i++) {
            String next = i == bodies.length - 1 ? state : "poll-" + (i + 1);
            server.stubFor(get(urlEqualTo(PATH)).inScenario("list").whenScenarioStateIs(state)
                    .willSetStateTo(next).willReturn(okJson(bodies[i])));
            state = next;
        }
    }

    private static ResourceAccountCreate queue() {
        return ResourceAccountCreate.builder().accountType(ResourceAccountType.CALL_QUEUE).userPrincipalName(UPN)
                .displayName("My First Call Queue").location("BE").phoneNumber("+3225405239").build();
    }

    @Test
    void createAndWaitPollsUntilTheAccountIsListedAndSettled() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"id\": 122}")));
        listAnswers("{\"resourceAccounts\": []}", withStatus("creating"), withStatus("active"));

        ResourceAccount created = accounts.createAndWait(queue(), WaitOptions.timeout(Duration.ofMinutes(1))
                .withPollInterval(POLL));

        assertThat(created.id()).isEqualTo(ID);
        assertThat(created.status()).contains(FusionUserStatus.ACTIVE);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson(
                "{\"accountType\": \"call-queue\", \"userPrincipalName\": \"" + UPN + "\", \"displayName\":"
                        + " \"My First Call Queue\", \"location\": \"BE\", \"phoneNumber\": \"+3225405239\"}")));
        server.verify(3, getRequestedFor(urlEqualTo(PATH)));
        assertThat(sleeps).as("one pause between polls, of the injected interval").containsExactly(POLL, POLL);
    }

    @Test
    void createAndWaitFindsAnAccountWithoutFusionPartByItsPrincipalName() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"id\": 122}")));
        listAnswers("{\"resourceAccounts\": []}", listing(null));

        ResourceAccount created = accountsAsync.createAndWait(queue(), WaitOptions.timeout(Duration.ofMinutes(1))
                .withPollInterval(POLL)).join();

        assertThat(created.msTeams().userPrincipalName()).isEqualTo(UPN);
        assertThat(created.draas()).isEmpty();
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void awaitStatusReturnsAtOnceWhenTheConditionAlreadyHolds() {
        listAnswers(withStatus("active"));

        ResourceAccount settled = accounts.awaitStatus(ID, ResourceAccount::isSettled,
                WaitOptions.timeout(Duration.ofMinutes(1)));

        assertThat(settled.status()).contains(FusionUserStatus.ACTIVE);
        assertThat(sleeps).isEmpty();
        server.verify(1, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void awaitStatusAcceptsTheCallersOwnCondition() {
        listAnswers(withStatus("updating"), withStatus("syncing"), withStatus("active"));

        ResourceAccount seen = accounts.awaitStatus(ID,
                account -> account.status().filter(FusionUserStatus.SYNCING::equals).isPresent(),
                WaitOptions.timeout(Duration.ofMinutes(1)).withPollInterval(POLL));

        assertThat(seen.status()).contains(FusionUserStatus.SYNCING);
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void awaitStatusGivesUpAtTheTimeoutWithTheLastStateSeen() {
        listAnswers(withStatus("updating"));

        WaitTimeoutException failure = catchThrowableOfType(WaitTimeoutException.class,
                () -> accounts.awaitStatus(ID, ResourceAccount::isSettled,
                        new WaitOptions(Duration.ofSeconds(5), POLL)));

        assertThat(failure.lastSeen(ResourceAccount.class)).get()
                .extracting(ResourceAccount::status).isEqualTo(Optional.of(FusionUserStatus.UPDATING));
        assertThat(failure.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(failure.getMessage()).contains(ID).contains("may still complete");
        assertThat(sleeps).as("never sleeps past the deadline").containsExactly(POLL, POLL, Duration.ofSeconds(1));
        assertThat(failure.polls()).isEqualTo(4);
    }

    @Test
    void awaitStatusOfAnAccountNeverListedTimesOutWithNothingSeen() {
        listAnswers("{\"resourceAccounts\": []}");

        assertThatThrownBy(() -> accountsAsync.awaitStatus(ID, ResourceAccount::isSettled,
                new WaitOptions(Duration.ofSeconds(3), POLL)).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WaitTimeoutException.class, timeout -> {
                    assertThat(timeout.lastSeen(ResourceAccount.class)).isEmpty();
                    assertThat(timeout.getMessage()).contains("never listed");
                });
    }

    @Test
    void waitersValidateBeforeCreatingOrPolling() {
        assertThatThrownBy(() -> accounts.createAndWait(queue(), null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("wait");
        assertThatThrownBy(() -> accounts.awaitStatus("queue-1", ResourceAccount::isSettled,
                WaitOptions.timeout(Duration.ofSeconds(1)))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("resourceAccountId").hasMessageContaining("queue-1");
        assertThat(server.getAllServeEvents()).as("nothing was created or listed").isEmpty();
    }

    @Test
    void waitOptionsRefuseANonPositivePollInterval() {
        assertThatThrownBy(() -> WaitOptions.timeout(Duration.ofSeconds(1)).withPollInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WaitOptions.timeout(Duration.ofSeconds(1)).pollInterval()).isEqualTo(WaitOptions.DEFAULT_POLL_INTERVAL);
    }
}
