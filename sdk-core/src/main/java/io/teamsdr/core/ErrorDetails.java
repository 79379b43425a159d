package io.teamsdr.core;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a call the server rejected: the request side ({@link RequestContext}) and the
 * response side (status, error code, reason, {@code Retry-After}, body).
 */
public final class ErrorDetails implements Serializable {
    private static final long serialVersionUID = 2L;

    private final RequestContext context;
    private final int status;
    private final String errorCode;
    private final String reason;
    private final Duration retryAfter;
    private final String body;

    /**
     * Creates the details.
     *
     * @param context the request side of the call
     * @param status the HTTP status
     * @param errorCode the service's error code, or {@code null}
     * @param reason the service's reason text, or {@code null}
     * @param retryAfter the wait the server asked for, or {@code null}
     * @param body the size-capped, redacted response body, or {@code null}
     */
    public ErrorDetails(RequestContext context, int status, String errorCode, String reason, Duration retryAfter,
                        String body) {
        this.context = Objects.requireNonNull(context, "context");
        this.status = status;
        this.errorCode = errorCode;
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.body = body == null ? "" : body;
    }

    /**
     * Creates the details of a call without an operation name.
     *
     * @param method the HTTP method
     * @param pathTemplate the path template, never the expanded URL
     * @param status the HTTP status
     * @param errorCode the service's error code, or {@code null}
     * @param reason the service's reason text, or {@code null}
     * @param requestId the {@code X-Request-Id} sent
     * @param retryAfter the wait the server asked for, or {@code null}
     * @param attempts the number of attempts made
     * @param body the size-capped, redacted response body, or {@code null}
     */
    public ErrorDetails(String method, String pathTemplate, int status, String errorCode, String reason,
                        String requestId, Duration retryAfter, int attempts, String body) {
        this(new RequestContext(method + " " + pathTemplate, method, pathTemplate, requestId, attempts),
                status, errorCode, reason, retryAfter, body);
    }

    /**
     * Returns a copy with another service error code, reason and body, keeping the request side, status
     * and {@code Retry-After}: for handlers that read an error body the core's capped copy cannot show.
     *
     * @param code the service's error code, or {@code null}
     * @param reasonText the service's reason text, or {@code null}
     * @param redactedBody the size-capped, redacted body
     * @return the copy
     */
    public ErrorDetails withBody(String code, String reasonText, String redactedBody) {
        return new ErrorDetails(context, status, code, reasonText, retryAfter, redactedBody);
    }

    /**
     * Returns the request side of the call.
     *
     * @return the context
     */
    public RequestContext context() {
        return context;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the size-capped, redacted body.
     *
     * @return the body, empty when there was none
     */
    public String body() {
        return body;
    }

    /**
     * Returns the service's error code.
     *
     * @return the code, if the body carried one
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * Returns the service's reason text.
     *
     * @return the reason, if the body carried one
     */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns the wait the server asked for.
     *
     * @return the {@code Retry-After} duration, if sent
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    String describe(String hint) {
        StringBuilder text = new StringBuilder()
                .append(context.method()).append(' ').append(context.pathTemplate())
                .append(" failed with HTTP ").append(status);
        if (errorCode != null || reason != null) {
            text.append(" (");
            if (errorCode != null) {
                text.append("code ").append(errorCode);
                if (reason != null) {
                    text.append(": ");
                }
            }
            if (reason != null) {
                text.append(reason);
            }
            text.append(')');
        }
        return text.append(". ").append(hint).append(' ').append(context.describe()).toString();
    }
}
