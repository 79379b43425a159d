package io.teamsdr.core;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a call the server rejected: the request side (method, path template, request
 * id, attempts) and the response side (status, error code, reason, {@code Retry-After}, body).
 */
public final class ErrorDetails implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String pathTemplate;
    private final int status;
    private final String errorCode;
    private final String reason;
    private final String requestId;
    private final Duration retryAfter;
    private final int attempts;
    private final String body;

    /**
     * Creates the details.
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
        this.method = Objects.requireNonNull(method, "method");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        this.status = status;
        this.errorCode = errorCode;
        this.reason = reason;
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.retryAfter = retryAfter;
        this.attempts = attempts;
        this.body = body == null ? "" : body;
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
     * Returns the path template.
     *
     * @return the template
     */
    public String pathTemplate() {
        return pathTemplate;
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
     * Returns the request id sent.
     *
     * @return the request id
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Returns how many attempts were made.
     *
     * @return the attempt count
     */
    public int attempts() {
        return attempts;
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

    /**
     * Returns a copy with another attempt count.
     *
     * @param attempts the number of attempts made
     * @return the copy
     */
    public ErrorDetails withAttempts(int attempts) {
        return new ErrorDetails(method, pathTemplate, status, errorCode, reason, requestId, retryAfter, attempts, body);
    }

    String describe(String hint) {
        StringBuilder text = new StringBuilder()
                .append(method).append(' ').append(pathTemplate)
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
        text.append(". ").append(hint)
                .append(" [request id ").append(requestId)
                .append(", ").append(attempts).append(attempts == 1 ? " attempt]" : " attempts]");
        return text.toString();
    }
}
