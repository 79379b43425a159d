package io.teamsdr.core;

/**
 * The call got no usable HTTP answer: the connection failed or was reset, or a timeout expired.
 * Whether the server acted on the request is unknown unless the operation is idempotent.
 */
public class TransportException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String pathTemplate;
    private final String requestId;
    private final int attempts;
    private final boolean timeout;

    /**
     * Creates the exception.
     *
     * @param method the HTTP method
     * @param pathTemplate the path template of the operation
     * @param requestId the request id sent
     * @param attempts how many attempts were made
     * @param timeout whether a timeout ended the call
     * @param cause the I/O failure
     */
    public TransportException(String method, String pathTemplate, String requestId, int attempts,
                              boolean timeout, Throwable cause) {
        super(method + ' ' + pathTemplate + (timeout ? " timed out" : " failed: no answer from the server")
                + " (" + describe(cause) + "). "
                + (timeout ? "Raise the response or call timeout, or check the server's health."
                           : "Check the endpoint, network and TLS settings.")
                + " [request id " + requestId + ", " + attempts + (attempts == 1 ? " attempt]" : " attempts]"), cause);
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.requestId = requestId;
        this.attempts = attempts;
        this.timeout = timeout;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /**
     * Returns the HTTP method.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * Returns the path template of the operation.
     *
     * @return the path template
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * Returns the request id sent with the call.
     *
     * @return the request id
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Returns how many attempts were sent.
     *
     * @return the attempt count; 0 when the call timeout expired, or the thread was interrupted,
     *     while the call waited out a client-wide pause before its first attempt
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Tells whether a timeout (response or call) ended the call.
     *
     * @return {@code true} for a timeout
     */
    public boolean isTimeout() {
        return timeout;
    }
}
