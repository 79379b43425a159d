package io.teamsdr.testkit.internal;

/**
 * Thrown by a route handler to answer with an error status; the server renders it through its
 * {@link ErrorFormat}, so handlers never build error bodies themselves.
 */
public final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object code;

    /**
     * Creates an error answer.
     *
     * @param status HTTP status
     * @param code service error code (a number or a string, depending on the faked API); {@code null}
     *     lets the error format choose
     * @param reason human-readable reason, sent to the client
     */
    public HttpError(int status, Object code, String reason) {
        super(reason, null, false, false);
        this.status = status;
        this.code = code;
    }

    /**
     * A 400 answer.
     *
     * @param reason what was wrong with the request
     * @return the error
     */
    public static HttpError badRequest(String reason) {
        return new HttpError(400, null, reason);
    }

    /**
     * A 404 answer.
     *
     * @param reason what was not found
     * @return the error
     */
    public static HttpError notFound(String reason) {
        return new HttpError(404, null, reason);
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The service error code, or {@code null} when none was given.
     *
     * @return the code
     */
    public Object code() {
        return code;
    }

    /**
     * The reason sent to the client.
     *
     * @return the reason
     */
    public String reason() {
        return getMessage();
    }
}
