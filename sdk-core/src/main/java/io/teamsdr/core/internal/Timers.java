package io.teamsdr.core.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer thread every client of the JVM shares, for what waits without holding a thread:
 * the waits between attempts of the {@linkplain io.teamsdr.core.Sleeper#system() system sleeper},
 * a call's deadline and the wait for a concurrency slot. Timer tasks only complete futures or cancel
 * work; whatever follows runs on a client's executor, never on this thread.
 */
public final class Timers {
    private static final ScheduledThreadPoolExecutor TIMER = newTimer();

    private Timers() {
    }

    private static ScheduledThreadPoolExecutor newTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "teamsdr-timer");
            thread.setDaemon(true);
            return thread;
        });
        // Most timers are deadlines of calls that end in time: cancelled ones must not pile up.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * Returns a future completed after the given time, on the timer thread.
     *
     * @param wait how long to wait; zero or negative completes at once
     * @return the future; cancelling it cancels the timer
     */
    public static CompletableFuture<Void> delay(Duration wait) {
        long nanos = saturatedNanos(wait);
        if (nanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        ScheduledFuture<?> timer = TIMER.schedule(() -> done.complete(null), nanos, TimeUnit.NANOSECONDS);
        done.whenComplete((ignored, failure) -> {
            if (done.isCancelled()) {
                timer.cancel(false);
            }
        });
        return done;
    }

    /**
     * Runs a short task after the given real time, unless cancelled first.
     *
     * @param nanos the delay in nanoseconds
     * @param task what to run; it must not block
     * @return the handle to cancel the task
     */
    static ScheduledFuture<?> schedule(long nanos, Runnable task) {
        return TIMER.schedule(task, Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    private static long saturatedNanos(Duration wait) {
        return wait.compareTo(Duration.ofNanos(Long.MAX_VALUE / 2)) >= 0 ? Long.MAX_VALUE / 2 : wait.toNanos();
    }
}
