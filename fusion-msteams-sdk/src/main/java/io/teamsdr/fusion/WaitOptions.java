package io.teamsdr.fusion;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a waiter polls and how often. Waiters sleep with the client's
 * {@link io.teamsdr.core.Sleeper} and read time from its {@link java.time.Clock}, so tests can
 * inject both instead of waiting.
 *
 * @param timeout how long to wait in total before giving up
 * @param pollInterval how long to pause between two polls
 */
public record WaitOptions(Duration timeout, Duration pollInterval) {
    /** The pause between polls unless another is chosen. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    /**
     * Validates the durations.
     *
     * @throws IllegalArgumentException when a duration is negative, or the poll interval is zero
     */
    public WaitOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
        }
    }

    /**
     * Waits up to a timeout, polling every {@link #DEFAULT_POLL_INTERVAL}.
     *
     * @param timeout how long to wait in total
     * @return the options
     */
    public static WaitOptions timeout(Duration timeout) {
        return new WaitOptions(timeout, DEFAULT_POLL_INTERVAL);
    }

    /**
     * Returns these options with another poll interval.
     *
     * @param interval the pause between two polls
     * @return the new options
     */
    public WaitOptions withPollInterval(Duration interval) {
        return new WaitOptions(timeout, interval);
    }
}
