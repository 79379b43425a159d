package io.teamsdr.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how often a failed attempt is retried. Only idempotent operations with a replayable body
 * are ever retried; a non-idempotent POST is never sent twice unless the operation is marked safe.
 *
 * <p>Retried: I/O failures (connect, reset, response timeout) and the statuses of
 * {@link #retryStatuses()} (by default 408, 429, 502, 503, 504). Waits grow exponentially from
 * {@link #initialBackoff()} by {@link #multiplier()} up to {@link #maxBackoff()}, randomised by
 * {@link #jitter()}; a {@code Retry-After} from the server is honoured up to
 * {@link #maxRetryAfter()}. The call timeout bounds everything.
 *
 * @param maxAttempts attempts in all, the first included; 1 disables retries
 * @param initialBackoff wait before the first retry
 * @param maxBackoff longest computed wait
 * @param multiplier growth of the wait per retry
 * @param jitter randomisation factor in [0, 1): each wait is drawn from {@code wait * (1 +- jitter)}
 * @param maxRetryAfter longest {@code Retry-After} honoured; a longer one ends the retries
 * @param retryStatuses HTTP statuses that are retried
 */
public record RetryOptions(
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        double multiplier,
        double jitter,
        Duration maxRetryAfter,
        Set<Integer> retryStatuses) {

    private static final RetryOptions DEFAULTS = new RetryOptions(3, Duration.ofMillis(200), Duration.ofSeconds(10),
            2.0, 0.5, Duration.ofSeconds(60), Set.of(408, 429, 502, 503, 504));

    /** Validates the options. */
    public RetryOptions {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initialBackoff.toMillis() < 1 || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 1 ms <= initialBackoff <= maxBackoff");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be >= 1, was " + multiplier);
        }
        if (jitter < 0.0 || jitter >= 1.0) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
        retryStatuses = Set.copyOf(retryStatuses);
    }

    /**
     * Three attempts, 200 ms doubling up to 10 s with 50% jitter, {@code Retry-After} up to 60 s.
     *
     * @return the default options
     */
    public static RetryOptions defaults() {
        return DEFAULTS;
    }

    /**
     * No retries: every call makes exactly one attempt.
     *
     * @return options with one attempt
     */
    public static RetryOptions none() {
        return DEFAULTS.withMaxAttempts(1);
    }

    /**
     * Returns a copy with another attempt count.
     *
     * @param attempts attempts in all, at least 1
     * @return the copy
     */
    public RetryOptions withMaxAttempts(int attempts) {
        return new RetryOptions(attempts, initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter, retryStatuses);
    }

    /**
     * Returns a copy with other backoff bounds.
     *
     * @param initial wait before the first retry
     * @param max longest computed wait
     * @return the copy
     */
    public RetryOptions withBackoff(Duration initial, Duration max) {
        return new RetryOptions(maxAttempts, initial, max, multiplier, jitter, maxRetryAfter, retryStatuses);
    }

    /**
     * Returns a copy with another jitter factor.
     *
     * @param factor randomisation factor in [0, 1)
     * @return the copy
     */
    public RetryOptions withJitter(double factor) {
        return new RetryOptions(maxAttempts, initialBackoff, maxBackoff, multiplier, factor, maxRetryAfter, retryStatuses);
    }

    /**
     * Returns a copy with another cap on honoured {@code Retry-After} waits.
     *
     * @param cap the longest wait honoured
     * @return the copy
     */
    public RetryOptions withMaxRetryAfter(Duration cap) {
        return new RetryOptions(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, cap, retryStatuses);
    }

    /**
     * Returns a copy that retries other statuses.
     *
     * @param statuses the statuses to retry
     * @return the copy
     */
    public RetryOptions withRetryStatuses(Set<Integer> statuses) {
        return new RetryOptions(maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter, statuses);
    }
}
