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
 * holding a thread. A freed slot is handed to the next waiter on the client's executor, so that the
 * thread ending one exchange does not go on to run the next call's attempt inside it.
 */
final class ConcurrencyLimit {
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
