package io.teamsdr.testkit.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A request body read only when a handler asks for it: whole ({@link #bytes()}), or as a stream
 * ({@link #stream()}) for uploads too large to hold. A streamed body keeps a copy of its first
 * bytes, up to the journal's cap, so the journal still shows what came in. A body that stalls,
 * breaks its framing or passes a cap surfaces as an {@link HttpError} (408, 400, 413), which the
 * server answers in the faked API's error shape.
 */
public final class RequestBody {

    private static final byte[] NO_BYTES = new byte[0];

    private final BodyInput in;
    private final int captureLimit;
    private byte[] whole;
    private Capturing streamed;
    private boolean refused;

    RequestBody(BodyInput in, int captureLimit) {
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
        RequestBody body = new RequestBody(null, 0);
        body.whole = bytes.clone();
        return body;
    }

    /**
     * The whole body, read on first use.
     *
     * @return the bytes (not a copy)
     * @throws IllegalStateException when the body was already consumed as a stream
     * @throws HttpError when the body stalls, is malformed or passes the server's cap
     */
    public synchronized byte[] bytes() {
        return bytes(Long.MAX_VALUE);
    }

    /**
     * The whole body, read on first use, refusing more than a cap.
     *
     * @param maxBytes the largest body accepted
     * @return the bytes (not a copy)
     * @throws HttpError 413 when the body is larger than {@code maxBytes}; 408 or 400 as for {@link #bytes()}
     */
    public synchronized byte[] bytes(long maxBytes) {
        if (whole == null && streamed == null && in.complete() && in.received() == 0) {
            whole = NO_BYTES;
        }
        if (whole == null) {
            if (streamed != null) {
                throw new IllegalStateException("The request body was already read as a stream");
            }
            if (in.declaredLength() > maxBytes) {
                refused = true;
                throw new HttpError(413, null, "Request body of " + in.declaredLength()
                        + " bytes is larger than the cap of " + maxBytes + " bytes");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            try {
                int n;
                while ((n = in.read(chunk, 0, chunk.length)) >= 0) {
                    if (out.size() + (long) n > maxBytes) {
                        refused = true;
                        throw new HttpError(413, null, "Request body larger than " + maxBytes + " bytes");
                    }
                    out.write(chunk, 0, n);
                }
            } catch (ProtocolException e) {
                refused = true;
                throw new HttpError(e.status(), null, e.reason());
            } catch (IOException e) {
                refused = true;
                throw new UncheckedIOException(e);
            }
            whole = out.toByteArray();
        }
        if (whole.length > maxBytes) {
            throw new HttpError(413, null, "Request body larger than " + maxBytes + " bytes");
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
     * refused before its handler (401, 404, a fault) costs no more memory than one streamed. A
     * body the client has not sent yet because it waits for {@code 100 Continue}, or one already
     * refused (too large, stalled, broken), is not read further; the connection then closes after
     * the answer.
     *
     * @return the bytes to journal
     */
    public synchronized byte[] forJournal() {
        if (whole != null) {
            return whole;
        }
        if (refused) {
            return streamed == null ? new byte[0] : streamed.captured();
        }
        if (streamed == null) {
            if (!in.started() && in.received() == 0 && !in.complete()) {
                return new byte[0];
            }
            stream();
        }
        try {
            streamed.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | HttpError e) {
            // The client went away, stalled or broke the framing mid-body; the journal keeps what arrived.
        }
        return streamed.captured();
    }

    /**
     * The body size in bytes, as far as it has been read.
     *
     * @return the size
     */
    public synchronized long size() {
        return whole != null ? whole.length : in == null ? 0 : in.received();
    }

    /** Whether the whole body has been read from the connection, so the next request can follow. */
    synchronized boolean complete() {
        return in == null || in.complete();
    }

    /** Counts every byte and keeps the first ones; framing and stall errors become {@link HttpError}s. */
    private final class Capturing extends FilterInputStream {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final int limit;
        private long count;

        Capturing(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (ProtocolException e) {
                refused = true;
                throw new HttpError(e.status(), null, e.reason());
            }
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
            return Arrays.copyOf(bytes, end);
        }
    }
}
