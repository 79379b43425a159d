package io.teamsdr.core.http;

/** The HTTP methods the teamsdr APIs use. */
public enum HttpMethod {
    /** Reads; idempotent. */
    GET(true),
    /** Creates or triggers; not idempotent unless an operation says so. */
    POST(false),
    /** Replaces; idempotent. */
    PUT(true),
    /** Deletes; idempotent. */
    DELETE(true);

    private final boolean idempotent;

    HttpMethod(boolean idempotent) {
        this.idempotent = idempotent;
    }

    /**
     * Tells whether repeating the method has the same effect as sending it once (RFC 9110).
     *
     * @return {@code true} for GET, PUT and DELETE
     */
    public boolean isIdempotent() {
        return idempotent;
    }
}
