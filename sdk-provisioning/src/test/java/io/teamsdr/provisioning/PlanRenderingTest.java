package io.teamsdr.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanRenderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Platforms platforms;
    private Provisioner provisioner;

    @BeforeAll
    void start() {
        platforms = new Platforms();
        provisioner = platforms.provisioner();
    }

    @AfterAll
    void stop() {
        platforms.close();
    }

    @BeforeEach
    void reset() {
        platforms.reset();
    }

    @Test
    void theTextShowsEachActionWithItsValuesAndReasonLikeTerraformPlan() {
        Plan plan = provisioner.plan(platforms.desired().build());

        String text = plan.toText();

        assertThat(text).startsWith("teamsdr plan: subscription 42 of tenant " + platforms.fusionFake.tenantUuid()
                + " on draas_v1, SBC tenant 1004\nRead 5 Fusion users (0 read one by one), 0 resource accounts, "
                + "1 SBC tenants, 1 SIP users; fingerprint " + plan.fingerprint().shortValue() + "\n");
        assertThat(text).contains("""

                Fusion
                  + user alice@contoso.example
                      number   = +3225405201
                      vrp      = Belgium-National
                      licenses : SPE_E3 -> SPE_E3, MCOEV
                      groups   = Benelux
                      # listed in the desired state; holds no number on Fusion yet
                """);
        assertThat(text).contains("""
                  + resource account queue@contoso.example (call-queue)
                      type        = call-queue
                      displayName = Support Queue
                      location    = BE
                      number      = +3225405219
                """);
        assertThat(text).contains("""
                SBC tenant 1004
                  + tenant 1004
                      tenantName    = Contoso
                """);
        assertThat(text).contains("""
                  + SIP user alice_1004
                      did = +3225405201
                      sipPassword from the password provider at apply time (never shown)
                      mirrors alice@contoso.example
                """);
        assertThat(text).endsWith("\nPlan: Fusion 3 to add, 0 to change, 0 to remove; SBC 3 to add, 0 to change, "
                + "0 to remove.\n");
    }

    @Test
    void theJsonCarriesCountsActionsAndTheFingerprint() throws Exception {
        Plan plan = provisioner.plan(platforms.desired().user(VoiceUser.builder("ghost@contoso.example",
                "+3225405204").build()).build());

        JsonNode json = JSON.readTree(plan.toJson());

        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("empty").asBoolean()).isFalse();
        assertThat(json.at("/counts/fusion/add").asInt()).isEqualTo(3);
        assertThat(json.at("/counts/sbc/add").asInt()).isEqualTo(3);
        assertThat(json.at("/counts/conflicts").asInt()).isEqualTo(1);
        assertThat(json.at("/fingerprint/value").asText()).isEqualTo(plan.fingerprint().value());
        assertThat(json.at("/fingerprint/parts").size()).isEqualTo(6);
        assertThat(json.get("actions")).hasSize(6);
        JsonNode alice = json.get("actions").get(0);
        assertThat(alice.get("type").asText()).isEqualTo("user");
        assertThat(alice.get("kind").asText()).isEqualTo("add");
        assertThat(alice.get("upn").asText()).isEqualTo(Platforms.ALICE);
        assertThat(alice.at("/changes/0/field").asText()).isEqualTo("number");
        assertThat(alice.at("/changes/0/before").isNull()).isTrue();
        assertThat(alice.at("/changes/0/after").asText()).isEqualTo(Platforms.ALICE_NUMBER);
        assertThat(json.at("/conflicts/0/subject").asText()).isEqualTo("user ghost@contoso.example");
        StringWriter streamed = new StringWriter();
        plan.writeJson(streamed);
        assertThat(streamed.toString()).isEqualTo(plan.toJson());
    }

    @Test
    void sipPasswordsNeverAppearInPlansReportsJsonOrLogs() throws Exception {
        Logger sdk = (Logger) LoggerFactory.getLogger("io.teamsdr");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        sdk.addAppender(logs);
        Level level = sdk.getLevel();
        sdk.setLevel(Level.TRACE);
        try {
            Plan plan = provisioner.plan(platforms.desired().build());
            ApplyReport report = provisioner.apply(plan);
            // A change of DID writes the row, and its password, again.
            Plan moved = provisioner.plan(DesiredState.builder().subscription(platforms.subscription())
                    .sbcTenant(Platforms.tenant()).user(VoiceUser.builder(Platforms.ALICE, Platforms.CAROL_NUMBER).build())
                    .build());
            ApplyReport movedReport = provisioner.apply(moved);

            assertThat(platforms.passwordsGiven).containsOnlyKeys("alice_1004", "bob_1004");
            assertThat(movedReport.sbcCommit().status()).isEqualTo(SbcCommitOutcome.Status.CONFIRMED);
            StringBuilder everything = new StringBuilder();
            for (Plan each : new Plan[] {plan, moved}) {
                everything.append(each.toText()).append(each.toJson()).append(each).append(each.actions());
            }
            for (ApplyReport each : new ApplyReport[] {report, movedReport}) {
                everything.append(each.toText()).append(each.toJson()).append(each).append(each.outcomes());
            }
            logs.list.forEach(event -> everything.append(event.getFormattedMessage()).append('\n'));
            assertThat(logs.list).isNotEmpty();
            for (String password : platforms.passwordsGiven.values()) {
                assertThat(everything.toString()).doesNotContain(password);
            }
            String journal = platforms.vsxiFake.journal().requests().stream().map(request -> request.body())
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(journal).contains("alice_1004").doesNotContain(platforms.passwordsGiven.get("alice_1004"));
        } finally {
            sdk.setLevel(level);
            sdk.detachAppender(logs);
        }
    }

    @Test
    void theReportSaysWhatWasDoneAndWhy() throws Exception {
        ApplyReport report = provisioner.apply(provisioner.plan(platforms.desired().build()));

        assertThat(report.summary()).isEqualTo("Applied: 6 done, 0 refused, 0 skipped, 0 rolled back, 0 failed; "
                + "SBC CONFIRMED session " + report.sbcCommit().session().orElseThrow() + ".");
        assertThat(report.toText()).contains("SBC: committed as session " + report.sbcCommit().session().orElseThrow()
                + ", confirmed by reading it back");
        JsonNode json = JSON.readTree(report.toJson());
        assertThat(json.get("complete").asBoolean()).isTrue();
        assertThat(json.at("/counts/done").asInt()).isEqualTo(6);
        assertThat(json.at("/sbc/status").asText()).isEqualTo("confirmed");
        assertThat(json.get("outcomes")).hasSize(6);
        assertThat(json.at("/outcomes/0/action/upn").asText()).isEqualTo(Platforms.ALICE);
    }
}
