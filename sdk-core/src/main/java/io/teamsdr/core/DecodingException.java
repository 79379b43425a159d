package io.teamsdr.core;

/**
 * The server answered with a success status but a body the SDK could not read as the documented
 * type (malformed JSON, wrong field types). The message quotes the start of the redacted body.
 */
public class DecodingException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    /**
     * Creates the exception.
     *
     * @param method the HTTP method
     * @param pathTemplate the path template
     * @param status the HTTP status of the response
     * @param body the size-capped, redacted body
     * @param cause the parser's failure
     */
    public DecodingException(String method, String pathTemplate, int status, String body, Throwable cause) {
        super(method + ' ' + pathTemplate + " answered HTTP " + status
                + " with a body that is not the documented shape (" + cause.getMessage().lines().findFirst().orElse("")
                + "). Body starts with: " + abbreviate(body)
                + ". The server may be a different version than the SDK expects.", cause);
        this.status = status;
        this.body = body;
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
