package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ServerException;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.testing.Sequence;
import io.teamsdr.vsxi.testing.Vsxi;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Commit, check, and roll back on failure, never over someone else's session. */
class ConfirmedCommitTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String COMMITS = path("/teams/commits");
    private static final String BEFORE = "{\"commits\": [{\"session\": \"s-1\"}]}";
    private static final String AFTER_OURS = "{\"commits\": [{\"session\": \"s-1\"}, {\"session\": \"s-2\", \"description\": \"CHG-8\"}]}";

    private VsxiTeamsClient vsxi;
    private Draft draft;

    @BeforeEach
    void openDraft() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{\"draftId\": \"d-1\"}")));
        server.stubFor(post(path("/teams/draft/commit")).willReturn(okJson("{\"session\": \"s-2\", \"description\": \"CHG-8\"}")));
        server.stubFor(post(urlPathMatching(path("/teams/rollback/.*"))).willReturn(okJson("{}")));
        vsxi = Vsxi.client(server).build();
        draft = vsxi.drafts().start();
    }

    @AfterEach
    void closeClient() {
        vsxi.close();
    }

    private static int rollbacks() {
        return server.findAll(postRequestedFor(urlPathMatching(path("/teams/rollback.*")))).size();
    }

    @Test
    void aPassingCheckKeepsTheCommit() {
        server.stubFor(get(COMMITS).willReturn(okJson(BEFORE)));
        AtomicReference<Commit> checked = new AtomicReference<>();

        ConfirmedCommit result = draft.commitConfirmed("CHG-8", commit -> {
            checked.set(commit);
            return true;
        });

        assertThat(result.outcome()).isEqualTo(ConfirmedCommit.Outcome.CONFIRMED);
        assertThat(result.isConfirmed()).isTrue();
        assertThat(checked.get().session()).isEqualTo("s-2");
        assertThat(rollbacks()).isZero();
    }

    @Test
    void aFailingCheckRollsTheNewSessionBack() {
        Sequence.respond(server, () -> get(COMMITS), okJson(BEFORE), okJson(AFTER_OURS));

        ConfirmedCommit result = draft.commitConfirmed("CHG-8", commit -> false);

        assertThat(result.outcome()).isEqualTo(ConfirmedCommit.Outcome.ROLLED_BACK);
        assertThat(result.commit().session()).isEqualTo("s-2");
        assertThat(result.checkFailure()).isEmpty();
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/rollback/s-2"))));
        assertThat(rollbacks()).isEqualTo(1);
        assertThat(draft.state()).isEqualTo(DraftState.COMMITTED);
    }

    @Test
    void aThrowingCheckRollsBackAndKeepsWhatItThrew() {
        Sequence.respond(server, () -> get(COMMITS), okJson(BEFORE), okJson(AFTER_OURS));

        ConfirmedCommit result = draft.commitConfirmed("CHG-8", commit -> {
            throw new AssertionError("user 2000_T not found");
        });

        assertThat(result.outcome()).isEqualTo(ConfirmedCommit.Outcome.ROLLED_BACK);
        assertThat(result.checkFailure()).hasValueSatisfying(failure ->
                assertThat(failure).isInstanceOf(AssertionError.class).hasMessage("user 2000_T not found"));
        server.verify(1, postRequestedFor(urlEqualTo(path("/teams/rollback/s-2"))));
    }

    @Test
    void noRollbackOverASessionSomeoneElseCommittedSince() {
        Sequence.respond(server, () -> get(COMMITS), okJson(BEFORE), okJson("{\"commits\": [{\"session\": \"s-1\"},"
                + " {\"session\": \"s-2\", \"description\": \"CHG-8\"}, {\"session\": \"s-3\", \"description\": \"CHG-9 by Ann\"}]}"));

        CommitNotRolledBackException failure = catchThrowableOfType(CommitNotRolledBackException.class,
                () -> draft.commitConfirmed("CHG-8", commit -> false));

        assertThat(failure.commit().session()).isEqualTo("s-2");
        assertThat(failure.newerSessions()).extracting(Commit::session).containsExactly("s-3");
        assertThat(failure.getMessage()).contains("NOT rolled back").contains("still active")
                .contains("s-3 ('CHG-9 by Ann')").contains("would remove them too");
        assertThat(rollbacks()).isZero();
    }

    @Test
    void noRollbackWhenTheSessionHasLeftTheHistory() {
        Sequence.respond(server, () -> get(COMMITS), okJson(BEFORE), okJson(BEFORE));

        CommitNotRolledBackException failure = catchThrowableOfType(CommitNotRolledBackException.class,
                () -> draft.commitConfirmed("CHG-8", commit -> false));

        assertThat(failure.getMessage()).contains("no longer in the history");
        assertThat(rollbacks()).isZero();
    }

    @Test
    void aFailedRollbackSaysTheCommitMayStillBeActive() {
        Sequence.respond(server, () -> get(COMMITS), okJson(BEFORE), okJson(AFTER_OURS));
        server.stubFor(post(urlPathMatching(path("/teams/rollback/.*"))).willReturn(aResponse().withStatus(500)));
        IllegalStateException checkFailure = new IllegalStateException("test call failed");

        CommitNotRolledBackException failure = catchThrowableOfType(CommitNotRolledBackException.class,
                () -> draft.commitConfirmed("CHG-8", commit -> {
                    throw checkFailure;
                }));

        assertThat(failure).hasCauseInstanceOf(ServerException.class);
        assertThat(failure.checkFailure()).containsSame(checkFailure);
        assertThat(failure.getSuppressed()).containsExactly(checkFailure);
        assertThat(failure.getMessage()).contains("rollback request failed").contains("rollbackTo(\"s-2\")");
        assertThat(rollbacks()).as("a rollback is never retried").isEqualTo(1);
        server.verify(0, postRequestedFor(anyUrl()).withUrl(path("/teams/rollback")));
    }
}
