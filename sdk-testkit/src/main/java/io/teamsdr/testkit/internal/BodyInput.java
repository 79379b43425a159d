package io.teamsdr.testkit.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * The body of one request as it arrives on the connection: {@code Content-Length} bytes, or a
 * chunked body decoded on the fly and capped. A stall answers 408, a chunked body over the cap
 * 413, a broken chunk 400 (each a {@link ProtocolException}). Closing it leaves the connection open.
 */
final class BodyInput extends InputStream {

    private static final int MAX_CHUNK_LINE = 1024;

    private final HttpInput in;
    private final boolean chunked;
    private final long maxBytes;
    private final int stallSeconds;
    private Runnable beforeFirstRead;
    private long remaining;
    private long received;
    private boolean complete;

    private BodyInput(HttpInput in, boolean chunked, long length, long maxBytes, int stallSeconds,
            Runnable beforeFirstRead) {
        this.in = in;
        this.chunked = chunked;
        this.remaining = chunked ? 0 : length;
        this.maxBytes = maxBytes;
        this.stallSeconds = stallSeconds;
        this.beforeFirstRead = beforeFirstRead;
        this.complete = !chunked && length == 0;
    }

    /** A body of exactly {@code length} bytes. */
    static BodyInput fixed(HttpInput in, long length, int stallSeconds, Runnable beforeFirstRead) {
        return new BodyInput(in, false, length, length, stallSeconds, beforeFirstRead);
    }

    /** A chunked body of at most {@code maxBytes} bytes. */
    static BodyInput chunked(HttpInput in, long maxBytes, int stallSeconds, Runnable beforeFirstRead) {
        return new BodyInput(in, true, -1, maxBytes, stallSeconds, beforeFirstRead);
    }

    /** An empty body. */
    static BodyInput empty(HttpInput in) {
        return new BodyInput(in, false, 0, 0, 1, null);
    }

    /** Whether the whole body has been read, so the next request can follow on the connection. */
    boolean complete() {
        return complete;
    }

    /** Whether reading has started (a {@code 100 Continue} went out if one was due). */
    boolean started() {
        return beforeFirstRead == null;
    }

    /** The length the client announced, -1 for a chunked body. */
    long declaredLength() {
        return chunked ? -1 : remaining + received;
    }

    /** Bytes of body received so far. */
    long received() {
        return received;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (complete) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        if (beforeFirstRead != null) {
            Runnable announce = beforeFirstRead;
            beforeFirstRead = null;
            announce.run();
        }
        try {
            if (remaining == 0) {
                if (!chunked || !nextChunk()) {
                    complete = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n < 0) {
                throw new EOFException("The client closed the connection inside the request body");
            }
            remaining -= n;
            received += n;
            if (remaining == 0 && !chunked) {
                complete = true;
            }
            return n;
        } catch (SocketTimeoutException stalled) {
            throw new ProtocolException(408, "The request body stalled: no byte for " + stallSeconds + " s");
        }
    }

    /** Reads a chunk header; false after the last chunk and its trailers. */
    private boolean nextChunk() throws IOException {
        if (received > 0) {
            expectEmptyLine();
        }
        int length = in.readLine(MAX_CHUNK_LINE, 400, "Chunk header longer than " + MAX_CHUNK_LINE + " bytes");
        String header = new String(in.line(), 0, length, StandardCharsets.ISO_8859_1);
        int digits = 0;
        long size = 0;
        while (digits < header.length() && Character.digit(header.charAt(digits), 16) >= 0) {
            if (digits >= 15) {
                throw new ProtocolException(413, "Chunk size " + header + " is larger than the body cap");
            }
            size = size * 16 + Character.digit(header.charAt(digits), 16);
            digits++;
        }
        String rest = header.substring(digits).stripLeading();
        if (digits == 0 || !(rest.isEmpty() || rest.startsWith(";"))) {
            throw new ProtocolException(400, "Malformed chunk header: " + header);
        }
        if (size == 0) {
            int trailers = 0;
            while (in.readLine(MAX_CHUNK_LINE * 8, 431, "Chunked trailer field too large") > 0) {
                if (++trailers > 100) {
                    throw new ProtocolException(431, "Too many chunked trailer fields");
                }
            }
            return false;
        }
        if (received + size > maxBytes) {
            throw new ProtocolException(413, "Request body larger than " + maxBytes + " bytes");
        }
        remaining = size;
        return true;
    }

    private void expectEmptyLine() throws IOException {
        if (in.readLine(2, 400, "Chunk data longer than its size") != 0) {
            throw new ProtocolException(400, "Chunk data longer than its size");
        }
    }

    @Override
    public void close() {
        // The connection outlives the body: the server drains or closes it.
    }
}
