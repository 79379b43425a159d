package io.teamsdr.testkit.vsxi.internal;

import java.time.Instant;

/**
 * The active draft's identity and what it changes, read in one step.
 *
 * @param draftId the draft id
 * @param createdAt when it started
 * @param summary its changes compared with the committed configuration
 */
public record DraftReport(String draftId, Instant createdAt, ChangeSummary summary) {
}
