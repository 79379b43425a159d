package io.teamsdr.core;

/**
 * Paging cannot go on safely: the server returned a continuation token it had already returned
 * (following it would loop forever), or a cursor was replayed with a different query.
 */
public class PagingException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and what to do
     */
    public PagingException(String message) {
        super(message);
    }
}
