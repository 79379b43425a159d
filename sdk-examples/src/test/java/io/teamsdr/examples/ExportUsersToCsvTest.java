package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportUsersToCsvTest {

    @Test
    void writesOneRowPerUserOfTheFake(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("users.csv");
        CapturedOutput output = new CapturedOutput();
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            long rows = ExportUsersToCsv.run(output.stream(), env, file, false);

            FakeFusionServer fake = env.fakeFusion().orElseThrow();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(rows).isEqualTo(fake.userCount());
            assertThat(lines).hasSize(fake.userCount() + 1);
            assertThat(lines.get(0)).isEqualTo(String.join(",", ExportUsersToCsv.COLUMNS));
            assertThat(output.lines()).containsSubsequence("  page 1: 200 rows written", "  page 2: 260 rows written",
                    "Wrote 260 users (2 pages) to " + file.toAbsolutePath());
            // Streamed: one users-list request per page, no more.
            assertThat(fake.journal().requests("GET", fake.subscriptionPath() + "/msteams/users")).hasSize(2);
        }
    }

    @Test
    void rowsCarryTheFusionDataAndSurviveQuoting(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("users.csv");
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            ExportUsersToCsv.run(new CapturedOutput().stream(), env, file, false);
        }
        List<String> thomas = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(Csv::parse)
                .filter(row -> row.get(1).equals(FusionDemo.THOMAS_UPN)).findFirst().orElseThrow();
        assertThat(thomas).hasSize(ExportUsersToCsv.COLUMNS.size());
        assertThat(thomas.get(2)).isEqualTo("Thomas Anderson");
        assertThat(thomas.get(3)).isEqualTo("NL");
        assertThat(thomas.get(5)).isEqualTo("MCOCAP;STANDARDPACK");
        assertThat(thomas.get(6)).isEqualTo("Global Administrator");
        assertThat(thomas.get(7)).isEqualTo(FusionDemo.THOMAS_NUMBER);
        assertThat(thomas.get(8)).isEqualTo("active");
        assertThat(thomas.get(12)).isEqualTo("test-sku");
        assertThat(dir.resolve("users.csv.part")).doesNotExist();
    }
}
