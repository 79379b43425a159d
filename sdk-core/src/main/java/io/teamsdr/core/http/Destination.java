package io.teamsdr.core.http;

import io.teamsdr.core.TeamsdrException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Wraps where a download goes, so that a failure of that side (no such directory, no space left, a
 * closed stream) is reported as what it is. Without it a local disk problem would leave the handler
 * as an {@code IOException}, and the transport would call it a network failure and tell the caller
 * to check the endpoint.
 */
final class Destination extends OutputStream {
    private final OutputStream out;
    private final String name;

    Destination(OutputStream out, String name) {
        this.out = out;
        this.name = name;
    }

    static TeamsdrException failed(String name, IOException cause) {
        return new TeamsdrException("The download could not be written to " + name + " (" + cause
                + "); check the path, its permissions and the free space.", cause);
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException failure) {
            throw failed(name, failure);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        try {
            out.write(bytes, offset, length);
        } catch (IOException failure) {
            throw failed(name, failure);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException failure) {
            throw failed(name, failure);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException failure) {
            throw failed(name, failure);
        }
    }
}
