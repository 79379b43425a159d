package io.teamsdr.core;

/**
 * The server did not accept the credentials (HTTP 401), also after one refresh.
 */
public class UnauthorizedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     */
    public UnauthorizedException(ErrorDetails details) {
        this(details, "Check the credentials: the token may be expired or revoked, or the login may be wrong.");
    }

    /**
     * Creates the exception with a more specific hint, for subclasses.
     *
     * @param details what the call and the server said
     * @param hint what the caller should do about it
     */
    protected UnauthorizedException(ErrorDetails details, String hint) {
        super(details, hint);
    }
}
