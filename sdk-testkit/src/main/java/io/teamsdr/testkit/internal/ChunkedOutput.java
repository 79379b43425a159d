package io.teamsdr.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A streamed answer body in HTTP/1.1 chunked encoding; {@link #finish()} writes the last chunk.
 * Closing it does not close the connection.
 */
final class ChunkedOutput extends OutputStream {

    private static final int CHUNK_BYTES = 16 * 1024;

    private final SocketOutput out;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private int count;

    ChunkedOutput(SocketOutput out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == chunk.length) {
            flushChunk();
        }
        chunk[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (count == chunk.length) {
                flushChunk();
            }
            int n = Math.min(len, chunk.length - count);
            System.arraycopy(b, off, chunk, count, n);
            count += n;
            off += n;
            len -= n;
        }
    }

    private void flushChunk() throws IOException {
        if (count > 0) {
            out.writeAscii(Integer.toHexString(count) + "\r\n");
            out.write(chunk, 0, count);
            out.writeAscii("\r\n");
            count = 0;
        }
    }

    /** Sends what is buffered as a chunk, so a slow producer's data reaches the client. */
    /**
     * Leaves the bytes to go out with the rest of the answer: Jackson flushes as its generator closes,
     * and sending them then would cost the client a second read (and a round trip through its
     * selector) for the final chunk; {@link #finish()} sends everything.
     */
    @Override
    public void flush() {
        // Deliberately empty; see above.
    }

    /** Writes the last chunk; the body is complete. */
    void finish() throws IOException {
        flushChunk();
        out.writeAscii("0\r\n\r\n");
        out.flush();
    }

    @Override
    public void close() {
        // The server finishes the body; a writer closing its stream must not end the connection.
    }
}
