package io.teamsdr.core.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends what waits past its deadline, for every client of the JVM, by looking every
 * {@value #PERIOD_MILLIS} ms at what is watched. Cheaper than a timer per call: registering is an
 * insert into a concurrent set, with no hand-off to the timer thread, which matters on a path every
 * call takes (a body being read, a call waiting for a concurrency slot). The price is precision: a
 * deadline is noticed up to one period late. The sweep runs on the shared timer thread and only while
 * something is watched.
 */
final class Watchdog {
    /** How often deadlines are checked. */
    static final long PERIOD_MILLIS = 50;

    private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean SCHEDULED = new AtomicBoolean();

    private Watchdog() {
    }

    /** Something with a deadline. */
    interface Watched {
        /** Whether its deadline passed. */
        boolean isOverdue();

        /** Ends it for being overdue; must not block. */
        void expire();
    }

    static void watch(Watched watched) {
        WATCHED.add(watched);
        if (!SCHEDULED.get() && SCHEDULED.compareAndSet(false, true)) {
            Timers.schedule(TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS), Watchdog::sweep);
        }
    }

    static void unwatch(Watched watched) {
        WATCHED.remove(watched);
    }

    private static void sweep() {
        for (Watched watched : WATCHED) {
            if (watched.isOverdue()) {
                WATCHED.remove(watched);
                try {
                    watched.expire();
                } catch (RuntimeException bug) {
                    // one failing expiry must not stop the others; the call it belongs to fails on its own
                }
            }
        }
        SCHEDULED.set(false);
        if (!WATCHED.isEmpty() && SCHEDULED.compareAndSet(false, true)) {
            Timers.schedule(TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS), Watchdog::sweep);
        }
    }
}
