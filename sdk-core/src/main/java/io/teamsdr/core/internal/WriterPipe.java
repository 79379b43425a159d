package io.teamsdr.core.internal;

import io.teamsdr.core.http.BodyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Connects a {@link BodyWriter} to the {@link InputStream} the HTTP client reads, through a small
 * bounded queue of chunks: the writer runs on its own thread and blocks while the network is slower,
 * so memory stays constant whatever the body size. A writer failure (for example a row that fails
 * validation half-way) reaches the reading side and is kept for the caller to rethrow.
 */
final class WriterPipe extends InputStream {
    private static final int CHUNK = 32 * 1024;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
    private volatile Throwable writerFailure;
    private volatile boolean readerClosed;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    private WriterPipe() {
    }

    /**
     * Starts the writer on a daemon thread and returns the stream that yields what it writes.
     */
    static WriterPipe start(BodyWriter writer, String threadName) {
        WriterPipe pipe = new WriterPipe();
        Thread thread = new Thread(() -> pipe.runWriter(writer), threadName);
        thread.setDaemon(true);
        thread.start();
        return pipe;
    }

    /** The failure of the writer, if it failed. */
    Throwable writerFailure() {
        return writerFailure;
    }

    private void runWriter(BodyWriter writer) {
        try (OutputStream out = new ChunkingOutputStream()) {
            writer.writeTo(out);
        } catch (Throwable failure) {
            if (!readerClosed) {
                writerFailure = failure;
            }
        } finally {
            offer(END);
        }
    }

    private void offer(byte[] chunk) {
        try {
            while (!readerClosed) {
                if (chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended) {
                return -1;
            }
            try {
                current = chunks.take();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the body writer");
            }
            position = 0;
            if (current == END) {
                ended = true;
                if (writerFailure != null) {
                    throw new IOException("the request body writer failed: " + writerFailure.getMessage(), writerFailure);
                }
                return -1;
            }
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() {
        readerClosed = true;
        chunks.clear();
    }

    /** Collects writes into chunks and queues them, blocking while the queue is full. */
    private final class ChunkingOutputStream extends OutputStream {
        private byte[] buffer = new byte[CHUNK];
        private int filled;

        @Override
        public void write(int b) throws IOException {
            ensureOpen();
            buffer[filled++] = (byte) b;
            if (filled == CHUNK) {
                flushChunk();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ensureOpen();
            while (length > 0) {
                int n = Math.min(length, CHUNK - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
                if (filled == CHUNK) {
                    flushChunk();
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (filled > 0 && !readerClosed) {
                flushChunk();
            }
        }

        private void flushChunk() throws IOException {
            ensureOpen();
            byte[] chunk = filled == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, filled);
            offer(chunk);
            ensureOpen();
            buffer = new byte[CHUNK];
            filled = 0;
        }

        private void ensureOpen() throws IOException {
            if (readerClosed) {
                throw new IOException("the request was aborted; the body is no longer read");
            }
        }
    }
}
