package io.teamsdr.vsxi.internal;

import io.teamsdr.core.DecodingException;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.vsxi.CommitCheck;
import io.teamsdr.vsxi.CommitNotAppliedException;
import io.teamsdr.vsxi.CommitNotRolledBackException;
import io.teamsdr.vsxi.CommitOutcomeUnknownException;
import io.teamsdr.vsxi.NoActiveDraftException;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits without ever re-sending the commit, and tells from the history what happened when the
 * answer does not prove the outcome; rolls a confirmed commit back only when no one else committed
 * after it.
 *
 * <p>An answer proves nothing when it is lost (timeout, reset, no answer), cut short or unreadable,
 * or a 5xx: a gateway answers 502 or 504 when the SBC was slow, and the SBC may have applied the
 * commit before it, or any server error, failed after applying it. A 4xx proves the commit was
 * refused, and a 2xx with a readable session that it was applied.
 *
 * <p>"New" sessions are those missing from the history read just before the commit. That needs no
 * assumption about the order of the list or the format of its timestamps, and errs on the safe
 * side: a session someone committed between that read and the commit counts as newer than ours,
 * which can only prevent a rollback, never cause a wrong one.
 */
final class CommitProtocol {
    private static final Logger LOG = LoggerFactory.getLogger("io.teamsdr.vsxi.commit");

    private final VsxiEndpoints endpoints;

    CommitProtocol(VsxiEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Reads the history ({@code GET /teams/commits}). */
    List<Commit> history() {
        return endpoints.commits().send();
    }

    /** The session keys in the history now, to compare with after the commit. */
    Set<String> sessionKeys() {
        return history().stream().map(Commit::session).collect(Collectors.toSet());
    }

    /**
     * Sends the commit once.
     *
     * @param description the description, {@code null} for none
     * @param before the session keys in the history before the commit
     * @throws CommitNotAppliedException when the answer proved nothing and the SBC shows nothing happened
     * @throws CommitOutcomeUnknownException when the answer proved nothing and the SBC cannot tell
     */
    Commit commit(@Nullable String description, Set<String> before) {
        try {
            return endpoints.commit(description).send();
        } catch (TransportException | DecodingException | ServerException unproven) {
            return resolve(description, before, unproven);
        }
    }

    private Commit resolve(@Nullable String description, Set<String> before, TeamsdrException lost) {
        String named = description == null ? "without a description" : "'" + description + "'";
        String lookFor = description == null ? "a new session without a description" : "a session described " + named;
        String sent = "The commit " + named + " was sent but its answer did not prove the outcome ("
                + lost.getMessage() + "). ";
        List<Commit> after;
        try {
            after = history();
        } catch (TeamsdrException unreadable) {
            CommitOutcomeUnknownException unknown = new CommitOutcomeUnknownException(sent
                    + "The history (GET /teams/commits) could not be read either, so whether the commit was"
                    + " applied is unknown. Once the SBC answers, read commits().list() and look for " + lookFor
                    + ". If there is none and drafts().resumeActive() finds the"
                    + " draft, commit it again; do not upload the same changes again before checking.",
                    description, List.of(), lost);
            unknown.addSuppressed(unreadable);
            throw unknown;
        }
        List<Commit> fresh = after.stream().filter(c -> !before.contains(c.session())).toList();
        Optional<String> wanted = Optional.ofNullable(description);
        List<Commit> ours = fresh.stream().filter(c -> c.description().equals(wanted)).toList();
        if (ours.size() == 1) {
            LOG.warn("POST /teams/draft/commit: the answer did not prove the outcome; the history shows the commit"
                    + " was applied as session {}", ours.get(0).session());
            return ours.get(0);
        }
        if (!fresh.isEmpty()) {
            throw new CommitOutcomeUnknownException(sent + "The history shows new sessions " + describe(fresh)
                    + (ours.isEmpty() ? ", none " + (description == null ? "without a description" : "described " + named)
                            + ": another client committed meanwhile, possibly this draft's changes."
                            : ", several " + (description == null ? "without a description." : "described " + named + "."))
                    + " Compare those sessions with the changes you staged before doing anything else.",
                    description, fresh, lost);
        }
        boolean draftActive;
        try {
            endpoints.status().send();
            draftActive = true;
        } catch (NoActiveDraftException none) {
            draftActive = false;
        } catch (TeamsdrException unreadable) {
            CommitOutcomeUnknownException unknown = new CommitOutcomeUnknownException(sent
                    + "The history shows no new session, but whether the draft is still active could not be read."
                    + " Read commits().list() again in a moment and look for " + lookFor
                    + "; if there is none and drafts().resumeActive() finds the draft, commit it again.",
                    description, List.of(), lost);
            unknown.addSuppressed(unreadable);
            throw unknown;
        }
        if (draftActive) {
            throw new CommitNotAppliedException(description, lost);
        }
        throw new CommitOutcomeUnknownException(sent + "The history shows no new session and no draft is active:"
                + " either another client discarded the draft, or the SBC is still applying the commit. Read"
                + " commits().list() again in a moment and look for " + lookFor
                + "; if none appears, the staged changes are lost and must be uploaded again in a new draft.",
                description, List.of(), lost);
    }

    /**
     * Runs the check on a fresh commit and rolls the commit back when it fails, unless that would
     * remove someone else's session.
     */
    ConfirmedCommit confirm(Commit commit, Set<String> before, CommitCheck check) {
        @Nullable Throwable failure = null;
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
            endpoints.rollbackTo(session).send();
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
