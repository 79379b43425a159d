package io.teamsdr.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer produced by a route handler. Immutable; {@link #withHeader} returns a copy.
 */
public final class Response {

    private static final byte[] NO_BODY = new byte[0];

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers;
    private final BodyWriter writer;

    private Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    private Response(int status, String contentType, byte[] body, Map<String, String> headers,
            BodyWriter writer) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
        this.writer = writer;
    }

    /**
     * Writes a streamed body straight to the connection.
     */
    @FunctionalInterface
    public interface BodyWriter {

        /**
         * Writes the whole body.
         *
         * @param out the response stream; do not close it
         * @throws java.io.IOException when writing fails
         */
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /**
     * An answer whose body is written while it is sent (chunked), for large downloads the fake
     * should not build in memory first.
     *
     * @param status HTTP status
     * @param contentType media type of the body
     * @param writer writes the body; may be called more than once (a fault corrupting the body
     *     needs it in memory)
     * @return the response
     */
    public static Response streamed(int status, String contentType, BodyWriter writer) {
        return new Response(status, contentType, NO_BODY, Map.of(), java.util.Objects.requireNonNull(writer));
    }

    /**
     * A JSON answer.
     *
     * @param status HTTP status
     * @param value a Jackson-serializable value (a tree, a map, a record)
     * @return the response
     */
    public static Response json(int status, Object value) {
        return new Response(status, "application/json", Json.bytes(value), Map.of());
    }

    /**
     * An answer without a body (204, or any status whose body is empty).
     *
     * @param status HTTP status
     * @return the response
     */
    public static Response empty(int status) {
        return new Response(status, null, NO_BODY, Map.of());
    }

    /**
     * An answer with raw bytes.
     *
     * @param status HTTP status
     * @param contentType media type of the body
     * @param body the body
     * @return the response
     */
    public static Response bytes(int status, String contentType, byte[] body) {
        return new Response(status, contentType, body.clone(), Map.of());
    }

    /**
     * A copy with one more header (replacing a header of the same name).
     *
     * @param name header name
     * @param value header value
     * @return the new response
     */
    public Response withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Response(status, contentType, body, Map.copyOf(copy), writer);
    }

    /**
     * A copy with another body of the same content type.
     *
     * @param newBody the replacement body
     * @return the new response
     */
    public Response withBody(byte[] newBody) {
        return new Response(status, contentType == null ? "application/json" : contentType,
                newBody.clone(), headers);
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The media type, or {@code null} for an empty answer.
     *
     * @return the content type
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The body bytes (a copy).
     *
     * @return the body
     */
    public byte[] body() {
        return bodyUnsafe().clone();
    }

    int bodyLength() {
        return body.length;
    }

    BodyWriter writer() {
        return writer;
    }

    byte[] bodyUnsafe() {
        if (writer == null) {
            return body;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writer.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Extra headers.
     *
     * @return header name to value
     */
    public Map<String, String> headers() {
        return headers;
    }
}
