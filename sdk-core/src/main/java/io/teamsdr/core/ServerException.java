package io.teamsdr.core;

/**
 * The server failed (HTTP 5xx).
 */
public class ServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     */
    public ServerException(ErrorDetails details) {
        this(details, "The server failed; retry later and quote the request id if it persists.");
    }

    /**
     * Creates the exception with a more specific hint, for subclasses.
     *
     * @param details what the call and the server said
     * @param hint what the caller should do about it
     */
    protected ServerException(ErrorDetails details, String hint) {
        super(details, hint);
    }
}
