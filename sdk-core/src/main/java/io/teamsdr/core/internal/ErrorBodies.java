package io.teamsdr.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Reads the service's error code and reason out of an error body, in the shapes the APIs use:
 * {@code {"error":{"code":2095,"reason":"..."}}}, {@code {"error":"text"}}, or a top-level
 * {@code message}, {@code reason} or {@code detail} string. Kept in one place so that it can follow
 * the real servers when they differ from the documents.
 */
public final class ErrorBodies {

    /**
     * A parsed error.
     *
     * @param code the service's error code as text, or {@code null}
     * @param reason the reason text, or {@code null}
     */
    public record Parsed(String code, String reason) {
    }

    private ErrorBodies() {
    }

    /**
     * Parses an error body.
     *
     * @param mapper the mapper
     * @param body the body text
     * @return the code and reason found, both {@code null} when the body is not JSON or has neither
     */
    public static Parsed parse(ObjectMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            return new Parsed(null, null);
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (Exception notJson) {
            return new Parsed(null, null);
        }
        if (root == null || !root.isObject()) {
            return new Parsed(null, null);
        }
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            return new Parsed(text(error.get("code")).orElse(null),
                    text(error.get("reason")).or(() -> text(error.get("message"))).orElse(null));
        }
        if (error != null && error.isTextual()) {
            return new Parsed(text(root.get("code")).orElse(null), error.asText());
        }
        return new Parsed(text(root.get("code")).orElse(null),
                text(root.get("message")).or(() -> text(root.get("reason"))).or(() -> text(root.get("detail"))).orElse(null));
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? Optional.empty() : Optional.of(node.asText());
    }
}
