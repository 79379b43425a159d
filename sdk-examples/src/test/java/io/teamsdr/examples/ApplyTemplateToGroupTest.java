package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TemplateResult;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplyTemplateToGroupTest {
    private static final String JULIA = "julia.meijer@contoso.onmicrosoft.com";

    @Test
    void printsBeforeAndAfterAndChangesTheUsers() {
        CapturedOutput output = new CapturedOutput();
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            ApplyTemplateToGroup.Result result = ApplyTemplateToGroup.run(output.stream(), env, "Sales", Optional.of("NL"), 2);

            TemplateResult julia = result.applied().get(JULIA);
            assertThat(julia.before().voiceRoutingPolicy()).isEmpty();
            assertThat(julia.after().voiceRoutingPolicy()).hasValue("Europe");
            assertThat(julia.after().licenses()).containsAll(julia.before().licenses()).hasSize(3);
            FakeFusionServer fake = env.fakeFusion().orElseThrow();
            TeamsUser stored = env.teams().users().get(fake.userIdByUpn(JULIA).orElseThrow());
            assertThat(stored.msTeams().voiceRoutingPolicy()).hasValue("Europe");
        }
        assertThat(output.lines()).containsSubsequence(
                "  Julia Meijer <" + JULIA + ">",
                "      location  NL",
                "    * vrp       (none)  ->  Europe",
                "      groups    All Company, Benelux, Sales",
                "    * licenses  SPE_E5  ->  SPE_E5, SPE_E3, MCOEV");
        assertThat(output.lines()).contains("Members: 13; changed 3, unchanged 6, refused 4");
    }

    @Test
    void aRefusedUserDoesNotStopTheOthers() {
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            ApplyTemplateToGroup.Result result = ApplyTemplateToGroup.run(new CapturedOutput().stream(), env, "Sales",
                    Optional.of("NL"), 2);

            // The demo tenant has 3 free Teams Phone seats: from the fourth user needing one on, the
            // template is applied partially (all but the licenses), a 400 the example reports.
            assertThat(result.failed()).hasSize(4).allSatisfy((upn, reason) -> assertThat(reason)
                    .startsWith("2030 The template NL-Sales was applied partially: licenses: No free license left for MCOEV"));
            assertThat(env.fakeFusion().orElseThrow().freeLicenses("MCOEV")).isZero();
        }
    }
}
