package io.teamsdr.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Every wait of a client between attempts (backoff, {@code Retry-After}, a client-wide pause after a
 * 429, a client-side rate limit): {@link #sleep(Duration)} for code that waits on its own thread,
 * {@link #delay(Duration)} for the client's calls, which wait without holding a thread. Injectable so
 * tests can observe the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Blocks the calling thread for the given time.
     *
     * @param duration how long to wait; zero or negative returns at once
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Returns a future that completes after the given time, without blocking a thread while it waits.
     *
     * <p>The default runs {@link #sleep(Duration)} on the calling thread and returns a completed future,
     * which suits a test double that records waits and moves a fake clock. A sleeper that really waits
     * must override this method, or its calls hold a thread for every wait; {@link #system()} does.
     *
     * @param duration how long to wait; zero or negative completes at once
     * @return the future; it fails with the {@link InterruptedException} if {@code sleep} was interrupted,
     *     whose thread keeps its interrupt status
     */
    default CompletableFuture<Void> delay(Duration duration) {
        try {
            sleep(duration);
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(interrupted);
        }
    }

    /**
     * The real sleeper: {@link Thread#sleep(long)} for {@code sleep}, and one timer thread shared by
     * every client of the JVM for {@code delay}.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
