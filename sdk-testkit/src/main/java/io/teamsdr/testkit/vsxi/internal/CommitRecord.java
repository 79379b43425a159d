package io.teamsdr.testkit.vsxi.internal;

import java.time.Instant;

/**
 * One committed session of the history.
 *
 * @param session the unique session key
 * @param timestamp when it was committed
 * @param description the caller's description, empty when none was given
 * @param summary what it changed
 * @param before the committed configuration just before it, which a rollback restores
 */
public record CommitRecord(String session, Instant timestamp, String description, ChangeSummary summary,
        ConfigState before) {
}
