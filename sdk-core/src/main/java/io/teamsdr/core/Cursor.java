package io.teamsdr.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where a listing stands: the continuation token <em>and</em> the query it belongs to, plus the
 * number of the page it leads to. The server accepts a token only with the query that produced it,
 * so a cursor only resumes a listing with that same query; anything else is refused with a
 * {@link PagingException} before a request is sent.
 *
 * <p>{@link #serialize()} gives an opaque, URL-safe string that a web UI can hold to resume an
 * infinite scroll; {@link #parse(String)} reads it back.
 */
public final class Cursor {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "c2";

    private final String query;
    private final String token;
    private final int pageNumber;

    /**
     * Creates a cursor.
     *
     * @param query the canonical form of the query the token belongs to
     * @param token the continuation token
     * @param pageNumber the number of the page the token leads to, from 2
     * @throws IllegalArgumentException when the token is blank or the page number below 2
     */
    public Cursor(String query, String token, int pageNumber) {
        this.query = Objects.requireNonNull(query, "query");
        this.token = Objects.requireNonNull(token, "token");
        this.pageNumber = pageNumber;
        if (token.isBlank()) {
            throw new IllegalArgumentException("a cursor needs a non-blank token");
        }
        if (pageNumber < 2) {
            throw new IllegalArgumentException("a cursor leads to page 2 or later: " + pageNumber);
        }
    }

    /**
     * Reads a cursor from its serialized form.
     *
     * @param text the output of {@link #serialize()}
     * @return the cursor
     * @throws IllegalArgumentException when the text is not a cursor of this SDK version
     */
    public static Cursor parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a teamsdr cursor: expected the text returned by Cursor.serialize() "
                    + "of this SDK version; start the listing again from the first page");
        }
        try {
            return new Cursor(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8),
                    new String(DECODER.decode(parts[2]), StandardCharsets.UTF_8), Integer.parseInt(parts[3]));
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
     * Returns the number of the page this cursor leads to.
     *
     * @return the page number, from 2
     */
    public int pageNumber() {
        return pageNumber;
    }

    /**
     * Returns an opaque, URL-safe text holding the query, the token and the page number.
     *
     * @return the serialized cursor
     */
    public String serialize() {
        return VERSION + '.' + ENCODER.encodeToString(query.getBytes(StandardCharsets.UTF_8))
                + '.' + ENCODER.encodeToString(token.getBytes(StandardCharsets.UTF_8)) + '.' + pageNumber;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor that && query.equals(that.query) && token.equals(that.token)
                && pageNumber == that.pageNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, token, pageNumber);
    }

    /** Names the query and the page, never the token. */
    @Override
    public String toString() {
        return "Cursor{query=" + query + ", page=" + pageNumber + '}';
    }
}
