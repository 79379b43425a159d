package io.teamsdr.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered with an HTTP status that the operation does not accept.
 *
 * <p>Carries everything needed to understand the failure without a debugger: the HTTP method and
 * the path <em>template</em> (never the expanded URL, which may hold identifiers or tokens), the
 * status, the service's own error code and reason when the body had them, the request id sent in
 * {@code X-Request-Id}, the number of attempts made, any {@code Retry-After} the server asked for,
 * and the response body (size-capped and with secrets redacted).
 */
public class ApiException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final ErrorDetails details;

    /**
     * Creates an exception from the details of a failed call.
     *
     * @param details what the call and the server said
     */
    public ApiException(ErrorDetails details) {
        super(details.describe(hintFor(details.status())));
        this.details = details;
    }

    /**
     * Creates an exception with a subclass-specific hint.
     *
     * @param details what the call and the server said
     * @param hint what the caller should do about it
     */
    protected ApiException(ErrorDetails details, String hint) {
        super(details.describe(hint));
        this.details = details;
    }

    /**
     * Returns the details of the failed call.
     *
     * @return the details
     */
    public ErrorDetails details() {
        return details;
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int status() {
        return details.status();
    }

    /**
     * Returns the HTTP method of the failed call.
     *
     * @return the method, e.g. {@code PUT}
     */
    public String method() {
        return details.method();
    }

    /**
     * Returns the path template of the failed call, e.g. {@code /msteams/users/{ms_user_id}}.
     *
     * @return the path template
     */
    public String pathTemplate() {
        return details.pathTemplate();
    }

    /**
     * Returns the service's own error code, when the body carried one.
     *
     * @return the error code as a string (numeric codes are kept as their decimal text)
     */
    public Optional<String> errorCode() {
        return details.errorCode();
    }

    /**
     * Returns the service's reason text, when the body carried one.
     *
     * @return the reason
     */
    public Optional<String> reason() {
        return details.reason();
    }

    /**
     * Returns the request id sent with the call, to quote when asking the operator for help.
     *
     * @return the request id
     */
    public String requestId() {
        return details.requestId();
    }

    /**
     * Returns how long the server asked the caller to wait, when it sent {@code Retry-After}.
     *
     * @return the requested wait
     */
    public Optional<Duration> retryAfter() {
        return details.retryAfter();
    }

    /**
     * Returns how many attempts were made, retries included.
     *
     * @return the attempt count, at least 1
     */
    public int attempts() {
        return details.attempts();
    }

    /**
     * Returns the response body, capped in size and with secrets redacted.
     *
     * @return the body text, empty when there was none
     */
    public String body() {
        return details.body();
    }

    static String hintFor(int status) {
        if (status >= 500) {
            return "The server failed; retry later and quote the request id if it persists.";
        }
        return "Check the request against the API documentation.";
    }
}
