package io.teamsdr.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one Jackson mapper the fakes share, so every fake writes JSON the same way.
 */
public final class Json {

    /**
     * Shared, thread-safe mapper; configured once and never changed afterwards. It refuses trailing
     * tokens and duplicate keys: a body such as {@code {"a":1,"a":2}} is ambiguous (which value
     * wins differs between servers), so the fakes answer 400 rather than guess.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

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
     * Parses a request body: strict UTF-8 first (a malformed byte is a 400 naming its offset,
     * never a silent U+FFFD), then JSON.
     *
     * @param body the body bytes
     * @return the parsed tree
     * @throws HttpError 400 when the bytes are not UTF-8 or not valid JSON
     */
    public static JsonNode parseUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw HttpError.badRequest("Request body is not valid UTF-8: malformed byte sequence at byte "
                    + in.position());
        }
        decoder.flush(out);
        return parse(out.flip().toString());
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
