package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.testkit.JournalAssert;
import io.teamsdr.vsxi.CommitNotRolledBackException;
import io.teamsdr.vsxi.CsvRejectedException;
import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.DraftConflictException;
import io.teamsdr.vsxi.DraftState;
import io.teamsdr.vsxi.StartOptions;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.model.DraftChange;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.model.ProvisionedTenant;
import io.teamsdr.vsxi.model.ProvisionedUser;
import io.teamsdr.vsxi.model.RollbackResult;
import io.teamsdr.vsxi.model.TeamsTenant;
import io.teamsdr.vsxi.model.TeamsUser;
import io.teamsdr.vsxi.model.UploadResult;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The VSXi SDK driven against the fake through {@link WithFakeVsxi}, demo data loaded. */
@WithFakeVsxi
class SdkAgainstFakeTest {

    private static final TeamsTenant NORTHWIND = TeamsTenant.builder().tenantId("1004").tenantName("Northwind")
            .microsoftFqdn("teams.northwind.example").localIp("192.0.2.40").did("+15550104000")
            .pbxId("20001").spId("3").build();
    private static final TeamsUser ALICE = TeamsUser.builder().tenantId("1004").sipUser("6000_N")
            .sipPassword("alice-secret").did("+15550104001").build();

    private final VsxiTeamsClient vsxi;
    private final FakeVsxiServer server;

    SdkAgainstFakeTest(VsxiTeamsClient vsxi, FakeVsxiServer server) {
        this.vsxi = vsxi;
        this.server = server;
    }

    @Test
    void onboardsATenantThroughTheDraftTransaction() {
        Commit commit;
        try (Draft draft = vsxi.drafts().start()) {
            assertThat(draft.id()).isEqualTo(server.activeDraftId());
            UploadResult tenants = draft.upsertTenants(List.of(NORTHWIND));
            assertThat(tenants.accepted()).isEqualTo(1);
            assertThat(draft.upsertUsers(List.of(ALICE)).errors()).isEmpty();

            DraftStatus status = draft.status();
            assertThat(status.tenants().added()).isEqualTo(1);
            assertThat(status.users().added()).isEqualTo(1);
            ChangeSet diff = draft.diff();
            assertThat(diff.entries()).singleElement()
                    .satisfies(e -> assertThat(e.name()).isEqualTo("tenants/1004.cfg.diff"));
            assertThat(diff.entry("tenants/1004.cfg.diff").orElseThrow().text())
                    .contains("+sbc-fqdn = teams.northwind.example").doesNotContain("alice-secret");

            commit = draft.commit("Onboard Northwind");
            assertThat(draft.state()).isEqualTo(DraftState.COMMITTED);
        }
        assertThat(commit.description()).contains("Onboard Northwind");
        assertThat(vsxi.commits().list()).first().extracting(Commit::session).isEqualTo(commit.session());
        assertThat(vsxi.tenants().list()).extracting(ProvisionedTenant::tenantId)
                .containsExactly("1001", "1002", "1003", "1004");
        assertThat(vsxi.users().list(false, "1004")).extracting(ProvisionedUser::sipUser).containsExactly("6000_N");
        ConfigurationPackage config = vsxi.configuration().read(false);
        assertThat(config.entry("tenants/1004.cfg").orElseThrow().text())
                .contains("user 6000_N did=+15550104001").doesNotContain("alice-secret");
        JournalAssert.assertThat(server.journal()).doesNotContainText("alice-secret").hasNoUnmatchedRequests();
    }

    @Test
    void closingAnUncommittedDraftDiscardsIt() {
        try (Draft draft = vsxi.drafts().start()) {
            draft.deleteTenants(List.of("1003"));
            assertThat(vsxi.tenants().list(true)).filteredOn(t -> t.tenantId().equals("1003"))
                    .singleElement().extracting(t -> t.draft().orElseThrow()).isEqualTo(DraftChange.DELETED);
        }
        assertThat(server.activeDraftId()).isEmpty();
        assertThat(server.tenantIds()).contains("1003");
    }

    @Test
    void aUserCannotTakeATenantsDid() {
        TeamsUser takesTenantDid = ALICE.toBuilder().tenantId("1002").did("+3225550100").build();
        try (Draft draft = vsxi.drafts().start()) {
            assertThatThrownBy(() -> draft.upsertUsers(List.of(takesTenantDid)))
                    .isInstanceOfSatisfying(CsvRejectedException.class, e -> assertThat(e.errors())
                            .singleElement().satisfies(err -> {
                                assertThat(err.line().getAsLong()).isEqualTo(2L);
                                assertThat(err.field()).hasValue("did");
                                assertThat(err.reason()).contains("tenant 1002");
                            }));
        }
        assertThat(server.didHolder("+3225550100")).hasValue("tenant 1002");
    }

    @Test
    void serverSideRuleViolationsArriveWithLineAndField() {
        TeamsTenant unknownPbx = NORTHWIND.toBuilder().pbxId("99999").build();
        TeamsTenant takenDid = NORTHWIND.toBuilder().tenantId("1005").did("+18580001111").build();
        try (Draft draft = vsxi.drafts().start()) {
            assertThatThrownBy(() -> draft.upsertTenants(List.of(unknownPbx, takenDid)))
                    .isInstanceOfSatisfying(CsvRejectedException.class, e -> {
                        assertThat(e.errors()).extracting(err -> err.line().getAsLong(),
                                err -> err.field().orElse(null))
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "pbxId"),
                                        org.assertj.core.groups.Tuple.tuple(3L, "did"));
                    });
            assertThat(draft.status().isEmpty()).isTrue();
        }
    }

    @Test
    void aDraftHeldByAnotherClientIsAConflictThatCanBeResumedOrDiscarded() {
        server.simulateForeignDraft(c -> c.deleteUser("4000_F"));
        assertThatThrownBy(() -> vsxi.drafts().start()).isInstanceOf(DraftConflictException.class);

        Draft resumed = vsxi.drafts().resumeActive().orElseThrow();
        assertThat(resumed.status().users().deleted()).isEqualTo(1);
        resumed.commit("Finish the other admin's cleanup");
        assertThat(server.sipUsers()).doesNotContain("4000_F");

        server.simulateForeignDraft();
        try (Draft fresh = vsxi.drafts().start(StartOptions.discardExisting())) {
            assertThat(fresh.status().isEmpty()).isTrue();
        }
    }

    @Test
    void aCommitWhoseAnswerIsLostIsFoundInTheHistory() {
        server.fault(VsxiEndpoint.COMMIT).times(1).applyThenDropConnection();
        try (Draft draft = vsxi.drafts().start()) {
            draft.upsertTenants(List.of(NORTHWIND));
            Commit commit = draft.commit("Lost answer");
            assertThat(commit.description()).contains("Lost answer");
            assertThat(server.sessions().get(0).session()).isEqualTo(commit.session());
        }
        assertThat(server.journal().requests("POST", server.path(VsxiEndpoint.COMMIT))).hasSize(1);
    }

    @Test
    void aFailedConfirmationRollsTheCommitBack() {
        try (Draft draft = vsxi.drafts().start()) {
            draft.upsertTenants(List.of(NORTHWIND));
            ConfirmedCommit result = draft.commitConfirmed("Try Northwind", commit -> false);
            assertThat(result.outcome()).isEqualTo(ConfirmedCommit.Outcome.ROLLED_BACK);
        }
        assertThat(server.tenantIds()).doesNotContain("1004");
        assertThat(server.sessions()).extracting(VsxiSession::description)
                .containsExactly(VsxiDemoData.DEMO_COMMIT_DESCRIPTION);
    }

    @Test
    void aFailedConfirmationIsNotRolledBackOverSomeoneElsesCommit() {
        try (Draft draft = vsxi.drafts().start()) {
            draft.upsertTenants(List.of(NORTHWIND));
            assertThatThrownBy(() -> draft.commitConfirmed("Try Northwind", commit -> {
                server.simulateForeignCommit("Meanwhile, elsewhere");
                return false;
            })).isInstanceOfSatisfying(CommitNotRolledBackException.class, e ->
                    assertThat(e.newerSessions()).extracting(c -> c.description().orElse(""))
                            .containsExactly("Meanwhile, elsewhere"));
        }
        assertThat(server.tenantIds()).contains("1004");
    }

    @Test
    void rollsBackThroughTheCommitsResource() {
        String demoSession = server.sessions().get(0).session();
        try (Draft draft = vsxi.drafts().start()) {
            draft.upsertUsers(List.of(TeamsUser.builder().tenantId("1001").sipUser("2002_T").sipPassword("pw")
                    .did("+15551001002").build()));
            draft.commit("One more user");
        }
        RollbackResult latest = vsxi.commits().rollbackLatest();
        assertThat(latest.removed().orElseThrow()).extracting(c -> c.description().orElse(""))
                .containsExactly("One more user");
        RollbackResult toDemo = vsxi.commits().rollbackTo(demoSession);
        assertThat(toDemo.removed().orElseThrow()).extracting(Commit::session).containsExactly(demoSession);
        assertThat(vsxi.commits().list()).isEmpty();
        assertThat(server.tenantIds()).containsExactly("1001", "1002");
    }

    /** Nested classes share the outer class's server, still reset before each test. */
    @Nested
    class Nested1 {

        @Test
        void seesTheSameServerReset(FakeVsxiServer nestedServer) {
            assertThat(nestedServer).isSameAs(server);
            assertThat(nestedServer.journal().size()).isZero();
            assertThat(nestedServer.sessions()).hasSize(1);
        }
    }
}
