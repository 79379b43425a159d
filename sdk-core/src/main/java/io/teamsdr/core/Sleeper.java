package io.teamsdr.core;

import java.time.Duration;

/**
 * Waits between retries. Injectable so tests can observe the waits instead of spending them.
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
     * The real sleeper, backed by {@link Thread#sleep(long)}.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis());
            }
        };
    }
}
