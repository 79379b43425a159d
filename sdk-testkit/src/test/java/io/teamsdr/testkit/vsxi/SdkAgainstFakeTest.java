package io.teamsdr.testkit.vsxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.testkit.JournalAssert;
import io.teamsdr.vsxi.CommitNotRolledBackException;
import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.CsvRejectedException;
import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.DraftConflictException;
import io.teamsdr.vsxi.DraftState;
import io.teamsdr.vsxi.NoActiveDraftException;
import io.teamsdr.vsxi.Rows;
import io.teamsdr.vsxi.SbcTenantFilter;
import io.teamsdr.vsxi.StartOptions;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.model.DraftChange;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import io.teamsdr.vsxi.model.RollbackResult;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadResult;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The VSXi SDK driven against the fake through {@link WithFakeVsxi}, demo data loaded. */
@WithFakeVsxi
class SdkAgainstFakeTest {

    private static final SbcTenant NORTHWIND = SbcTenant.builder().tenantId("1004").tenantName("Northwind")
            .microsoftFqdn("teams.northwind.example").localIp("192.0.2.40").did("+15550104000")
            .pbxId("20001").spId("3").build();
    private static final SipUser ALICE = SipUser.builder().tenantId("1004").sipUser("6000_N")
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
            UploadResult tenants = draft.upsertSbcTenants(Rows.of(List.of(NORTHWIND)));
            assertThat(tenants.accepted()).isEqualTo(1);
            assertThat(draft.upsertSipUsers(Rows.of(List.of(ALICE))).errors()).isEmpty();

            DraftStatus status = draft.status();
            assertThat(status.sbcTenants().added()).isEqualTo(1);
            assertThat(status.sipUsers().added()).isEqualTo(1);
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
        assertThat(vsxi.sbcTenants().list()).extracting(ProvisionedSbcTenant::tenantId)
                .containsExactly("1001", "1002", "1003", "1004");
        assertThat(vsxi.sipUsers().list(ConfigView.COMMITTED, SbcTenantFilter.of("1004"))).extracting(ProvisionedSipUser::sipUser).containsExactly("6000_N");
        ConfigurationPackage config = vsxi.configuration().read(ConfigView.COMMITTED);
        assertThat(config.entry("tenants/1004.cfg").orElseThrow().text())
                .contains("user 6000_N did=+15550104001").doesNotContain("alice-secret");
        JournalAssert.assertThat(server.journal()).doesNotContainText("alice-secret").hasNoUnmatchedRequests();
    }

    @Test
    void closingAnUncommittedDraftDiscardsIt() {
        try (Draft draft = vsxi.drafts().start()) {
            draft.deleteSbcTenants(Rows.of(List.of("1003")));
            assertThat(vsxi.sbcTenants().list(ConfigView.WITH_DRAFT)).filteredOn(t -> t.tenantId().equals("1003"))
                    .singleElement().extracting(t -> t.draft().orElseThrow()).isEqualTo(DraftChange.DELETED);
        }
        assertThat(server.activeDraftId()).isEmpty();
        assertThat(server.tenantIds()).contains("1003");
    }

    @Test
    void aUserCannotTakeATenantsDid() {
        SipUser takesTenantDid = ALICE.toBuilder().tenantId("1002").did("+3225550100").build();
        try (Draft draft = vsxi.drafts().start()) {
            assertThatThrownBy(() -> draft.upsertSipUsers(Rows.of(List.of(takesTenantDid))))
                    .isInstanceOfSatisfying(CsvRejectedException.class, e -> assertThat(e.errors())
                            .singleElement().satisfies(err -> {
                                assertThat(err.line()).isEqualTo(2L);
                                assertThat(err.field()).hasValue("did");
                                assertThat(err.reason()).contains("tenant 1002");
                            }));
        }
        assertThat(server.didHolder("+3225550100")).hasValue("tenant 1002");
    }

    @Test
    void serverSideRuleViolationsArriveWithLineAndField() {
        SbcTenant unknownPbx = NORTHWIND.toBuilder().pbxId("99999").build();
        SbcTenant takenDid = NORTHWIND.toBuilder().tenantId("1005").did("+18580001111").build();
        try (Draft draft = vsxi.drafts().start()) {
            assertThatThrownBy(() -> draft.upsertSbcTenants(Rows.of(List.of(unknownPbx, takenDid))))
                    .isInstanceOfSatisfying(CsvRejectedException.class, e -> {
                        assertThat(e.errors()).extracting(err -> err.line(),
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
        assertThat(resumed.status().sipUsers().deleted()).isEqualTo(1);
        resumed.commit("Finish the other admin's cleanup");
        assertThat(server.sipUsers()).doesNotContain("4000_F");

        server.simulateForeignDraft();
        try (Draft fresh = vsxi.drafts().start(StartOptions.discardExisting())) {
            assertThat(fresh.status().isEmpty()).isTrue();
        }
    }

    @Test
    void aDraftAnotherClientEndedRaisesNoActiveDraftWhicheverCallComesNext() {
        List<Consumer<Draft>> calls = List.of(Draft::status, Draft::diff, Draft::discard,
                draft -> draft.upsertSbcTenants(Rows.of(List.of(NORTHWIND))),
                draft -> draft.deleteSipUsers(Rows.of(List.of("4000_F"))), draft -> draft.commit("Too late"));
        for (Consumer<Draft> call : calls) {
            try (Draft draft = vsxi.drafts().start()) {
                vsxi.drafts().resumeActive().orElseThrow().discard();

                assertThatThrownBy(() -> call.accept(draft)).isInstanceOf(NoActiveDraftException.class);
                assertThat(draft.state()).isEqualTo(DraftState.GONE);
            }
        }
        assertThat(server.activeDraftId()).isEmpty();
        assertThat(server.sessions()).hasSize(1);
    }

    @Test
    void aCommitWhoseAnswerIsLostIsFoundInTheHistory() {
        server.fault(VsxiEndpoint.COMMIT).times(1).applyThenDropConnection();
        try (Draft draft = vsxi.drafts().start()) {
            draft.upsertSbcTenants(Rows.of(List.of(NORTHWIND)));
            Commit commit = draft.commit("Lost answer");
            assertThat(commit.description()).contains("Lost answer");
            assertThat(server.sessions().get(0).session()).isEqualTo(commit.session());
        }
        assertThat(server.journal().requests("POST", server.path(VsxiEndpoint.COMMIT))).hasSize(1);
    }

    @Test
    void aFailedConfirmationRollsTheCommitBack() {
        try (Draft draft = vsxi.drafts().start()) {
            draft.upsertSbcTenants(Rows.of(List.of(NORTHWIND)));
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
            draft.upsertSbcTenants(Rows.of(List.of(NORTHWIND)));
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
            draft.upsertSipUsers(Rows.of(List.of(SipUser.builder().tenantId("1001").sipUser("2002_T").sipPassword("pw")
                    .did("+15551001002").build())));
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
