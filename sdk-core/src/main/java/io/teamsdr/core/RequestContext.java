package io.teamsdr.core;

import java.io.Serializable;
import java.util.Objects;

/**
 * The request side of a failed call, the same on every failure type: the operation name, the HTTP
 * method, the path <em>template</em> (never the expanded path, which may hold identifiers), the
 * request id sent in {@code X-Request-Id} with every attempt, and how many attempts reached the wire.
 *
 * @param operation the stable operation name, such as {@code fusion.users.get}; the method and path
 *     template when the operation has no name
 * @param method the HTTP method
 * @param pathTemplate the path template, such as {@code /msteams/user/{ms_user_id}}
 * @param requestId the {@code X-Request-Id} sent with every attempt of the call
 * @param attempts how many attempts reached the wire, retries, the attempt after a credentials refresh
 *     and any resend of the JDK's HTTP client included; 0 when nothing was sent
 */
public record RequestContext(String operation, String method, String pathTemplate, String requestId, int attempts)
        implements Serializable {

    /**
     * Checks the fields.
     *
     * @param operation the operation name
     * @param method the HTTP method
     * @param pathTemplate the path template
     * @param requestId the request id
     * @param attempts the attempts that reached the wire
     */
    public RequestContext {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(requestId, "requestId");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
    }

    /**
     * Returns a copy with another attempt count.
     *
     * @param count how many attempts reached the wire
     * @return the copy
     */
    public RequestContext withAttempts(int count) {
        return count == attempts ? this : new RequestContext(operation, method, pathTemplate, requestId, count);
    }

    /**
     * The bracketed end of every failure message, such as {@code [request id 3f.., 2 attempts]}.
     *
     * @return the text
     */
    String describe() {
        return "[request id " + requestId + ", " + attempts + (attempts == 1 ? " attempt]" : " attempts]");
    }
}
