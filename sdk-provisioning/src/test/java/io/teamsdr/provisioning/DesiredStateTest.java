package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.core.ValidationException;
import org.junit.jupiter.api.Test;

class DesiredStateTest {

    @Test
    void everyProblemOfAStateBuiltInCodeIsReportedAtOnce() {
        DesiredState.Builder builder = DesiredState.builder()
                .subscription(FusionSubscription.of("draas_v1", "not-a-uuid", 42))
                .sbcTenant(SbcTenant.builder().tenantId("1004").tenantName("Contoso").microsoftFqdn("localhost")
                        .localIp("300.1.1.1").did("+3225405299").pbxId("12346").spId("2").build())
                .user(VoiceUser.builder("alice@contoso.example", "+3225405201").location("be").build())
                .user(VoiceUser.builder("bob@contoso.example", "+3225405201").build())
                .resourceAccount(ResourceAccountSpec.of("alice@contoso.example", ResourceAccountKind.CALL_QUEUE, " ",
                        "BE", null));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(DesiredStateException.class, invalid -> {
            assertThat(invalid.problems()).extracting(StateProblem::field).containsExactly("fusion.tenantUuid",
                    "sbc.microsoftFqdn", "sbc.localIp", "users[0].location", "users[1].number",
                    "resourceAccounts[0].displayName", "resourceAccounts[0].upn");
            assertThat(invalid.problems()).allSatisfy(problem -> {
                assertThat(problem.source()).isEmpty();
                assertThat(problem.line()).isEmpty();
            });
            assertThat(invalid.problems().get(4).toString())
                    .isEqualTo("users[1].number = '+3225405201': already given to users[0]; each must be unique");
            assertThat(invalid).isInstanceOf(ValidationException.class);
            assertThat(invalid.violations()).hasSize(7);
        });
    }

    @Test
    void repeatedLicensesAndGroupsCollapseAndUpnsMatchWithoutCase() {
        DesiredState state = DesiredState.builder()
                .subscription(FusionSubscription.of("draas_v1", "27b418d0-b197-483d-a0b8-da90407a92c4", 42))
                .sbcTenant(Platforms.tenant())
                .user(VoiceUser.builder("Alice@Contoso.example", "+3225405201").licenses("MCOEV", "MCOEV")
                        .groups("Sales", "Benelux", "Sales").build())
                .build();

        assertThat(state.users().get(0).licenses()).containsExactly("MCOEV");
        assertThat(state.users().get(0).groups()).containsExactly("Sales", "Benelux");
        assertThat(state.user("alice@contoso.EXAMPLE")).isPresent();
        assertThat(state.unlistedUsers()).isEqualTo(UnlistedUsers.KEEP);
        assertThat(state.toString()).contains("1 users").contains("unlisted users keep");
    }

    @Test
    void aStateCanBeMovedToAnotherSubscription() {
        DesiredState state = DesiredState.builder()
                .subscription(FusionSubscription.of("draas_v1", "27b418d0-b197-483d-a0b8-da90407a92c4", 42))
                .sbcTenant(Platforms.tenant())
                .user(VoiceUser.builder("alice@contoso.example", "+3225405201").build())
                .build();

        DesiredState moved = state.withSubscription(FusionSubscription.of("draas_v2", "0b3f8e52-7f0c-4a57-9d4f-4b2f1f0e2a11", 7));

        assertThat(moved.subscription().subscriptionId()).isEqualTo(7);
        assertThat(moved.users()).isEqualTo(state.users());
        assertThat(moved.sbcTenant()).isEqualTo(state.sbcTenant());
    }
}
