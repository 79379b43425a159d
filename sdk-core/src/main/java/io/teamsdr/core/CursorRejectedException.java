package io.teamsdr.core;

/**
 * The server answered 400 to the request of a page after the first: it refused the continuation
 * token of {@link #cursor()}, because it expired or does not belong to the query sent. Start the
 * listing again from the first page; {@link #errorCode()} and {@link #reason()} carry what the
 * server said.
 */
public class CursorRejectedException extends BadRequestException {
    private static final long serialVersionUID = 1L;

    private final Cursor cursor;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     * @param cursor the cursor whose token the server refused
     */
    public CursorRejectedException(ErrorDetails details, Cursor cursor) {
        super(details, "The server refused the continuation token of page " + cursor.pageNumber()
                + " (it may have expired): start the listing again from the first page.");
        this.cursor = cursor;
    }

    /**
     * Returns the cursor whose token the server refused.
     *
     * @return the cursor
     */
    public Cursor cursor() {
        return cursor;
    }
}
