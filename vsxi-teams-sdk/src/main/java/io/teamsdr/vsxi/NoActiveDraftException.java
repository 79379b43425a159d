package io.teamsdr.vsxi;

import io.teamsdr.core.ApiException;
import io.teamsdr.core.ErrorDetails;

/**
 * The SBC has no active draft, so a draft call (status, diff, discard, an upload or the commit)
 * could not run. NOTES.md assumes the SBC answers 404 to status, diff and discard and 409 to
 * uploads and the commit; the SDK raises this one exception for either status on any draft call, so
 * callers need not know which. {@link #status()} tells which it was.
 *
 * <p>Another client committed or discarded the draft (the SBC has one draft, shared by every
 * client), or it was never started. A {@link Draft} that meets this answer moves to
 * {@link DraftState#GONE}. Start a new draft with {@code drafts().start()}; read
 * {@code commits().list()} to see whether the changes were committed by someone else.
 */
public class NoActiveDraftException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     */
    public NoActiveDraftException(ErrorDetails details) {
        super(details, "No draft is active on the SBC: another client committed or discarded it, or none was"
                + " started. Check commits().list() for a commit of these changes, then start a new draft with"
                + " drafts().start().");
    }
}
