package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.testkit.fusion.FusionDemo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionExampleTest {

    @Test
    void planShowsWhatTheBundledStateWouldChangeAndWritesNothing() {
        CapturedOutput output = new CapturedOutput();
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            int exit = new ProvisionExample(env).run(ProvisionExample.Command.parse("plan"), output.stream());

            assertThat(exit).isEqualTo(ProvisionExample.OK);
            assertThat(output.text()).contains("teamsdr provision plan of provision-demo.yaml (bundled)")
                    .contains("  + user emma.peeters@" + FusionDemo.DOMAIN)
                    .contains("  ~ user " + FusionDemo.THOMAS_UPN + "\n      vrp : World-DRaaS -> Europe")
                    .contains("  + resource account support.queue@" + FusionDemo.DOMAIN + " (call-queue)")
                    .contains("  + tenant 1004")
                    .contains("  + SIP user thomas.anderson_1004")
                    .contains("Plan: Fusion 4 to add, 1 to change, 0 to remove; SBC 5 to add, 0 to change, 0 to remove.");
            assertThat(env.fakeVsxi().orElseThrow().tenantIds()).doesNotContain("1004");
        }
    }

    @Test
    void applyMakesItSoAndTheNextPlanIsEmptyWithoutPrintingAPassword() {
        CapturedOutput output = new CapturedOutput();
        List<String> passwords = new ArrayList<>();
        SipPasswords generator = new SipPasswords();
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            ProvisionExample example = new ProvisionExample(env, () -> {
                String password = generator.next();
                passwords.add(password);
                return password;
            });

            int exit = example.run(ProvisionExample.Command.parse("apply"), output.stream());

            assertThat(exit).as(output.text()).isEqualTo(ProvisionExample.OK);
            assertThat(output.text()).contains("  Fusion: [########################] 4/4 users sent")
                    .contains("  SBC: 4 SIP user rows written to the draft")
                    .contains("SBC: committed as session ")
                    .contains("Applied: 10 done, 0 refused, 0 skipped, 0 rolled back, 0 failed; SBC CONFIRMED")
                    .contains("Plan after the apply: No changes: Fusion and the SBC hold the desired state.");
            assertThat(env.fakeVsxi().orElseThrow().sipUsers()).contains("emma.peeters_1004", "thomas.anderson_1004");
            assertThat(passwords).hasSize(4);
            passwords.forEach(password -> assertThat(output.text()).doesNotContain(password));

            CapturedOutput again = new CapturedOutput();
            assertThat(example.run(ProvisionExample.Command.parse("apply"), again.stream())).isEqualTo(ProvisionExample.OK);
            assertThat(again.text()).contains("No changes").contains("Nothing to apply.");
        }
    }

    @Test
    void jsonIsOneDocumentForCi() throws IOException {
        CapturedOutput output = new CapturedOutput();
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            int exit = new ProvisionExample(env).run(ProvisionExample.Command.parse("plan", "--json"), output.stream());

            assertThat(exit).isEqualTo(ProvisionExample.OK);
            JsonNode plan = new ObjectMapper().readTree(output.text());
            assertThat(plan.at("/counts/fusion/add").asInt()).isEqualTo(4);
            assertThat(plan.at("/counts/sbc/add").asInt()).isEqualTo(5);
        }
    }

    @Test
    void aBadFileIsReportedWithItsLinesAndNothingHappens(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                sbc:
                  tenantId: 1004
                users:
                  - upn: someone@contoso.onmicrosoft.com
                    number: 0032 2 540 52 90
                """, StandardCharsets.UTF_8);
        CapturedOutput output = new CapturedOutput();
        try (ExampleEnvironment env = ExampleEnvironment.from(Map.of())) {
            int exit = new ProvisionExample(env).run(ProvisionExample.Command.parse("apply", "--file=" + file),
                    output.stream());

            assertThat(exit).isEqualTo(ProvisionExample.FAILED);
            assertThat(output.text()).contains("nothing was read or written")
                    .contains(file + ":5: users[0].number = '0032 2 540 52 90'");
        }
    }

    @Test
    void unknownArgumentsAreUsageErrors() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProvisionExample.Command.parse("destroy"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destroy");
    }
}
