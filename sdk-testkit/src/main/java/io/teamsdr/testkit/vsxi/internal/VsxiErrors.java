package io.teamsdr.testkit.vsxi.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.ErrorFormat;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Response;
import java.util.Map;

/**
 * The error bodies of the VSXi fake, all {@code {"error":{"code":"...","reason":"..."}}} with
 * string codes (NOTES.md), so that router errors, auth failures, rule violations and rejected
 * uploads look alike to a client.
 */
public final class VsxiErrors {

    /** The format for the shared HTTP layer: a missing code is named after the status. */
    public static final ErrorFormat FORMAT = (status, code, reason) ->
            render(status, code == null ? codeFor(status) : code.toString(), reason);

    private VsxiErrors() {
    }

    /**
     * An error answer.
     *
     * @param status HTTP status
     * @param code error code
     * @param reason human-readable reason
     * @return the response
     */
    public static Response render(int status, String code, String reason) {
        return Response.json(status, body(code, reason, Map.of()));
    }

    /**
     * The answer for a state rule the request broke.
     *
     * @param e the violation
     * @return the response
     */
    public static Response render(VsxiRuleException e) {
        return Response.json(e.status(), body(e.code(), e.getMessage(), e.details()));
    }

    /**
     * The answer for a refused upload: the error object plus the upload result shape, so a
     * client reading either finds what it expects.
     *
     * @param e the refusal
     * @return a 400 response
     */
    public static Response render(UploadRejectedException e) {
        ObjectNode root = body("VALIDATION_FAILED", e.getMessage(), Map.of());
        root.put("accepted", 0);
        ArrayNode errors = root.putArray("errors");
        for (RowError error : e.errors()) {
            ObjectNode item = errors.addObject();
            item.put("line", error.line());
            if (error.field() != null) {
                item.put("field", error.field());
            }
            item.put("reason", error.reason());
        }
        return Response.json(400, root);
    }

    private static ObjectNode body(String code, String reason, Map<String, Object> details) {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("reason", reason);
        new java.util.TreeMap<>(details).forEach(error::putPOJO);
        return root;
    }

    /**
     * The code of an error the fake answers without a code of its own. All are the fake's invention
     * (fake-only): the API document defines no codes; 408, 413, 414, 417, 431, 501 and 505 come from
     * the HTTP layer's limits ({@code HttpLimits}).
     */
    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 408 -> "REQUEST_TIMEOUT";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 417 -> "EXPECTATION_FAILED";
            case 431 -> "HEADERS_TOO_LARGE";
            case 501 -> "NOT_IMPLEMENTED";
            case 505 -> "HTTP_VERSION_NOT_SUPPORTED";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status;
        };
    }
}
