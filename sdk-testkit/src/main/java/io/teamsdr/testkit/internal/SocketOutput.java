package io.teamsdr.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The writing side of one connection: a buffer in front of the socket that records when a write to
 * the socket started, so a watchdog can close a connection whose client stopped reading (a socket
 * write has no timeout of its own).
 */
final class SocketOutput extends OutputStream {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int count;
    private volatile long writingSince;

    SocketOutput(OutputStream out) {
        this.out = out;
    }

    /**
     * When the write now blocked on the socket started.
     *
     * @return a {@link System#nanoTime()} value, 0 when no write is in progress
     */
    long writingSince() {
        return writingSince;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buffer.length) {
            flushBuffer();
        }
        buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > buffer.length - count) {
            flushBuffer();
            if (len >= buffer.length) {
                socketWrite(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buffer, count, len);
        count += len;
    }

    /** Writes ASCII text, such as a status line or a header. */
    void writeAscii(String text) throws IOException {
        int length = text.length();
        if (length > buffer.length - count) {
            flushBuffer();
        }
        if (length > buffer.length) {
            write(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return;
        }
        for (int i = 0; i < length; i++) {
            buffer[count++] = (byte) text.charAt(i);
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            socketWrite(buffer, 0, count);
            count = 0;
        }
    }

    private void socketWrite(byte[] b, int off, int len) throws IOException {
        writingSince = System.nanoTime() | 1;
        try {
            out.write(b, off, len);
        } finally {
            writingSince = 0;
        }
    }

    @Override
    public void close() {
        // The connection decides when the socket closes.
    }
}
