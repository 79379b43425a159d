package io.teamsdr.core;

/**
 * The server rejected the request as invalid (HTTP 400); {@link #errorCode()} and {@link #reason()} say why.
 */
public class BadRequestException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     */
    public BadRequestException(ErrorDetails details) {
        this(details, "Fix the request: the server's code and reason above name the problem.");
    }

    /**
     * Creates the exception with a more specific hint, for subclasses.
     *
     * @param details what the call and the server said
     * @param hint what the caller should do about it
     */
    protected BadRequestException(ErrorDetails details, String hint) {
        super(details, hint);
    }
}
