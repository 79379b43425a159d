package io.teamsdr.core;

/**
 * The addressed resource does not exist (HTTP 404): a wrong id, or a tenant or subscription that is not there.
 */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     */
    public NotFoundException(ErrorDetails details) {
        this(details, "Check the identifiers in the path (instance, tenant, subscription, user).");
    }

    /**
     * Creates the exception with a more specific hint, for subclasses.
     *
     * @param details what the call and the server said
     * @param hint what the caller should do about it
     */
    protected NotFoundException(ErrorDetails details, String hint) {
        super(details, hint);
    }
}
