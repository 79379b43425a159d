package io.teamsdr.vsxi;

import io.teamsdr.core.DecodingException;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.internal.ResponseBodies;
import io.teamsdr.vsxi.internal.VsxiPaths;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.model.DraftStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits without ever re-sending the commit, and tells from the history what happened when the
 * answer is lost; rolls a confirmed commit back only when no one else committed after it.
 *
 * <p>"New" sessions are those missing from the history read just before the commit. That needs no
 * assumption about the order of the list or the format of its timestamps, and errs on the safe
 * side: a session someone committed between that read and the commit counts as newer than ours,
 * which can only prevent a rollback, never cause a wrong one.
 */
final class CommitProtocol {
    private static final Logger LOG = LoggerFactory.getLogger("io.teamsdr.vsxi.commit");

    private final Transport transport;

    CommitProtocol(Transport transport) {
        this.transport = transport;
    }

    /** Reads the history ({@code GET /teams/commits}). */
    List<Commit> history() {
        return transport.send(VsxiPaths.commits(), ResponseHandler.json(ResponseBodies.Commits.class)).commits();
    }

    /** The session keys in the history now, to compare with after the commit. */
    Set<String> sessionKeys() {
        return history().stream().map(Commit::session).collect(Collectors.toSet());
    }

    /**
     * Sends the commit once.
     *
     * @throws CommitNotAppliedException when the answer was lost and the SBC shows nothing happened
     * @throws CommitOutcomeUnknownException when the answer was lost and the SBC cannot tell
     */
    Commit commit(String description, Set<String> before) {
        try {
            return transport.send(VsxiPaths.commit(description), ResponseHandler.json(Commit.class));
        } catch (TransportException | DecodingException lost) {
            return resolve(description, before, lost);
        }
    }

    private Commit resolve(String description, Set<String> before, TeamsdrException lost) {
        String sent = "The commit '" + description + "' was sent but its answer was lost or unreadable ("
                + lost.getMessage() + "). ";
        List<Commit> after;
        try {
            after = history();
        } catch (TeamsdrException unreadable) {
            CommitOutcomeUnknownException unknown = new CommitOutcomeUnknownException(sent
                    + "The history (GET /teams/commits) could not be read either, so whether the commit was"
                    + " applied is unknown. Once the SBC answers, read commits().list() and look for a session"
                    + " described '" + description + "'. If there is none and drafts().resumeActive() finds the"
                    + " draft, commit it again; do not upload the same changes again before checking.",
                    description, List.of(), lost);
            unknown.addSuppressed(unreadable);
            throw unknown;
        }
        List<Commit> fresh = after.stream().filter(c -> !before.contains(c.session())).toList();
        List<Commit> ours = fresh.stream().filter(c -> c.description().filter(description::equals).isPresent()).toList();
        if (ours.size() == 1) {
            LOG.warn("POST /teams/draft/commit: the answer was lost; the history shows the commit was applied as session {}",
                    ours.get(0).session());
            return ours.get(0);
        }
        if (!fresh.isEmpty()) {
            throw new CommitOutcomeUnknownException(sent + "The history shows new sessions " + describe(fresh)
                    + (ours.isEmpty() ? ", none described '" + description + "': another client committed meanwhile,"
                            + " possibly this draft's changes." : ", several described '" + description + "'.")
                    + " Compare those sessions with the changes you staged before doing anything else.",
                    description, fresh, lost);
        }
        Optional<DraftStatus> draft;
        try {
            draft = transport.send(VsxiPaths.status(), Responses.unlessNoDraft(r -> r.json(DraftStatus.class)));
        } catch (TeamsdrException unreadable) {
            CommitOutcomeUnknownException unknown = new CommitOutcomeUnknownException(sent
                    + "The history shows no new session, but whether the draft is still active could not be read."
                    + " Read commits().list() again in a moment and look for a session described '" + description
                    + "'; if there is none and drafts().resumeActive() finds the draft, commit it again.",
                    description, List.of(), lost);
            unknown.addSuppressed(unreadable);
            throw unknown;
        }
        if (draft.isPresent()) {
            throw new CommitNotAppliedException(description, lost);
        }
        throw new CommitOutcomeUnknownException(sent + "The history shows no new session and no draft is active:"
                + " either another client discarded the draft, or the SBC is still applying the commit. Read"
                + " commits().list() again in a moment and look for a session described '" + description
                + "'; if none appears, the staged changes are lost and must be uploaded again in a new draft.",
                description, List.of(), lost);
    }

    /**
     * Runs the check on a fresh commit and rolls the commit back when it fails, unless that would
     * remove someone else's session.
     */
    ConfirmedCommit confirm(Commit commit, Set<String> before, CommitCheck check) {
        Throwable failure = null;
        boolean passed;
        try {
            passed = check.verify(commit);
        } catch (Exception | AssertionError thrown) {
            passed = false;
            failure = thrown;
        }
        if (passed) {
            return new ConfirmedCommit(commit, ConfirmedCommit.Outcome.CONFIRMED, Optional.empty());
        }
        String session = commit.session();
        String failed = "The check of session " + session + " failed (" + (failure == null ? "it returned false"
                : "it threw " + failure) + "), but the session was NOT rolled back: ";
        String stillActive = "the configuration the check rejected is still active. ";
        List<Commit> history;
        try {
            history = history();
        } catch (TeamsdrException unreadable) {
            throw new CommitNotRolledBackException(failed + stillActive + "The history could not be read to make sure no one"
                    + " committed after it (" + unreadable.getMessage() + "). Check commits().list(), then roll back"
                    + " with commits().rollbackTo(\"" + session + "\") if it is still the newest session.",
                    commit, List.of(), failure, unreadable);
        }
        if (history.stream().noneMatch(c -> c.session().equals(session))) {
            throw new CommitNotRolledBackException(failed + "the session is no longer in the history: another client"
                    + " rolled it back or changed the history. Check commits().list() before doing anything else.",
                    commit, List.of(), failure, null);
        }
        List<Commit> newer = history.stream()
                .filter(c -> !before.contains(c.session()) && !c.session().equals(session)).toList();
        if (!newer.isEmpty()) {
            throw new CommitNotRolledBackException(failed + stillActive + "Other sessions were committed since: " + describe(newer)
                    + "; rolling back to " + session + " would remove them too. Decide with whoever committed them,"
                    + " then use commits().rollbackTo(...).", commit, newer, failure, null);
        }
        try {
            transport.send(VsxiPaths.rollbackTo(session), ResponseHandler.status());
        } catch (TeamsdrException rollbackFailure) {
            throw new CommitNotRolledBackException(failed + "the rollback request failed ("
                    + rollbackFailure.getMessage() + "). Check commits().list():"
                    + " if " + session + " is still the newest session, roll back with commits().rollbackTo(\""
                    + session + "\").", commit, List.of(), failure, rollbackFailure);
        }
        LOG.warn("the check of session {} failed; the session was rolled back", session);
        return new ConfirmedCommit(commit, ConfirmedCommit.Outcome.ROLLED_BACK, Optional.ofNullable(failure));
    }

    private static String describe(List<Commit> sessions) {
        return sessions.stream()
                .map(c -> c.session() + c.description().map(d -> " ('" + d + "')").orElse(""))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
