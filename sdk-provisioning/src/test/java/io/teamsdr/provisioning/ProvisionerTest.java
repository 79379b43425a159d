package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import static io.teamsdr.provisioning.Platforms.ALICE;
import static io.teamsdr.provisioning.Platforms.ALICE_NUMBER;
import static io.teamsdr.provisioning.Platforms.BOB;
import static io.teamsdr.provisioning.Platforms.BOB_NUMBER;
import static io.teamsdr.provisioning.Platforms.CAROL;
import static io.teamsdr.provisioning.Platforms.CAROL_NUMBER;
import static io.teamsdr.provisioning.Platforms.DAVE;
import static io.teamsdr.provisioning.Platforms.DAVE_NUMBER;
import static io.teamsdr.provisioning.Platforms.QUEUE;
import static io.teamsdr.provisioning.Platforms.QUEUE_NUMBER;
import static io.teamsdr.provisioning.Platforms.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.testkit.vsxi.VsxiEndpoint;
import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.Rows;
import io.teamsdr.vsxi.SbcTenantFilter;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisionerTest {
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
    void appliesFromNothingAndTheNextPlanIsEmpty() {
        Plan plan = provisioner.plan(platforms.desired().build());

        assertThat(plan.count(Platform.FUSION, ActionKind.ADD)).isEqualTo(3);
        assertThat(plan.sbcTenantAction()).hasValueSatisfying(action -> assertThat(action.kind()).isEqualTo(ActionKind.ADD));
        assertThat(plan.sipUserActions()).extracting(SipUserAction::sipUser).containsExactly("alice_1004", "bob_1004");
        assertThat(plan.conflicts()).isEmpty();

        ApplyReport report = provisioner.apply(plan);

        assertThat(report.outcomes()).allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(OutcomeStatus.DONE));
        assertThat(report.isComplete()).isTrue();
        assertThat(report.sbcCommit().status()).isEqualTo(SbcCommitOutcome.Status.CONFIRMED);
        MsTeams teams = platforms.teams();
        TeamsUser alice = teams.users().get(platforms.fusionFake.userIdByUpn(ALICE).orElseThrow());
        assertThat(alice.phoneNumber()).hasValue(ALICE_NUMBER);
        assertThat(alice.msTeams().voiceRoutingPolicy()).hasValue("Belgium-National");
        assertThat(alice.msTeams().groups()).extracting(group -> group.displayName()).contains("Benelux");
        assertThat(alice.msTeams().licenses()).extracting(license -> license.skuPartNumber()).contains("SPE_E3", "MCOEV");
        assertThat(platforms.fusionFake.numberHolder(QUEUE_NUMBER)).isPresent();
        assertThat(sipUsers()).containsEntry("alice_1004", ALICE_NUMBER).containsEntry("bob_1004", BOB_NUMBER);
        assertThat(platforms.vsxiFake.tenantIds()).contains(TENANT);
        assertThat(platforms.vsxiFake.sessions().get(0).session()).isEqualTo(report.sbcCommit().session().orElseThrow());

        Plan next = provisioner.plan(platforms.desired().build());

        assertThat(next.isEmpty()).as(next.toText()).isTrue();
        assertThat(next.drift()).isEmpty();
        assertThat(next.summary()).startsWith("No changes");
    }

    @Test
    void applyingTheSamePlanTwiceWritesNothingTheSecondTime() {
        Plan plan = provisioner.plan(platforms.desired().build());
        provisioner.apply(plan);
        int sessions = platforms.vsxiFake.sessions().size();

        assertThatThrownBy(() -> provisioner.apply(plan)).isInstanceOf(StalePlanException.class);

        assertThat(platforms.vsxiFake.sessions()).hasSize(sessions);
        ApplyReport again = provisioner.apply(provisioner.plan(platforms.desired().build()));
        assertThat(again.outcomes()).isEmpty();
        assertThat(again.sbcCommit().status()).isEqualTo(SbcCommitOutcome.Status.NOTHING_TO_DO);
        assertThat(platforms.vsxiFake.sessions()).hasSize(sessions);
    }

    @Test
    void aUserFusionRefusesForWantOfALicenseIsLeftOffTheSbcAndReported() {
        // Two Teams Phone seats are free: alice and bob take them, carol is refused.
        DesiredState desired = platforms.desired()
                .user(VoiceUser.builder(CAROL, CAROL_NUMBER).licenses("MCOEV").build()).build();
        Plan plan = provisioner.plan(desired);
        assertThat(plan.warnings()).anySatisfy(warning -> assertThat(warning).contains("MCOEV: 3 users need a seat and 2 are free"));

        ApplyReport report = provisioner.apply(plan);

        Outcome carol = outcome(report, "user " + CAROL);
        assertThat(carol.status()).isEqualTo(OutcomeStatus.REFUSED);
        assertThat(carol.reason()).contains("2030").contains("No free license");
        Outcome carolSip = outcome(report, "SIP user carol_1004");
        assertThat(carolSip.status()).isEqualTo(OutcomeStatus.SKIPPED);
        assertThat(carolSip.reason()).contains("Fusion did not accept " + CAROL).contains("2030");
        assertThat(report.isComplete()).isFalse();
        assertThat(report.sbcCommit().status()).isEqualTo(SbcCommitOutcome.Status.CONFIRMED);
        assertThat(sipUsers()).containsOnlyKeys("alice_1004", "bob_1004");
        assertThat(report.toText()).contains("Refused by the platform").contains("Skipped").contains(CAROL);
        assertThat(platforms.fusionFake.numberHolder(CAROL_NUMBER)).isEmpty();
    }

    @Test
    void aFailingCheckAfterTheCommitRollsTheSessionBack() {
        Plan plan = provisioner.plan(platforms.desired().build());
        int sessions = platforms.vsxiFake.sessions().size();
        // The apply reads the SBC's users twice: once to check the plan is not stale, once after the commit.
        // The second read answers as if the commit had lost the users.
        platforms.vsxiFake.fault(VsxiEndpoint.LIST_USERS).onCall(2).respond(200, "{\"users\":[]}");

        ApplyReport report = provisioner.apply(plan);

        assertThat(report.sbcCommit().status()).isEqualTo(SbcCommitOutcome.Status.ROLLED_BACK);
        assertThat(report.sbcCommit().reason()).contains("rolled back").contains("2 SIP users written are missing");
        assertThat(report.outcomes(OutcomeStatus.ROLLED_BACK)).extracting(Outcome::action)
                .extracting(PlannedAction::subject).containsExactly("tenant 1004", "SIP user alice_1004", "SIP user bob_1004");
        assertThat(platforms.vsxiFake.sessions()).hasSize(sessions);
        assertThat(platforms.vsxiFake.tenantIds()).doesNotContain(TENANT);
        assertThat(platforms.vsxiFake.sipUsers()).doesNotContain("alice_1004", "bob_1004");
        // Fusion keeps what it accepted; the next plan puts the SBC right.
        assertThat(outcome(report, "user " + ALICE).status()).isEqualTo(OutcomeStatus.DONE);
        Plan next = provisioner.plan(platforms.desired().build());
        assertThat(next.actions(Platform.FUSION)).isEmpty();
        assertThat(next.sipUserActions()).hasSize(2);
    }

    @Test
    void aStalePlanIsRefusedAndNothingIsWritten() {
        Plan plan = provisioner.plan(platforms.desired().build());
        // Meanwhile someone else gives carol a Teams Phone seat: one of the two the plan counted on.
        platforms.teams().users().assignLicenses(platforms.fusionFake.userIdByUpn(CAROL).orElseThrow(),
                List.of(Platforms.MCOEV_SKU));
        int requests = platforms.fusionFake.journal().requests().size();

        assertThatThrownBy(() -> provisioner.apply(plan))
                .isInstanceOfSatisfying(StalePlanException.class, stale -> {
                    assertThat(stale.changedParts()).containsExactly("fusion.users");
                    assertThat(stale).hasMessageContaining("The plan is stale").hasMessageContaining("make a new plan");
                });

        assertThat(platforms.fusionFake.journal().requests().stream().skip(requests)
                .filter(request -> !request.method().equals("GET"))).isEmpty();
        assertThat(platforms.vsxiFake.activeDraftId()).isEmpty();
        assertThat(platforms.vsxiFake.tenantIds()).doesNotContain(TENANT);
        ApplyReport replanned = provisioner.apply(provisioner.plan(platforms.desired().build()));
        assertThat(replanned.sbcCommit().status()).isEqualTo(SbcCommitOutcome.Status.CONFIRMED);
    }

    @Test
    void aHandChangeToTheGroupsOfAListedUserMakesThePlanStale() {
        provisioner.apply(provisioner.plan(platforms.desired().build()));
        Plan plan = provisioner.plan(platforms.desired().build());
        String alice = platforms.fusionFake.userIdByUpn(ALICE).orElseThrow();
        platforms.teams().users().updateGroups(alice, List.of(platforms.fusionFake.groupIdByName("Sales").orElseThrow()));

        assertThatThrownBy(() -> provisioner.apply(plan)).isInstanceOfSatisfying(StalePlanException.class,
                stale -> assertThat(stale.changedParts()).containsExactly("fusion.userDetails"));
    }

    @Test
    void aChangeToFusionUsersMakesThePlanStaleEvenForAUserTheStateDoesNotList() {
        Plan plan = provisioner.plan(platforms.desired().build());
        platforms.teams().users().releasePhoneNumber(platforms.fusionFake.userIdByUpn(DAVE).orElseThrow());

        assertThatThrownBy(() -> provisioner.apply(plan)).isInstanceOfSatisfying(StalePlanException.class,
                stale -> assertThat(stale.changedParts()).contains("fusion.users"));
    }

    @Test
    void driftMadeByDirectCallsShowsUpInThePlan() {
        provisioner.apply(provisioner.plan(platforms.desired().build()));
        MsTeams teams = platforms.teams();
        // By hand on Fusion: alice loses her number, and dave is given it.
        teams.users().releasePhoneNumber(platforms.fusionFake.userIdByUpn(ALICE).orElseThrow());
        teams.users().setPhoneNumber(platforms.fusionFake.userIdByUpn(DAVE).orElseThrow(), ALICE_NUMBER);
        // By hand on the SBC: bob's SIP user is deleted.
        try (Draft draft = platforms.vsxi.drafts().start()) {
            draft.deleteSipUsers(Rows.of(List.of("bob_1004")));
            draft.commit("hand edit");
        }

        Plan plan = provisioner.plan(platforms.desired().build());

        assertThat(plan.drift()).singleElement().satisfies(drift -> {
            assertThat(drift.kind()).isEqualTo(DriftKind.DID_HELD_BY_OTHER);
            assertThat(drift.subject()).isEqualTo("SIP user alice_1004");
            assertThat(drift.detail()).contains(ALICE_NUMBER).contains("Fusion gave to " + DAVE);
        });
        assertThat(plan.conflicts()).anySatisfy(conflict -> {
            assertThat(conflict.subject()).isEqualTo("user " + ALICE);
            assertThat(conflict.reason()).contains("held by " + DAVE);
        });
        assertThat(plan.sipUserActions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(ActionKind.ADD);
            assertThat(action.sipUser()).isEqualTo("bob_1004");
        });
        assertThat(plan.toText()).contains("Drift").contains("! SIP user alice_1004: has DID " + ALICE_NUMBER
                + ", which Fusion gave to " + DAVE).contains("+ SIP user bob_1004");
    }

    @Test
    void aNumberChangeMovesTheSipUserToTheNewDid() {
        provisioner.apply(provisioner.plan(platforms.desired().build()));
        DesiredState moved = DesiredState.builder().subscription(platforms.subscription()).sbcTenant(Platforms.tenant())
                .user(VoiceUser.builder(ALICE, CAROL_NUMBER).vrp("Belgium-National").licenses("MCOEV").build())
                .user(VoiceUser.builder(BOB, BOB_NUMBER).build())
                .resourceAccount(ResourceAccountSpec.of(QUEUE, ResourceAccountKind.CALL_QUEUE, "Support Queue", "BE",
                        QUEUE_NUMBER))
                .build();

        Plan plan = provisioner.plan(moved);

        assertThat(plan.userActions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(ActionKind.CHANGE);
            assertThat(action.changes()).containsExactly(FieldChange.of("number", ALICE_NUMBER, CAROL_NUMBER));
        });
        assertThat(plan.sipUserActions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(ActionKind.CHANGE);
            assertThat(action.changes()).containsExactly(FieldChange.of("did", ALICE_NUMBER, CAROL_NUMBER));
        });
        provisioner.apply(plan);
        assertThat(sipUsers()).containsEntry("alice_1004", CAROL_NUMBER);
        assertThat(provisioner.plan(moved).isEmpty()).isTrue();
    }

    @Test
    void releasingUnlistedUsersFreesTheirNumbersOnBothPlatforms() {
        DesiredState desired = platforms.desired().unlistedUsers(UnlistedUsers.RELEASE_NUMBERS).build();
        // A SIP user of tenant 1004 that nobody lists: deleted with the release policy.
        provisioner.apply(provisioner.plan(platforms.desired().build()));
        platforms.vsxiFake.simulateForeignCommit("hand edit", changes -> changes.user(TENANT, "dave_1004", "x1", DAVE_NUMBER));

        Plan plan = provisioner.plan(desired);

        assertThat(plan.userActions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(ActionKind.REMOVE);
            assertThat(action.upn()).isEqualTo(DAVE);
        });
        assertThat(plan.sipUserActions()).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(ActionKind.REMOVE);
            assertThat(action.sipUser()).isEqualTo("dave_1004");
            assertThat(action.mirrors()).hasValue(DAVE);
        });
        ApplyReport report = provisioner.apply(plan);
        assertThat(report.isComplete()).isTrue();
        assertThat(platforms.fusionFake.numberHolder(DAVE_NUMBER)).isEmpty();
        assertThat(platforms.vsxiFake.sipUsers()).doesNotContain("dave_1004").contains("2000_T");
        assertThat(provisioner.plan(desired).isEmpty()).isTrue();
    }

    @Test
    void keptUsersAreLeftAloneAndTheirNumbersAreConflicts() {
        DesiredState desired = platforms.desired().user(VoiceUser.builder(CAROL, DAVE_NUMBER).build()).build();

        Plan plan = provisioner.plan(desired);

        assertThat(plan.userActions()).extracting(UserAction::upn).containsExactly(ALICE, BOB);
        assertThat(plan.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.subject()).isEqualTo("user " + CAROL);
            assertThat(conflict.reason()).contains("number " + DAVE_NUMBER + " is held by " + DAVE)
                    .contains("unlistedUsers: keep");
        });
        assertThat(plan.sipUserActions()).extracting(SipUserAction::sipUser).doesNotContain("carol_1004");
    }

    @Test
    void aUserTakingTheNumberAnotherUserGivesUpGoesAfterIt() {
        provisioner.apply(provisioner.plan(platforms.desired().build()));
        DesiredState desired = DesiredState.builder().subscription(platforms.subscription()).sbcTenant(Platforms.tenant())
                .user(VoiceUser.builder(ALICE, ALICE_NUMBER).build())
                .user(VoiceUser.builder(BOB, CAROL_NUMBER).build())
                .user(VoiceUser.builder(DAVE, BOB_NUMBER).build())
                .resourceAccount(ResourceAccountSpec.of(QUEUE, ResourceAccountKind.CALL_QUEUE, "Support Queue", "BE",
                        QUEUE_NUMBER))
                .build();

        Plan plan = provisioner.plan(desired);

        // dave takes bob's number, so bob moves first (the upn order alone would put bob first anyway; the
        // dependency must hold whatever the names).
        assertThat(plan.userActions()).extracting(UserAction::upn).containsExactly(BOB, DAVE);
        ApplyReport report = provisioner.apply(plan);
        assertThat(report.outcomes(OutcomeStatus.DONE)).hasSize(report.outcomes().size());
        assertThat(platforms.fusionFake.numberHolder(BOB_NUMBER))
                .isEqualTo(platforms.fusionFake.userIdByUpn(DAVE));
    }

    @Test
    void swappedNumbersAreAConflict() {
        provisioner.apply(provisioner.plan(platforms.desired().build()));
        DesiredState swapped = DesiredState.builder().subscription(platforms.subscription()).sbcTenant(Platforms.tenant())
                .user(VoiceUser.builder(ALICE, BOB_NUMBER).build())
                .user(VoiceUser.builder(BOB, ALICE_NUMBER).build())
                .build();

        Plan plan = provisioner.plan(swapped);

        assertThat(plan.userActions()).isEmpty();
        assertThat(plan.conflicts()).extracting(Conflict::subject).containsExactlyInAnyOrder("user " + ALICE, "user " + BOB);
        assertThat(plan.conflicts()).allSatisfy(conflict -> assertThat(conflict.reason()).contains("swap"));
    }

    @Test
    void unknownNamesAndUsersOutsideTheTenantAreConflictsNotActions() {
        DesiredState desired = platforms.desired()
                .user(VoiceUser.builder(CAROL, CAROL_NUMBER).licenses("MCOEV_TYPO").build())
                .user(VoiceUser.builder("ghost@" + Platforms.DOMAIN, "+3225405204").build())
                .build();

        Plan plan = provisioner.plan(desired);

        assertThat(plan.conflicts()).extracting(Conflict::subject)
                .containsExactlyInAnyOrder("license 'MCOEV_TYPO'", "user ghost@" + Platforms.DOMAIN);
        assertThat(plan.conflicts()).filteredOn(conflict -> conflict.subject().startsWith("license"))
                .singleElement().satisfies(conflict -> assertThat(conflict.reason()).contains("MCOEV, PHONESYSTEM_VIRTUALUSER, SPE_E3")
                        .contains("1 user names it (" + CAROL + ")"));
        assertThat(plan.actions()).extracting(PlannedAction::subject)
                .doesNotContain("user " + CAROL, "SIP user carol_1004", "SIP user ghost_1004");
    }

    @Test
    void aPbxChangeIsAConflictButOtherTenantFieldsAreChanged() {
        provisioner.apply(provisioner.plan(platforms.desired().build()));
        SbcTenant changed = SbcTenant.builder().tenantId(TENANT).tenantName("Contoso NV").microsoftFqdn("dr.contoso.example")
                .localIp("192.0.2.40").did("+3225405299").pbxId("12345").spId("2").build();

        Plan plan = provisioner.plan(platforms.desired().sbcTenant(changed).build());

        assertThat(plan.sbcTenantAction()).hasValueSatisfying(action -> assertThat(action.changes())
                .containsExactly(FieldChange.of("tenantName", "Contoso", "Contoso NV")));
        assertThat(plan.conflicts()).singleElement().satisfies(conflict ->
                assertThat(conflict.reason()).startsWith("pbxId cannot change after the tenant was created"));
    }

    @Test
    void sipUserNamesTakenByAnotherTenantAreConflicts() {
        platforms.vsxiFake.simulateForeignCommit("other customer", changes ->
                changes.user("1001", "alice_1004", "x", "+15551001009"));

        Plan plan = provisioner.plan(platforms.desired().build());

        assertThat(plan.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.platform()).isEqualTo(Platform.SBC);
            assertThat(conflict.reason()).contains("alice_1004 is taken by tenant 1001");
        });
        assertThat(plan.sipUserActions()).extracting(SipUserAction::sipUser).containsExactly("bob_1004");
        assertThat(plan.drift()).extracting(Drift::subject).isEmpty();
    }

    @Test
    void progressIsReportedThroughTheSdkListener() {
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.teamsdr.core.ProgressListener listener = new io.teamsdr.core.ProgressListener() {
            @Override
            public void onPage(int pages, long items) {
                events.add("page " + pages + " " + items);
            }

            @Override
            public void onItems(long done, long total) {
                events.add("items " + done + "/" + total);
            }

            @Override
            public void onRows(long total) {
                events.add("rows " + total);
            }
        };

        Plan plan = provisioner.plan(platforms.desired().build(), listener);
        provisioner.apply(plan, listener);

        assertThat(events).contains("page 1 5", "items 2/2", "rows 2");
    }

    @Test
    void fusionUsersAreSentInBulkRequestsOfTheChosenSizeWithAResultEach() {
        Provisioner oneByOne = Provisioner.builder().fusion(platforms.fusion).vsxi(platforms.vsxi)
                .sipPasswords(account -> "pw-" + account.sipUser()).bulkBatchSize(1).build();

        ApplyReport report = oneByOne.apply(oneByOne.plan(platforms.desired().build()));

        assertThat(platforms.fusionFake.journal().requests("PUT", platforms.fusionFake.subscriptionPath()
                + "/msteams/users/bulk")).hasSize(2);
        assertThat(report.outcomes()).filteredOn(outcome -> outcome.action() instanceof UserAction)
                .extracting(Outcome::status).containsExactly(OutcomeStatus.DONE, OutcomeStatus.DONE);
    }

    @Test
    void aBulkRequestThatFailsAsAWholeFailsItsUsersAndSkipsTheirSipUsers() {
        Plan plan = provisioner.plan(platforms.desired().build());
        platforms.fusionFake.faults().on("PUT", "/api/**/msteams/users/bulk")
                .respond(500, "{\"error\":{\"code\":500,\"reason\":\"database unavailable\"}}");

        ApplyReport report = provisioner.apply(plan);

        assertThat(outcome(report, "user " + ALICE).status()).isEqualTo(OutcomeStatus.FAILED);
        assertThat(outcome(report, "user " + ALICE).reason()).contains("bulk request failed").contains("500");
        assertThat(outcome(report, "SIP user alice_1004").status()).isEqualTo(OutcomeStatus.SKIPPED);
        assertThat(outcome(report, "resource account " + QUEUE + " (call-queue)").status()).isEqualTo(OutcomeStatus.DONE);
        assertThat(platforms.vsxiFake.sipUsers()).doesNotContain("alice_1004", "bob_1004");
    }

    @Test
    void aBusySbcFailsTheSbcPartAndSaysWhy() {
        Plan plan = provisioner.plan(platforms.desired().build());
        platforms.vsxiFake.simulateForeignDraft();

        ApplyReport report = provisioner.apply(plan);

        assertThat(report.sbcCommit().status()).isEqualTo(SbcCommitOutcome.Status.FAILED);
        assertThat(report.sbcCommit().reason()).contains("another draft is active on the SBC");
        assertThat(report.outcomes(OutcomeStatus.FAILED)).extracting(outcome -> outcome.action().platform())
                .containsOnly(Platform.SBC).hasSize(3);
        assertThat(outcome(report, "user " + ALICE).status()).isEqualTo(OutcomeStatus.DONE);
        assertThat(platforms.vsxiFake.activeDraftId()).isPresent();
    }

    private Map<String, String> sipUsers() {
        return platforms.vsxi.sipUsers().list(ConfigView.COMMITTED, SbcTenantFilter.of(TENANT)).stream()
                .collect(Collectors.toMap(ProvisionedSipUser::sipUser, ProvisionedSipUser::did));
    }

    private static Outcome outcome(ApplyReport report, String subject) {
        return report.outcomes().stream().filter(outcome -> outcome.action().subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + subject + " in " + report.outcomes()));
    }
}
