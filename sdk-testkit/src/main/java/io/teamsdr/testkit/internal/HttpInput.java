package io.teamsdr.testkit.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The reading side of one connection: a buffer over the socket, line reading with a length limit,
 * and the read timeouts of the current phase. Each read waits at most the phase's stall time, and
 * never past the phase's deadline, so a client dripping one byte at a time cannot stretch a request
 * head for ever.
 */
final class HttpInput {

    private static final int BUFFER_BYTES = 16 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int end;
    private byte[] line = new byte[512];
    private int lineLength;
    private int stallMillis;
    private long deadlineNanos;
    private int soTimeout = -1;

    HttpInput(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /**
     * Sets the timeouts of the next reads.
     *
     * @param stall longest wait for one read
     * @param deadline {@link System#nanoTime()} by which the phase must end, 0 for none
     */
    void phase(Duration stall, long deadline) {
        this.stallMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, stall.toMillis()));
        this.deadlineNanos = deadline;
    }

    /** Whether bytes of a next request are already buffered (a pipelining client). */
    boolean hasBuffered() {
        return pos < end;
    }

    /**
     * Waits until at least one byte is available.
     *
     * @return false when the client closed the connection
     * @throws SocketTimeoutException when the phase's time ran out
     */
    boolean awaitData() throws IOException {
        return pos < end || fill() > 0;
    }

    /**
     * Reads one line into {@link #line()}, without its line end (CRLF, or a bare LF).
     *
     * @param limit the longest line accepted
     * @param tooLongStatus the status to answer for a longer line
     * @param tooLongReason what to tell the client then
     * @return the line's length
     * @throws EOFException when the connection ends inside the line
     * @throws ProtocolException when the line is longer than the limit
     */
    int readLine(int limit, int tooLongStatus, String tooLongReason) throws IOException {
        int length = 0;
        lineLength = 0;
        while (true) {
            int scan = pos;
            while (scan < end && buffer[scan] != '\n') {
                scan++;
            }
            int n = Math.min(scan - pos, limit + 1 - length);
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
            }
            System.arraycopy(buffer, pos, line, length, n);
            length += n;
            lineLength = length;
            if (pos + n < scan) {
                throw new ProtocolException(tooLongStatus, tooLongReason);
            }
            pos = scan;
            if (scan < end) {
                pos++;
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                    lineLength = length;
                }
                if (length > limit) {
                    throw new ProtocolException(tooLongStatus, tooLongReason);
                }
                return length;
            }
            if (fill() < 0) {
                throw new EOFException("The connection ended inside a line of the request head");
            }
        }
    }

    /**
     * The bytes of the line last read by {@link #readLine}.
     *
     * @return the line buffer (valid up to the length returned)
     */
    byte[] line() {
        return line;
    }

    /**
     * How many bytes of {@link #line()} the last {@link #readLine} filled, also when it failed
     * because the line was too long (then the line's start).
     *
     * @return the length
     */
    int lineLength() {
        return lineLength;
    }

    /**
     * Reads one byte.
     *
     * @return the byte, -1 at the end of the connection
     */
    int read() throws IOException {
        if (pos == end && fill() < 0) {
            return -1;
        }
        return buffer[pos++] & 0xff;
    }

    /**
     * Reads up to {@code len} bytes.
     *
     * @return bytes read, -1 at the end of the connection
     */
    int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == end && fill() < 0) {
            return -1;
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(buffer, pos, b, off, n);
        pos += n;
        return n;
    }

    private int fill() throws IOException {
        if (pos == end) {
            pos = 0;
            end = 0;
        } else if (end == buffer.length) {
            System.arraycopy(buffer, pos, buffer, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        int timeout = stallMillis;
        if (deadlineNanos != 0) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("The request took too long");
            }
            timeout = (int) Math.min(timeout, TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
        if (timeout != soTimeout) {
            socket.setSoTimeout(timeout);
            soTimeout = timeout;
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n > 0) {
            end += n;
        }
        return n;
    }
}
