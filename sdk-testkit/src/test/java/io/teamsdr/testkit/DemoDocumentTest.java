package io.teamsdr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.testkit.fusion.FusionDemoMarkdown;
import io.teamsdr.testkit.vsxi.VsxiDemoMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * DEMO.md is what the demo data generates: a change to the demo without regenerating the
 * document fails here. Regenerate with {@value #REGENERATE}.
 */
class DemoDocumentTest {

    static final String REGENERATE = "mvn -B -pl sdk-testkit -am verify -Dtest=DemoDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dteamsdr.writeDemo=true";
    private static final Path DOCUMENT = Path.of("DEMO.md");

    @Test
    void theCheckedInDocumentIsWhatTheDataGenerates() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("teamsdr.writeDemo")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("DEMO.md differs from the demo data; regenerate it: " + REGENERATE)
                .isEqualTo(generated);
    }

    static String generate() {
        return "# The demo data of both fakes\n\n"
                + "Generated from the data itself by `DemoDocumentTest`; do not edit by hand. After changing the demo "
                + "data, regenerate it:\n\n```\n" + REGENERATE + "\n```\n\n"
                + "Both fakes start with this data unless told otherwise (`emptyData()`, `seed(...)`), in the "
                + "standalone jar (`--seed demo`), the server builders and the JUnit extensions alike, and return to it "
                + "on every reset. What a fake invents beyond the API documents is listed in `FIDELITY.md`.\n\n"
                + FusionDemoMarkdown.markdown() + VsxiDemoMarkdown.markdown();
    }
}
