package io.teamsdr.core;

/**
 * The request conflicts with the current state of the resource (HTTP 409).
 */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     */
    public ConflictException(ErrorDetails details) {
        this(details, "Read the current state, then decide whether to retry.");
    }

    /**
     * Creates the exception with a more specific hint, for subclasses.
     *
     * @param details what the call and the server said
     * @param hint what the caller should do about it
     */
    protected ConflictException(ErrorDetails details, String hint) {
        super(details, hint);
    }
}
