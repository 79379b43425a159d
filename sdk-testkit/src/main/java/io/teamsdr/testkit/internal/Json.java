package io.teamsdr.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one Jackson mapper the fakes share, so every fake writes JSON the same way.
 */
public final class Json {

    /** Shared, thread-safe mapper; configured once and never changed afterwards. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /**
     * Parses JSON text.
     *
     * @param text the JSON text
     * @return the parsed tree
     * @throws HttpError 400 when the text is not valid JSON
     */
    public static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw HttpError.badRequest("Request body is empty, JSON expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("Malformed JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Serializes a value to bytes.
     *
     * @param value any Jackson-serializable value
     * @return UTF-8 JSON
     */
    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Serializes a value to a string.
     *
     * @param value any Jackson-serializable value
     * @return JSON text
     */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a new JSON object.
     *
     * @return an empty object node
     */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
