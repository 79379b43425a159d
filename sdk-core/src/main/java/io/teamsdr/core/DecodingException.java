package io.teamsdr.core;

/**
 * The server answered with a success status but a body the SDK could not read as the documented
 * type (malformed JSON, wrong field types). The message quotes the start of the redacted body.
 */
public class DecodingException extends CallException {
    private static final long serialVersionUID = 2L;

    private final int status;
    private final String body;

    /**
     * Creates the exception.
     *
     * @param context the request side of the call
     * @param status the HTTP status of the response
     * @param body the size-capped, redacted body
     * @param cause the parser's failure
     */
    public DecodingException(RequestContext context, int status, String body, Throwable cause) {
        super(context, context.method() + ' ' + context.pathTemplate() + " answered HTTP " + status
                + " with a body that is not the documented shape (" + firstLine(cause)
                + "). Body starts with: " + abbreviate(body)
                + ". The server may be a different version than the SDK expects. " + context.describe(), cause);
        this.status = status;
        this.body = body;
    }

    /**
     * Creates the exception in a response handler that does not know the request id; the transport
     * gives it the call's context before the caller sees it.
     *
     * @param method the HTTP method
     * @param pathTemplate the path template
     * @param status the HTTP status of the response
     * @param body the size-capped, redacted body
     * @param cause the parser's failure
     */
    public DecodingException(String method, String pathTemplate, int status, String body, Throwable cause) {
        this(new RequestContext(method + " " + pathTemplate, method, pathTemplate, "unknown", 1), status, body, cause);
    }

    /**
     * Returns a copy that carries another request context, keeping body, cause and stack trace.
     *
     * @param context the request side of the call
     * @return the copy
     */
    public DecodingException withContext(RequestContext context) {
        DecodingException copy = new DecodingException(context, status, body, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }

    /**
     * Returns the HTTP status of the response.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the response body, capped and redacted.
     *
     * @return the body
     */
    public String body() {
        return body;
    }
}
