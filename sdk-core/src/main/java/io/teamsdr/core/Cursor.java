package io.teamsdr.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a paged iteration stands: the continuation token <em>and</em> the query it belongs to. The
 * server accepts a token only with the query that produced it, so a cursor can only resume a
 * {@link Paged} with that same query; anything else is refused before a request is sent.
 *
 * <p>{@link #serialize()} gives an opaque, URL-safe string that a web UI can hold to resume an
 * infinite scroll; {@link #parse(String)} reads it back.
 */
public final class Cursor {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "c1";

    private final String query;
    private final String token;

    /**
     * Creates a cursor.
     *
     * @param query the canonical form of the query the token belongs to
     * @param token the continuation token
     */
    public Cursor(String query, String token) {
        this.query = Objects.requireNonNull(query, "query");
        this.token = Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("a cursor needs a non-blank token");
        }
    }

    /**
     * Reads a cursor from its serialized form.
     *
     * @param text the output of {@link #serialize()}
     * @return the cursor
     * @throws IllegalArgumentException when the text is not a cursor
     */
    public static Cursor parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a teamsdr cursor: expected the text returned by Cursor.serialize()");
        }
        try {
            return new Cursor(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8),
                    new String(DECODER.decode(parts[2]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException damaged) {
            throw new IllegalArgumentException("not a teamsdr cursor: the text is damaged", damaged);
        }
    }

    /**
     * Returns the canonical query the token belongs to.
     *
     * @return the query
     */
    public String query() {
        return query;
    }

    /**
     * Returns the continuation token.
     *
     * @return the token
     */
    public String token() {
        return token;
    }

    /**
     * Returns an opaque, URL-safe text holding the query and the token.
     *
     * @return the serialized cursor
     */
    public String serialize() {
        return VERSION + '.' + ENCODER.encodeToString(query.getBytes(StandardCharsets.UTF_8))
                + '.' + ENCODER.encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor that && query.equals(that.query) && token.equals(that.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, token);
    }

    @Override
    public String toString() {
        return "Cursor{query=" + query + '}';
    }
}
