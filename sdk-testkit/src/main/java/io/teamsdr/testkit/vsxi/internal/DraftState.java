package io.teamsdr.testkit.vsxi.internal;

import java.time.Instant;

/**
 * The one active draft: its identity and the configuration it edits (a full copy of the committed
 * configuration taken when the draft started, so committing is a reference swap).
 *
 * @param draftId the id returned by start
 * @param createdAt when it started
 * @param working the configuration as the draft would make it
 */
public record DraftState(String draftId, Instant createdAt, ConfigState working) {

    /**
     * A copy whose working configuration can be edited without touching this one.
     *
     * @return the copy
     */
    public DraftState copy() {
        return new DraftState(draftId, createdAt, working.copy());
    }
}
