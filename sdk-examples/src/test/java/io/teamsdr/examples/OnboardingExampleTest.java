package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.testkit.FaultRule;
import io.teamsdr.testkit.RecordedRequest;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.testkit.vsxi.VsxiDemoData;
import io.teamsdr.testkit.vsxi.VsxiEndpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Runs the README's main example in-process against both fakes and checks what it printed and did. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingExampleTest {
    private ExampleEnvironment env;
    private final CapturedOutput output = new CapturedOutput();
    private final List<String> generatedPasswords = Collections.synchronizedList(new ArrayList<>());
    private OnboardingReport report;

    @BeforeAll
    void runTheExampleOnce() {
        env = ExampleEnvironment.from(Map.of());
        SipPasswords passwords = new SipPasswords();
        Supplier<String> recording = () -> {
            String password = passwords.next();
            generatedPasswords.add(password);
            return password;
        };
        report = new OnboardingExample(env, OnboardingOptions.defaults(), false, recording).run(output.stream());
    }

    @AfterAll
    void stopTheFakes() {
        env.close();
    }

    @Test
    void endsWithExitCodeZeroAndTheReport() {
        assertThat(report.exitCode()).as(output.text()).isZero();
        assertThat(output.lines()).contains("== Report", "  Done: every step ran (exit code 0).");
        assertThat(report.lines()).extracting(OnboardingReport.Line::label)
                .containsExactly("tenant", "users", "bulk update", "call queue", "SBC");
        assertThat(report.value("tenant")).hasValue("onboarded, ready for provisioning");
        assertThat(report.value("users")).hasValue(FusionDemo.USER_COUNT + " listed in 3 pages, 145 with a number");
        assertThat(report.value("bulk update"))
                .hasValue("24 sent in 5 requests: 19 enabled, 5 refused by Fusion; 1 rejected before sending");
        assertThat(report.value("call queue")).hasValueSatisfying(value ->
                assertThat(value).startsWith("support.queue@contoso.onmicrosoft.com +3225405295, status active"));
        assertThat(report.value("SBC")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("tenant 1004 and 164 SIP users committed as ")
                .endsWith("(confirmed), then rolled back (0 SIP users left)"));
    }

    @Test
    void printsTheTenantAndTheUserSummary() {
        assertThat(output.lines()).contains(
                "  onboarding       onboarded",
                "  Fusion domain    dr.contoso.com (verified)",
                "  page 1: 100 users so far, next page on its way",
                "  page 3: 260 users so far (last page)",
                "  260 users in 3 pages",
                "  with a number    145",
                "  by country       BE 74 (41 with a number), DE 43 (20), FR 48 (29), GB 36 (22), NL 59 (33)");
        // Not a console: progress is printed as plain lines, never redrawn with carriage returns.
        assertThat(output.text()).doesNotContain("\r");
    }

    @Test
    void reportsEveryBulkOutcomeIncludingThePartialFailures() {
        assertThat(output.lines()).contains(
                "    line 15  julia.meijer@contoso.onmicrosoft.com: number = '030 286 1254': E.164 number: '+' and 2..15 digits",
                "  [########################] 24/24 users sent, 5 requests answered",
                "  Result: partial, 19 succeeded, 5 failed:");
        assertThat(output.lines()).anySatisfy(line -> assertThat(line)
                .contains("emma.peeters@contoso.onmicrosoft.com", "+3225405290", "ok"));
        assertThat(output.lines()).anySatisfy(line -> assertThat(line)
                .contains("noah.jacobs@contoso.onmicrosoft.com", "FAILED  2030 No free license left for MCOEV"));
        assertThat(output.lines()).anySatisfy(line -> assertThat(line)
                .contains("luuk.vos@contoso.onmicrosoft.com", "FAILED  2023"));
        assertThat(output.lines()).anySatisfy(line -> assertThat(line)
                .contains("jan.de.wit@contoso.onmicrosoft.com", "FAILED  2010"));
        assertThat(output.lines()).anySatisfy(line -> assertThat(line)
                .contains("camille.petit@contoso.onmicrosoft.com", "FAILED  2031"));
    }

    @Test
    void changedFusionAsReported() {
        FakeFusionServer fusion = env.fakeFusion().orElseThrow();
        assertThat(fusion.numberHolder("+3225405290")).isEqualTo(fusion.userIdByUpn(FusionDemo.ROLLOUT_UPNS.get(0)));
        assertThat(fusion.numberHolder("+3225405293")).as("refused for want of a license").isEmpty();
        assertThat(fusion.freeLicenses("MCOEV")).isZero();
        assertThat(fusion.numberHolder("+3225405295")).as("the call queue's number").isPresent();
    }

    @Test
    void committedThenRolledBackTheSbc() {
        FakeVsxiServer vsxi = env.fakeVsxi().orElseThrow();
        assertThat(output.lines()).contains(
                "  Uploaded: 1 tenant row and 164 SIP user rows accepted",
                "  Draft status: tenants +1 ~0 -0; users +164 ~0 -0",
                "    tenants/1004.cfg.diff (+355 -0 lines)",
                "  Check after commit: 164 of 164 SIP users read back from the SBC with their DIDs");
        List<RecordedRequest> commits = vsxi.journal().requests("POST", vsxi.path(VsxiEndpoint.COMMIT));
        List<RecordedRequest> rollbacks = vsxi.journal().requests("POST", vsxi.baseUrl().getPath() + "/teams/rollback/*");
        assertThat(commits).hasSize(1);
        assertThat(rollbacks).hasSize(1);
        // Recovered: the history and the tenants are those of the demo data again, and no draft is left open.
        assertThat(vsxi.sessions()).extracting(session -> session.description())
                .containsExactly(VsxiDemoData.DEMO_COMMIT_DESCRIPTION);
        assertThat(vsxi.tenantIds()).containsExactlyInAnyOrderElementsOf(VsxiDemoData.TENANT_IDS);
        assertThat(vsxi.activeDraftId()).isEmpty();
    }

    @Test
    void neverPrintsASipPassword() {
        assertThat(generatedPasswords).hasSize(164);
        String printed = output.text();
        assertThat(generatedPasswords).noneSatisfy(password -> assertThat(printed).contains(password));
        assertThat(printed).doesNotContain("sha256:");
    }

    @Test
    void dryRunReadsButWritesNothing() {
        CapturedOutput dry = new CapturedOutput();
        try (ExampleEnvironment fresh = ExampleEnvironment.from(Map.of())) {
            OnboardingReport dryReport = new OnboardingExample(fresh, OnboardingOptions.parse("--dry-run"), false)
                    .run(dry.stream());

            assertThat(dryReport.exitCode()).as(dry.text()).isZero();
            assertThat(dry.lines()).contains("  Dry run: would create call queue support.queue@contoso.onmicrosoft.com"
                    + " with +3225405295");
            assertThat(dryReport.value("bulk update")).hasValue("dry run: 24 users valid, 1 rejected; nothing sent");
            assertThat(dryReport.value("SBC")).hasValue("dry run: tenant 1004 and 145 SIP users not written");
            assertThat(fresh.fakeFusion().orElseThrow().journal().requests(request -> !request.method().equals("GET")))
                    .isEmpty();
            assertThat(fresh.fakeVsxi().orElseThrow().journal().requests(request -> !request.method().equals("GET")))
                    .isEmpty();
        }
    }

    @Test
    void aFailingStepStopsTheRunWithExitCodeOne() {
        CapturedOutput failed = new CapturedOutput();
        try (ExampleEnvironment fresh = ExampleEnvironment.from(Map.of())) {
            FakeFusionServer fusion = startedFusion(fresh);
            fusion.faults().on("GET", fusion.subscriptionPath() + "/msteams/status")
                    .respond(500, "{\"error\":{\"code\":500,\"reason\":\"Internal error\"}}");

            OnboardingReport failedReport = new OnboardingExample(fresh, OnboardingOptions.defaults(), false)
                    .run(failed.stream());

            assertThat(failedReport.exitCode()).isEqualTo(1);
            assertThat(failed.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("  FAILED at step 1. tenant status: ServerException: GET ")
                    .contains("failed with HTTP 500 (code 500: Internal error)"));
            assertThat(failed.text()).doesNotContain("== 2. Users");
        }
    }

    @Test
    void aFailedCommitCheckIsRolledBackAndFailsTheRun() {
        CapturedOutput failed = new CapturedOutput();
        try (ExampleEnvironment fresh = ExampleEnvironment.from(Map.of())) {
            fresh.vsxi();
            FakeVsxiServer vsxi = fresh.fakeVsxi().orElseThrow();
            // The check reads the users back; make that read fail, as if the SBC were unhealthy after the commit.
            FaultRule unreadable = vsxi.fault(VsxiEndpoint.LIST_USERS).respond(500, "{\"error\":{\"code\":\"E\",\"reason\":\"busy\"}}");

            OnboardingReport failedReport = new OnboardingExample(fresh, OnboardingOptions.defaults(), false)
                    .run(failed.stream());

            assertThat(unreadable.firedCount()).isPositive();
            assertThat(failedReport.exitCode()).isEqualTo(1);
            assertThat(failed.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("  FAILED at step 5. mirror onto the SBC: IllegalStateException: the check after the commit failed")
                    .endsWith("was rolled back; the SBC is as before"));
            assertThat(vsxi.sessions()).extracting(session -> session.description())
                    .containsExactly(VsxiDemoData.DEMO_COMMIT_DESCRIPTION);
            assertThat(vsxi.tenantIds()).doesNotContain("1004");
        }
    }

    private static FakeFusionServer startedFusion(ExampleEnvironment env) {
        env.fusion();
        return env.fakeFusion().orElseThrow();
    }
}
