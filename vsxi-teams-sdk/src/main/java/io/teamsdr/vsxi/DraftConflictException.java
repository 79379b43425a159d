package io.teamsdr.vsxi;

import io.teamsdr.core.ConflictException;
import io.teamsdr.core.ErrorDetails;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A draft could not be started because another one is active on the SBC (HTTP 409): the SBC
 * allows one draft at a time, whoever started it.
 *
 * <p>To continue a draft left by a crashed process, call {@link Drafts#resumeActive()}; to throw it
 * away and start anew, call {@code drafts().start(StartOptions.discardExisting())}.
 */
public class DraftConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /** The id of the active draft, {@code null} when the answer did not name it. */
    private final @Nullable String activeDraftId;
    /** When the active draft was started, {@code null} when the answer did not say. */
    private final @Nullable String activeDraftCreatedAt;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     * @param activeDraftId the id of the active draft, when the answer named it
     * @param activeDraftCreatedAt when the active draft was started, when the answer said so
     */
    public DraftConflictException(ErrorDetails details, @Nullable String activeDraftId,
                                  @Nullable String activeDraftCreatedAt) {
        super(details, "Another draft" + (activeDraftId == null ? "" : " (" + activeDraftId + ")")
                + " is active on the SBC (one at a time): continue it with drafts().resumeActive(), or discard"
                + " it and start anew with drafts().start(StartOptions.discardExisting()).");
        this.activeDraftId = activeDraftId;
        this.activeDraftCreatedAt = activeDraftCreatedAt;
    }

    /**
     * Returns the id of the draft that is active, to compare with the one {@link Drafts#resumeActive()}
     * finds. The document gives no body for this answer; the id is read from {@code draftId} in the
     * error object or at the top level of the body when the SBC sends it there.
     *
     * @return the id, empty when the answer did not name it
     */
    public Optional<String> activeDraftId() {
        return Optional.ofNullable(activeDraftId);
    }

    /**
     * Returns when the active draft was started, as the SBC wrote it ({@code createdAt}, read like
     * {@link #activeDraftId()}), e.g. to tell a draft left hours ago by a crashed process from one
     * another client is working on.
     *
     * @return the start time, empty when the answer did not say
     */
    public Optional<String> activeDraftCreatedAt() {
        return Optional.ofNullable(activeDraftCreatedAt);
    }
}
