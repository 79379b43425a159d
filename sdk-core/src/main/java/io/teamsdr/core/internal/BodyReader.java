package io.teamsdr.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The body of one answer, as the HTTP client delivers it, with every wait bounded.
 *
 * <p>The answer is handed over (the HTTP client's response completes) once the whole body has arrived,
 * or once a window of {@value #WINDOW} bytes is buffered, whichever comes first. So a small body is
 * read like {@code BodyHandlers.ofByteArray()}: in memory, in one piece, the connection already back in
 * the pool even when the handler never reads it (a status-only PUT keeps its connection). A larger one
 * is then read as a stream, at most a window ahead of the reader, in constant memory. Until the hand
 * over, the {@link Watchdog} ends a body that stalls or drips past the call's deadline; after it, each
 * wait for the next bytes is bounded by the idle timeout and, unless the call opted out, by the deadline.
 *
 * <p>A body announced to fit the window can instead be delivered through the HTTP client's own
 * {@linkplain #builtInSubscriber(Runnable) built-in subscriber}, which saves a thread hand-off per call.
 *
 * <p>Reading is for one thread at a time (the handler's); delivery comes from the HTTP client's threads.
 */
final class BodyReader implements HttpResponse.BodySubscriber<BodyReader>, Watchdog.Watched {
    /** Buffered before the hand-over, and at most ahead of a streaming reader. */
    static final int WINDOW = 64 * 1024;
    /**
     * Deliveries asked for at once. More than one, so that the HTTP client can hand over the last bytes
     * and the end of a small body without waiting for a request from this side; few, so that at most a
     * window and this many deliveries are buffered.
     */
    private static final int DEMAND = 4;

    private final CompletableFuture<BodyReader> ready = new CompletableFuture<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<ByteBuffer> chunks = new ArrayDeque<>();
    private final long contentLength;
    private final int handOverAt;
    private final Deadline deadline;
    private final long idleNanos;
    private final boolean unbounded;
    private final Consumer<Throwable> onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean watched;
    private volatile Runnable cutOff;

    private Flow.Subscription subscription;
    private long buffered;
    private volatile long received;
    private int outstanding;
    private boolean done;
    private Throwable failure;
    private boolean consumed;

    /**
     * Creates the reader of one answer.
     *
     * @param contentLength the announced length, -1 when unknown
     * @param stream whether to hand the answer over at once (a download whose body is not bounded by
     *     the call timeout), instead of after the window
     * @param deadline the call's deadline
     * @param idle the idle timeout
     * @param unbounded whether the deadline stops bounding the body once the answer is handed over
     * @param onEnd told once when the body ends: read to its end ({@code null}), failed or abandoned (the failure)
     */
    BodyReader(long contentLength, boolean stream, Deadline deadline, Duration idle, boolean unbounded,
               Consumer<Throwable> onEnd) {
        this.contentLength = contentLength;
        this.handOverAt = stream ? 0 : WINDOW;
        this.deadline = deadline;
        this.idleNanos = idle.toNanos();
        this.unbounded = unbounded;
        this.onEnd = onEnd;
        if (stream) {
            ready.complete(this);
        } else if (contentLength != 0) {
            watched = true;
            Watchdog.watch(this);
        }
    }

    @Override
    public boolean isOverdue() {
        return deadline.remainingRealNanos() <= 0;
    }

    @Override
    public void expire() {
        if (fail(new HttpTimeoutException("the call timeout of " + deadline.timeout() + " expired while the answer was read"))) {
            Runnable cut = cutOff;
            if (cut != null) {
                cut.run();
            }
        }
    }

    /**
     * The HTTP client's built-in subscriber, feeding this reader, for a body announced to fit the
     * window. The JDK hands {@code getBody()} of any subscriber but its own to the client's executor,
     * one more thread woken on every call; its own complete on the thread that read the bytes, as
     * {@code ofByteArray()} does. It cannot be paused, hence only for a body that fits the window; and
     * it cannot be cancelled, hence {@code cutOff}, which ends the exchange when the deadline expires.
     *
     * @param cutOff ends the exchange on the wire; run once, on the watchdog's thread
     */
    HttpResponse.BodySubscriber<Void> builtInSubscriber(Runnable cutOff) {
        this.cutOff = cutOff;
        return HttpResponse.BodySubscribers.ofByteArrayConsumer(this::take);
    }

    /** What the built-in subscriber hands over: a piece of the body in an array of its own, or the end. */
    private void take(Optional<byte[]> piece) {
        if (piece.isEmpty()) {
            onComplete();
            return;
        }
        byte[] bytes = piece.get();
        lock.lock();
        try {
            if (!done && bytes.length > 0) {
                chunks.add(ByteBuffer.wrap(bytes));
                buffered += bytes.length;
                received += bytes.length;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public CompletionStage<BodyReader> getBody() {
        return ready;
    }

    /** Completes when the answer is handed over; fails when the body failed before. */
    CompletableFuture<BodyReader> ready() {
        return ready;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        boolean cancel;
        lock.lock();
        try {
            cancel = done;
            this.subscription = subscription;
            outstanding = done ? 0 : DEMAND;
        } finally {
            lock.unlock();
        }
        if (cancel) {
            subscription.cancel();
        } else {
            subscription.request(DEMAND);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        boolean more;
        boolean handOver;
        lock.lock();
        try {
            if (done) {
                return;
            }
            for (ByteBuffer item : items) {
                int n = item.remaining();
                if (n > 0) {
                    chunks.add(item);
                    buffered += n;
                    received += n;
                }
            }
            outstanding--;
            more = outstanding == 0 && buffered < WINDOW;
            if (more) {
                outstanding = DEMAND;
            }
            handOver = handOverAt > 0 && buffered >= handOverAt;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (handOver) {
            stopWatchdog();
            ready.complete(this);
        }
        if (more) {
            subscription.request(DEMAND);
        }
    }

    @Override
    public void onError(Throwable error) {
        fail(error);
    }

    @Override
    public void onComplete() {
        lock.lock();
        try {
            if (done) {
                return;
            }
            done = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        stopWatchdog();
        end(null);
        ready.complete(this);
    }

    /**
     * Ends the body with a failure: a stalled read, an abandoned body, or the HTTP client's error.
     *
     * @return whether this ended the body; {@code false} when it had ended before
     */
    boolean fail(Throwable error) {
        Flow.Subscription toCancel;
        lock.lock();
        try {
            if (done) {
                return false;
            }
            done = true;
            failure = error;
            chunks.clear();
            buffered = 0;
            toCancel = subscription;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        stopWatchdog();
        if (toCancel != null) {
            // Tells the HTTP client to drop the connection, which the rest of the answer would still occupy.
            toCancel.cancel();
        }
        end(error);
        ready.completeExceptionally(error);
        return true;
    }

    private void stopWatchdog() {
        if (watched) {
            watched = false;
            Watchdog.unwatch(this);
        }
    }

    private void end(Throwable error) {
        if (ended.compareAndSet(false, true)) {
            onEnd.accept(error);
        }
    }

    /**
     * The timeout that ended this body, if one did. Once the SDK ends a body by a timeout it cancels the
     * exchange, and the HTTP client may then report its own "closed" error first (JDK 25 does); the
     * timeout is what happened.
     */
    HttpTimeoutException timeout() {
        lock.lock();
        try {
            return failure instanceof HttpTimeoutException timeout ? timeout : null;
        } finally {
            lock.unlock();
        }
    }

    /** Drops what is left unread and the connection with it, unless the body already arrived in full. */
    void abandon() {
        fail(new Abandoned());
    }

    /** What ends a body the handler left unread: the SDK's choice, not a failure of the exchange. */
    static final class Abandoned extends IOException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the rest of the answer was not read");
        }
    }

    /** Bytes of the body received so far. */
    long received() {
        return received;
    }

    /** Tells whether the whole body arrived and nothing of it was read yet. */
    boolean isComplete() {
        lock.lock();
        try {
            return done && failure == null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads the whole body. A body that arrived in full is copied into one array of its exact size,
     * like {@code ofByteArray()}; the rest of a longer one is awaited, each wait bounded.
     */
    byte[] readAll() throws IOException {
        lock.lock();
        try {
            if (done && failure == null && !consumed) {
                consumed = true;
                ByteBuffer only = chunks.size() == 1 ? chunks.peek() : null;
                if (only != null && cutOff != null && only.position() == 0 && only.remaining() == only.array().length) {
                    // the built-in subscriber's array holds the whole body and nothing else
                    chunks.clear();
                    buffered = 0;
                    return only.array();
                }
                byte[] all = new byte[Math.toIntExact(buffered)];
                int at = 0;
                for (ByteBuffer chunk : chunks) {
                    int n = chunk.remaining();
                    chunk.get(all, at, n);
                    at += n;
                }
                chunks.clear();
                buffered = 0;
                return all;
            }
        } finally {
            lock.unlock();
        }
        byte[] all = new byte[contentLength > 0 && contentLength < Integer.MAX_VALUE - 8 ? (int) contentLength : 2 * WINDOW];
        int size = 0;
        int n;
        while ((n = read(all, size, all.length - size)) != -1) {
            size += n;
            if (size == all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, all.length + WINDOW));
            }
        }
        return size == all.length ? all : Arrays.copyOf(all, size);
    }

    /**
     * Reads up to {@code max} bytes without waiting: what a capped error text needs. Within the window,
     * so an error body of up to {@value #WINDOW} bytes never blocks the thread that maps it.
     */
    byte[] readBuffered(int max) {
        lock.lock();
        try {
            consumed = true;
            byte[] out = new byte[(int) Math.min(max, buffered)];
            int at = 0;
            while (at < out.length) {
                ByteBuffer chunk = chunks.peek();
                int n = Math.min(chunk.remaining(), out.length - at);
                chunk.get(out, at, n);
                at += n;
                buffered -= n;
                if (!chunk.hasRemaining()) {
                    chunks.poll();
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads into {@code target}, waiting at most the idle timeout (and the deadline, unless unbounded)
     * for bytes to arrive.
     *
     * @return the count read, -1 at the end of the body
     */
    int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        boolean requestMore = false;
        int n;
        lock.lock();
        try {
            consumed = true;
            while (chunks.isEmpty() && !done) {
                awaitBytes();
            }
            if (chunks.isEmpty()) {
                if (failure != null) {
                    throw failure instanceof IOException io ? new IOException(io.getMessage(), io) : new IOException(failure);
                }
                return -1;
            }
            ByteBuffer chunk = chunks.peek();
            n = Math.min(length, chunk.remaining());
            chunk.get(target, offset, n);
            buffered -= n;
            if (!chunk.hasRemaining()) {
                chunks.poll();
            }
            if (outstanding == 0 && !done && buffered < WINDOW && subscription != null) {
                outstanding = DEMAND;
                requestMore = true;
            }
        } finally {
            lock.unlock();
        }
        if (requestMore) {
            subscription.request(DEMAND);
        }
        return n;
    }

    /** Waits (holding the lock) for bytes or the end; fails the body when the wait runs out. */
    private void awaitBytes() throws IOException {
        long left = unbounded ? idleNanos : Math.min(idleNanos, deadline.remainingRealNanos());
        try {
            if (left > 0 && changed.awaitNanos(left) > 0) {
                return;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            lock.unlock();
            try {
                fail(interrupted);
            } finally {
                lock.lock();
            }
            throw new InterruptedIOException("interrupted while reading the answer");
        }
        if (!chunks.isEmpty() || done) {
            return;
        }
        boolean idle = unbounded || idleNanos <= deadline.remainingRealNanos();
        HttpTimeoutException timeout = new HttpTimeoutException(idle
                ? "no bytes of the answer arrived for " + Duration.ofNanos(idleNanos) + " (idle timeout)"
                : "the call timeout of " + deadline.timeout() + " expired while the answer was read");
        lock.unlock();
        try {
            fail(timeout);
        } finally {
            lock.lock();
        }
        throw timeout;
    }

    /** The body as a stream for handlers; closing it before the end drops the connection. */
    InputStream stream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = BodyReader.this.read(one, 0, 1);
                return n == -1 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                Objects.checkFromIndexSize(offset, length, target.length);
                return BodyReader.this.read(target, offset, length);
            }

            @Override
            public byte[] readAllBytes() throws IOException {
                return BodyReader.this.readAll();
            }

            @Override
            public int available() {
                lock.lock();
                try {
                    return (int) Math.min(Integer.MAX_VALUE, buffered);
                } finally {
                    lock.unlock();
                }
            }

            @Override
            public void close() {
                if (!isComplete()) {
                    abandon();
                }
            }
        };
    }
}
