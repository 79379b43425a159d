package io.teamsdr.core.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Produces a request body by writing it, so a body made of a million rows is generated while it is
 * sent instead of being built in memory first.
 */
@FunctionalInterface
public interface BodyWriter {

    /**
     * Writes the whole body. Do not close {@code out}; the transport does.
     *
     * @param out where the body goes
     * @throws IOException when writing fails or the request was aborted
     */
    void writeTo(OutputStream out) throws IOException;
}
