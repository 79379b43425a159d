package io.teamsdr.provisioning;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What an apply did: every planned action with its outcome (done, refused, skipped, rolled back,
 * failed) and why, what the plan had left out (its conflicts), and what became of the SBC draft.
 * Never holds a secret.
 */
public final class ApplyReport {
    private final Fingerprint planFingerprint;
    private final List<Outcome> outcomes;
    private final List<Conflict> notPlanned;
    private final SbcCommitOutcome sbc;
    private final Instant started;
    private final Instant finished;

    ApplyReport(Fingerprint planFingerprint, List<Outcome> outcomes, List<Conflict> notPlanned, SbcCommitOutcome sbc,
                Instant started, Instant finished) {
        this.planFingerprint = Objects.requireNonNull(planFingerprint, "planFingerprint");
        this.outcomes = Collections.unmodifiableList(new ArrayList<>(outcomes));
        this.notPlanned = Collections.unmodifiableList(new ArrayList<>(notPlanned));
        this.sbc = Objects.requireNonNull(sbc, "sbc");
        this.started = Objects.requireNonNull(started, "started");
        this.finished = Objects.requireNonNull(finished, "finished");
    }

    /**
     * Returns the fingerprint of the plan that was applied.
     *
     * @return the fingerprint
     */
    public Fingerprint planFingerprint() {
        return planFingerprint;
    }

    /**
     * Returns every planned action with its outcome, in apply order.
     *
     * @return the outcomes
     */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /**
     * Returns the outcomes with one status.
     *
     * @param status the status
     * @return those outcomes, in apply order
     */
    public List<Outcome> outcomes(OutcomeStatus status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).toList();
    }

    /**
     * Counts the outcomes with one status.
     *
     * @param status the status
     * @return the count
     */
    public int count(OutcomeStatus status) {
        return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    /**
     * Returns what the plan had left out (its conflicts): not attempted.
     *
     * @return the conflicts of the plan
     */
    public List<Conflict> notPlanned() {
        return notPlanned;
    }

    /**
     * Returns what became of the SBC draft.
     *
     * @return the draft's outcome
     */
    public SbcCommitOutcome sbcCommit() {
        return sbc;
    }

    /**
     * Returns when the apply started (before the plan's state was read again).
     *
     * @return the time
     */
    public Instant started() {
        return started;
    }

    /**
     * Returns how long the apply took.
     *
     * @return the duration
     */
    public Duration duration() {
        return Duration.between(started, finished);
    }

    /**
     * Tells whether everything the desired state asks for is now in place: every action done and
     * nothing left out of the plan.
     *
     * @return {@code true} when complete
     */
    public boolean isComplete() {
        return notPlanned.isEmpty() && outcomes.stream().allMatch(outcome -> outcome.status() == OutcomeStatus.DONE);
    }

    /**
     * Returns a one-line summary.
     *
     * @return e.g. {@code Applied: 7 done, 2 refused, 2 skipped, 0 rolled back, 0 failed; SBC CONFIRMED session S-1.}
     */
    public String summary() {
        return "Applied: " + count(OutcomeStatus.DONE) + " done, " + count(OutcomeStatus.REFUSED) + " refused, "
                + count(OutcomeStatus.SKIPPED) + " skipped, " + count(OutcomeStatus.ROLLED_BACK) + " rolled back, "
                + count(OutcomeStatus.FAILED) + " failed" + (notPlanned.isEmpty() ? "" : "; " + notPlanned.size()
                + " not planned") + "; SBC " + sbc.status() + sbc.session().map(session -> " session " + session)
                .orElse("") + ".";
    }

    /**
     * Writes the report as text: each action not done with its reason, the SBC draft, the summary.
     *
     * @param out where to write
     * @throws UncheckedIOException when writing fails
     */
    public void writeText(Appendable out) {
        Rendering.unchecked(() -> ReportRendering.text(this, out));
    }

    /**
     * Returns the text form; see {@link #writeText(Appendable)}.
     *
     * @return the text
     */
    public String toText() {
        return Rendering.text(this::writeText);
    }

    /**
     * Writes the report as JSON, for CI: every outcome, the plan's conflicts, the SBC draft.
     *
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public void writeJson(Writer out) {
        Rendering.unchecked(() -> ReportRendering.json(this, out));
    }

    /**
     * Returns the JSON form; see {@link #writeJson(Writer)}.
     *
     * @return the JSON text
     */
    public String toJson() {
        return Rendering.json(this::writeJson);
    }

    @Override
    public String toString() {
        return "ApplyReport[" + summary() + "]";
    }
}
