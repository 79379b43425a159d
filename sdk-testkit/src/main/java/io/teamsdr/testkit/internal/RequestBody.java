package io.teamsdr.testkit.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A request body read only when a handler asks for it: whole ({@link #bytes()}), or as a stream
 * ({@link #stream()}) for uploads too large to hold. A streamed body keeps a copy of its first
 * bytes, up to the journal's cap, so the journal still shows what came in.
 */
public final class RequestBody {

    private final InputStream in;
    private final int captureLimit;
    private byte[] whole;
    private Capturing streamed;

    /**
     * Wraps a request stream.
     *
     * @param in the raw request body
     * @param captureLimit bytes of a streamed body to keep for the journal
     */
    public RequestBody(InputStream in, int captureLimit) {
        this.in = in;
        this.captureLimit = captureLimit;
    }

    /**
     * A body already in memory.
     *
     * @param bytes the body
     * @return the body
     */
    public static RequestBody of(byte[] bytes) {
        RequestBody body = new RequestBody(InputStream.nullInputStream(), 0);
        body.whole = bytes.clone();
        return body;
    }

    /**
     * The whole body, read on first use.
     *
     * @return the bytes (not a copy)
     * @throws IllegalStateException when the body was already consumed as a stream
     */
    public synchronized byte[] bytes() {
        if (whole == null) {
            if (streamed != null) {
                throw new IllegalStateException("The request body was already read as a stream");
            }
            try {
                whole = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return whole;
    }

    /**
     * The body as a stream, for reading it once without holding it.
     *
     * @return the stream; closing it does not close the connection
     * @throws IllegalStateException when the body was already streamed
     */
    public synchronized InputStream stream() {
        if (whole != null) {
            return new ByteArrayInputStream(whole);
        }
        if (streamed != null) {
            throw new IllegalStateException("The request body can be streamed only once");
        }
        streamed = new Capturing(in, captureLimit);
        return streamed;
    }

    /**
     * What the journal keeps: the whole body when the handler read it whole, otherwise its first
     * bytes cut at a line end (so a CSV masker never sees half a record). Reads whatever the
     * handler left unread so the connection can be reused, without holding it: a large upload
     * refused before its handler (401, 404, a fault) costs no more memory than one streamed.
     *
     * @return the bytes to journal
     */
    public synchronized byte[] forJournal() {
        if (whole != null) {
            return whole;
        }
        if (streamed == null) {
            stream();
        }
        try {
            streamed.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client went away mid-body; the journal keeps what arrived.
        }
        return streamed.captured();
    }

    /**
     * The body size in bytes, as far as it has been read.
     *
     * @return the size
     */
    public synchronized long size() {
        return streamed != null ? streamed.count : whole != null ? whole.length : 0;
    }

    /** Counts every byte and keeps the first ones. */
    private static final class Capturing extends FilterInputStream {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final int limit;
        private long count;

        Capturing(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                keep(new byte[] {(byte) b}, 0, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                keep(b, off, n);
            }
            return n;
        }

        @Override
        public void close() {
            // The server owns the connection; the rest of the body is drained for the journal.
        }

        private void keep(byte[] b, int off, int n) {
            count += n;
            int room = limit - copy.size();
            if (room > 0) {
                copy.write(b, off, Math.min(room, n));
            }
        }

        byte[] captured() {
            byte[] bytes = copy.toByteArray();
            if (count <= bytes.length) {
                return bytes;
            }
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            return java.util.Arrays.copyOf(bytes, end);
        }
    }
}
