package io.teamsdr.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The server answered with an HTTP status that the operation does not accept.
 *
 * <p>Carries everything needed to understand the failure without a debugger: the
 * {@linkplain #context() request context} (operation, HTTP method, path <em>template</em> but never the
 * expanded URL, request id, attempts), the status, the service's own error code and reason when the body
 * had them, any {@code Retry-After} the server asked for, and the response body (size-capped and with
 * secrets redacted).
 */
public class ApiException extends CallException {
    private static final long serialVersionUID = 2L;

    private final ErrorDetails details;

    /**
     * Creates an exception from the details of a failed call.
     *
     * @param details what the call and the server said
     */
    public ApiException(ErrorDetails details) {
        this(details, hintFor(details.status()));
    }

    /**
     * Creates an exception with a subclass-specific hint.
     *
     * @param details what the call and the server said
     * @param hint what the caller should do about it
     */
    protected ApiException(ErrorDetails details, String hint) {
        super(details.context(), details.describe(hint), null);
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
     * Returns how long the server asked the caller to wait, when it sent {@code Retry-After}.
     *
     * @return the requested wait
     */
    public Optional<Duration> retryAfter() {
        return details.retryAfter();
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
