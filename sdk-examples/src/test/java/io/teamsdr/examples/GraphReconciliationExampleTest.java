package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.graph.Difference;
import io.teamsdr.fusion.graph.ReconciliationSummary;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.fusion.model.VoiceEnabled;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphReconciliationExampleTest {

    @Test
    void reportsEveryDriftTheExampleMakesInTheDirectory() {
        CapturedOutput output = new CapturedOutput();
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            // teams() starts the embedded fake on first use.
            MsTeams teams = env.teams();
            long platformUsers = env.fakeFusion().orElseThrow().userCount();
            long voiceWithoutNumber = teams.users().list(UserQuery.builder()
                    .voiceEnabled(VoiceEnabled.YES).hasPhoneNumber(false).pageSize(999).build()).stream().count();

            ReconciliationSummary summary = GraphReconciliationExample.run(output.stream(), env, Map.of());

            assertThat(summary.platformUsers()).isEqualTo(platformUsers);
            // The example adds one user to the directory and removes another: the counts differ by none.
            assertThat(summary.directoryUsers()).isEqualTo(platformUsers);
            assertThat(summary.count(Difference.Kind.DIRECTORY_ONLY)).isEqualTo(1);
            assertThat(summary.count(Difference.Kind.PLATFORM_ONLY)).isEqualTo(1);
            assertThat(summary.count(Difference.Kind.DISPLAY_NAME)).isEqualTo(1);
            assertThat(summary.count(Difference.Kind.USAGE_LOCATION)).isEqualTo(1);
            assertThat(summary.count(Difference.Kind.LICENSES)).isEqualTo(1);
            assertThat(summary.count(Difference.Kind.VOICE_WITHOUT_NUMBER)).isEqualTo(voiceWithoutNumber);
        }
        assertThat(output.lines()).anySatisfy(line -> assertThat(line).contains("new.hire@"));
        assertThat(output.lines()).anySatisfy(line -> assertThat(line).startsWith("Read ").endsWith(" differences"));
    }
}
