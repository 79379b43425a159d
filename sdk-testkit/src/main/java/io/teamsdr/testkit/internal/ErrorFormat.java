package io.teamsdr.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders error answers in the shape of the faked API, so that 404, 405, injected faults and
 * handler errors all look the same to a client.
 */
@FunctionalInterface
public interface ErrorFormat {

    /**
     * The documented Fusion shape {@code {"error":{"code":<code>,"reason":"..."}}}; a missing code
     * becomes the HTTP status.
     */
    ErrorFormat ERROR_CODE_REASON = (status, code, reason) -> {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.putPOJO("code", code == null ? status : code);
        error.put("reason", reason);
        return Response.json(status, root);
    };

    /**
     * Builds the error response.
     *
     * @param status HTTP status
     * @param code service error code or {@code null}
     * @param reason human-readable reason
     * @return the response to send
     */
    Response render(int status, Object code, String reason);
}
