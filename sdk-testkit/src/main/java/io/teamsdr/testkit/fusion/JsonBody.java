package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, validating access to a JSON object body. Distinguishes a field that is absent (leave
 * unchanged) from one that is {@code null} (clear), and answers 400 on a wrong type instead of
 * guessing.
 */
final class JsonBody {

    private final JsonNode node;

    private JsonBody(JsonNode node) {
        this.node = node;
    }

    static JsonBody of(Request request) {
        return of(request.json(), "Request body");
    }

    static JsonBody of(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, what + " must be a JSON object");
        }
        return new JsonBody(node);
    }

    JsonNode node() {
        return node;
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** The string value; {@code null} when absent or JSON null. */
    String string(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw typeError(field, "a string");
        }
        return v.asText();
    }

    String requiredString(String field) {
        String value = string(field);
        if (value == null || value.isBlank()) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, field + " is required");
        }
        return value;
    }

    /** A non-blank string when present; {@code null} when absent; 400 when null or blank. */
    String nonBlankIfPresent(String field) {
        if (!node.has(field)) {
            return null;
        }
        return requiredString(field);
    }

    /** A list of strings; {@code null} when absent or JSON null. */
    List<String> strings(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw typeError(field, "an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) {
                throw typeError(field, "an array of strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    List<String> requiredStrings(String field) {
        if (!node.has(field) || node.get(field).isNull()) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, field + " is required (an array)");
        }
        return strings(field);
    }

    Boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw typeError(field, "a boolean");
        }
        return v.asBoolean();
    }

    private static HttpError typeError(String field, String type) {
        return FusionErrors.bad(FusionErrors.INVALID_FIELD, field + " must be " + type);
    }
}
