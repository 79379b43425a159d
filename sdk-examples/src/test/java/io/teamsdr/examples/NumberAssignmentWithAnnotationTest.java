package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.fusion.MsTeams;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.fusion.WithFakeFusion;
import org.junit.jupiter.api.Test;

/**
 * The same kind of test as {@link NumberAssignmentServiceTest}, with the annotation instead of a
 * field: the demo data and an administrator's token, nothing to configure.
 */
@WithFakeFusion
class NumberAssignmentWithAnnotationTest {

    @Test
    void assignsTheFirstNumberOfAnUnusedBlock(MsTeams teams, FakeFusionServer fusion) {
        String amelie = fusion.userIdByUpn("amelie.van.damme@" + FusionDemo.DOMAIN).orElseThrow();
        NumberBlock unused = NumberBlock.of("+3225405280", 10);
        assertThat(unused.numbers()).allSatisfy(number -> assertThat(fusion.numberHolder(number)).isEmpty());

        NumberAssignmentService.Assignment assignment = new NumberAssignmentService(teams, unused).assignNextFreeNumber(amelie);

        assertThat(assignment.number()).isEqualTo("+3225405280");
        assertThat(fusion.numberHolder("+3225405280")).hasValue(amelie);
    }
}
