package io.teamsdr.vsxi;

import io.teamsdr.core.ConflictException;
import io.teamsdr.core.ErrorDetails;

/**
 * A draft could not be started because another one is active on the SBC (HTTP 409): the SBC
 * allows one draft at a time, whoever started it.
 *
 * <p>To continue a draft left by a crashed process, call {@link Drafts#resumeActive()}; to throw it
 * away and start anew, call {@code drafts().start(StartOptions.discardExisting())}.
 */
public class DraftConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     */
    public DraftConflictException(ErrorDetails details) {
        super(details, "Another draft is active on the SBC (one at a time): continue it with"
                + " drafts().resumeActive(), or discard it and start anew with"
                + " drafts().start(StartOptions.discardExisting()).");
    }
}
