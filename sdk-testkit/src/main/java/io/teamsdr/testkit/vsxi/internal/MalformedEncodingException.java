package io.teamsdr.testkit.vsxi.internal;

import java.nio.charset.CharacterCodingException;

/**
 * Raised while reading an upload when its bytes are not valid UTF-8; carries the line so the
 * client learns where the bad bytes are.
 */
public final class MalformedEncodingException extends CharacterCodingException {

    private static final long serialVersionUID = 1L;

    /** Physical line holding the malformed bytes. */
    private final int line;

    /**
     * Creates the exception.
     *
     * @param line physical line (1-based) holding the malformed bytes
     */
    public MalformedEncodingException(int line) {
        this.line = line;
    }

    /**
     * The physical line holding the malformed bytes.
     *
     * @return the 1-based line
     */
    public int line() {
        return line;
    }

    @Override
    public String getMessage() {
        return "malformed UTF-8 byte sequence on line " + line;
    }
}
