package io.teamsdr.core.event;

import java.util.Objects;

/**
 * What a listener learns about a call: low-cardinality names fit for metric tags, and the request id
 * that the server, the logs and the exceptions also carry.
 *
 * @param operation a stable operation name, such as {@code fusion.users.get}
 * @param method the HTTP method
 * @param pathTemplate the path template, such as {@code /msteams/user/{ms_user_id}}; never an expanded path
 * @param requestId the {@code X-Request-Id} sent with every attempt of the call
 * @param async whether the call was made through a client's async view
 */
public record CallInfo(String operation, String method, String pathTemplate, String requestId, boolean async) {

    /**
     * Checks the fields.
     *
     * @param operation a stable operation name
     * @param method the HTTP method
     * @param pathTemplate the path template
     * @param requestId the request id
     * @param async whether the call is async
     */
    public CallInfo {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(requestId, "requestId");
    }
}
