package io.teamsdr.core.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The request slots of one client, shared by its sync and async calls: a call takes a slot before each
 * attempt and gives it back when the attempt's exchange is over (its body read, drained or abandoned).
 * Calls that find no free slot wait in a first-come queue as futures, so an async call waits without
 * holding a thread. A freed slot is handed to the next waiter on the thread that freed it, which sends
 * that call's attempt at once, as a hand-written {@code sendAsync} chain would; only when hand-overs
 * nest (attempts that fail before they get on the wire) does it go through the executor, so the stack
 * stays short.
 */
final class ConcurrencyLimit {
    /** Hand-overs run inline up to this nesting depth on one thread. */
    private static final int MAX_INLINE = 4;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final int limit;
    private final Executor executor;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private int available;

    ConcurrencyLimit(int limit, Executor executor) {
        this.limit = limit;
        this.executor = executor;
        this.available = limit;
    }

    int limit() {
        return limit;
    }

    /** Takes a slot at once if one is free and nobody waits; the caller then owns one {@link #release()}. */
    synchronized boolean tryAcquire() {
        if (available > 0 && waiters.isEmpty()) {
            available--;
            return true;
        }
        return false;
    }

    /**
     * Queues for a slot. The returned waiter completes when a slot is handed over; whoever then
     * {@linkplain Waiter#claim() claims} it owns one {@link #release()}.
     */
    Waiter enqueue() {
        Waiter waiter = new Waiter();
        synchronized (this) {
            if (available > 0 && waiters.isEmpty()) {
                available--;
                waiter.granted = true;
            } else {
                waiters.add(waiter);
            }
        }
        if (waiter.granted) {
            waiter.complete(null);
        }
        return waiter;
    }

    /**
     * Leaves the queue (the call timed out or was cancelled). A slot handed over in the meantime is
     * given back, unless the waiter's own continuation claimed it first.
     */
    void abandon(Waiter waiter) {
        boolean granted;
        synchronized (this) {
            granted = waiter.granted;
            if (!granted) {
                waiters.remove(waiter);
            }
        }
        waiter.cancel(false);
        if (granted && waiter.claim()) {
            release();
        }
    }

    /** Gives a slot back, to the first waiter if there is one. */
    void release() {
        Waiter next;
        synchronized (this) {
            next = waiters.poll();
            if (next == null) {
                available = Math.min(limit, available + 1);
                return;
            }
            next.granted = true;
        }
        int[] depth = DEPTH.get();
        if (depth[0] < MAX_INLINE) {
            depth[0]++;
            try {
                next.complete(null);
            } finally {
                depth[0]--;
            }
            return;
        }
        try {
            executor.execute(() -> next.complete(null));
        } catch (RejectedExecutionException closing) {
            next.complete(null);
        }
    }

    /** A call waiting for a slot. */
    static final class Waiter extends CompletableFuture<Void> {
        /** Guarded by the limit's lock. */
        private boolean granted;
        private final AtomicBoolean claimed = new AtomicBoolean();

        /** Takes ownership of the handed-over slot; {@code true} for exactly one caller. */
        boolean claim() {
            return claimed.compareAndSet(false, true);
        }
    }
}
