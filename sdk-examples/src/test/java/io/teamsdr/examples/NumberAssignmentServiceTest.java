package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.core.BadRequestException;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.testkit.fusion.FakeFusionExtension;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A model for testing your own code against the fake Fusion server: {@link NumberAssignmentService}
 * is "the application", and each test checks what a user of it would check, through real HTTP.
 *
 * <p>The extension starts one fake server for the class, puts it back to the demo data before
 * every test (so tests do not see each other's changes), and hands each test the server and a
 * client's {@link MsTeams} as parameters. When a test fails it prints the requests the fake
 * received. With default settings, {@code @WithFakeFusion} on the class does the same without a
 * field.
 */
class NumberAssignmentServiceTest {

    @RegisterExtension
    static final FakeFusionExtension FUSION = FakeFusionExtension.builder().build();

    /** The demo's Brussels block: its first numbers are held by demo users. */
    private static final NumberBlock BRUSSELS = NumberBlock.of("+3225405200", 100);

    /** A demo user who may use voice (Teams Phone licence) but has no number yet. */
    private static final String AMELIE = "amelie.van.damme@" + FusionDemo.DOMAIN;

    @Test
    void givesTheUserTheFirstNumberNobodyHolds(MsTeams teams, FakeFusionServer fusion) {
        String amelie = fusion.userIdByUpn(AMELIE).orElseThrow();
        // The expectation comes from the fake's state, not from a number copied out of the demo data.
        String firstFree = BRUSSELS.numbers().stream().filter(n -> fusion.numberHolder(n).isEmpty()).findFirst().orElseThrow();

        NumberAssignmentService.Assignment assignment = new NumberAssignmentService(teams, BRUSSELS).assignNextFreeNumber(amelie);

        assertThat(assignment.number()).isEqualTo(firstFree);
        assertThat(assignment.alreadyHeld()).isFalse();
        // What matters to the user: Fusion now links the number to her ...
        assertThat(fusion.numberHolder(firstFree)).hasValue(amelie);
        assertThat(teams.users().get(amelie).phoneNumber()).hasValue(firstFree);
        // ... and the service wrote once, nothing else.
        assertThat(fusion.journal().requests(request -> !request.method().equals("GET"))).hasSize(1);
    }

    @Test
    void leavesAUserWhoHasANumberAlone(MsTeams teams, FakeFusionServer fusion) {
        String thomas = fusion.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();

        NumberAssignmentService.Assignment assignment = new NumberAssignmentService(teams, BRUSSELS).assignNextFreeNumber(thomas);

        assertThat(assignment.alreadyHeld()).isTrue();
        assertThat(assignment.number()).isEqualTo(FusionDemo.THOMAS_NUMBER);
        assertThat(fusion.journal().requests(request -> !request.method().equals("GET"))).isEmpty();
    }

    @Test
    void movesOnWhenAnotherAdministratorTookTheNumberMeanwhile(MsTeams teams, FakeFusionServer fusion) {
        String amelie = fusion.userIdByUpn(AMELIE).orElseThrow();
        // Simulates the race: the first assignment is refused as Fusion refuses a number taken since
        // the listing. Fault rules are cleared before the next test by the extension.
        fusion.faults().on("PUT", fusion.subscriptionPath() + "/msteams/users/*/phone_number").times(1)
                .respond(400, "{\"error\":{\"code\":2023,\"reason\":\"Phone number is already linked to another user\"}}");

        NumberAssignmentService.Assignment assignment = new NumberAssignmentService(teams, BRUSSELS).assignNextFreeNumber(amelie);

        assertThat(fusion.journal().requests("PUT", fusion.subscriptionPath() + "/msteams/users/*/phone_number"))
                .hasSize(2);
        assertThat(fusion.numberHolder(assignment.number())).hasValue(amelie);
    }

    @Test
    void saysSoWhenTheBlockIsFull(MsTeams teams, FakeFusionServer fusion) {
        String amelie = fusion.userIdByUpn(AMELIE).orElseThrow();
        NumberBlock taken = NumberBlock.of(FusionDemo.THOMAS_NUMBER, 1);

        assertThatThrownBy(() -> new NumberAssignmentService(teams, taken).assignNextFreeNumber(amelie))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no free number left in the block of 1 from " + FusionDemo.THOMAS_NUMBER);
        assertThat(teams.users().get(amelie).phoneNumber()).isEmpty();
    }

    @Test
    void passesOnFusionsRefusalOfAUserWithoutAVoiceLicence(MsTeams teams, FakeFusionServer fusion) {
        String john = fusion.userIdByUpn(FusionDemo.JOHN_UPN).orElseThrow();

        assertThatThrownBy(() -> new NumberAssignmentService(teams, BRUSSELS).assignNextFreeNumber(john))
                .isInstanceOfSatisfying(BadRequestException.class,
                        refused -> assertThat(refused.errorCode()).hasValue("2031"));
        assertThat(teams.users().get(john).phoneNumber()).isEmpty();
    }
}
