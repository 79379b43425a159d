package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.WaitOptions;
import io.teamsdr.fusion.model.OnboardingStatus;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountType;
import io.teamsdr.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered with its builder: own seed, switchable token, a client that never sleeps. */
class RegisteredFusionExtensionTest {

    private static final AtomicReference<String> TOKEN = new AtomicReference<>();

    @RegisterExtension
    static final FakeFusionExtension FUSION = FakeFusionExtension.builder()
            .seed(FusionSeed.builder(99)
                    .subscription("draas_v1", 5, s -> s.verifiedDomains("fabrikam.onmicrosoft.com")
                            .license(FusionDemo.RESOURCE_ACCOUNT_SKU, "PHONESYSTEM_VIRTUALUSER", "Resource Account",
                                    2, VoiceCapability.YES)
                            .numbers("+3225409000", 5)
                            .user("Only User", u -> u.location("BE")))
                    .build())
            .clientToken(server -> TOKEN.get() != null ? TOKEN.get() : server.adminToken())
            .client(c -> c.sleeper(duration -> { }).retry(RetryOptions.defaults().withMaxAttempts(3)))
            .build();

    @RepeatedTest(2)
    void everyTestStartsFromTheSeed() {
        TOKEN.set(null);
        MsTeams teams = FUSION.msTeams();
        assertThat(teams.users().list().stream().toList()).hasSize(1);
        teams.users().delete(FUSION.server().userIdByUpn("only.user@fabrikam.onmicrosoft.com").orElseThrow());
        assertThat(FUSION.server().userCount()).isZero();
    }

    @Test
    void missingRoleIsAForbiddenExceptionNamingIt() {
        TOKEN.set(FUSION.server().readOnlyToken());
        try {
            String id = FUSION.server().userIdByUpn("only.user@fabrikam.onmicrosoft.com").orElseThrow();
            assertThatThrownBy(() -> FUSION.msTeams().users().delete(id))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.requiredRole())
                            .hasValue(FusionRoles.USERS_INSTANCE_DELETE));
            assertThat(FUSION.msTeams().users().list().stream().toList()).hasSize(1);
        } finally {
            TOKEN.set(null);
        }
    }

    @Test
    void retriesThroughInjectedOutages() {
        FUSION.server().faults().on("GET", "/api/**/msteams/status").times(2)
                .respond(503, "{\"error\":{\"code\":503,\"reason\":\"maintenance\"}}").retryAfter(Duration.ofSeconds(30));
        assertThat(FUSION.msTeams().status().get().status()).isEqualTo(OnboardingStatus.ONBOARDED);
        List<RecordedRequest> calls = FUSION.server().journal().requests("GET", "/api/**/msteams/status");
        assertThat(calls).extracting(RecordedRequest::status).containsExactly(503, 503, 200);
    }

    @Test
    void createAndWaitPollsUntilTheAccountSettles() {
        ResourceAccount account = FUSION.msTeams().resourceAccounts().createAndWait(ResourceAccountCreate.builder()
                        .accountType(ResourceAccountType.CALL_QUEUE)
                        .userPrincipalName("queue@fabrikam.onmicrosoft.com").displayName("Queue").location("BE")
                        .phoneNumber("+3225409001").build(),
                WaitOptions.timeout(Duration.ofMinutes(1)).withPollInterval(Duration.ofSeconds(1)));
        assertThat(account.isSettled()).isTrue();
        assertThat(account.msTeams().phoneNumber()).hasValue("+3225409001");
        assertThat(FUSION.server().journal().requests("GET", "/api/**/resource_accounts")).hasSizeGreaterThan(1);
        assertThat(FUSION.server().freeLicenses("PHONESYSTEM_VIRTUALUSER")).isEqualTo(1);
    }
}
