package io.teamsdr.core;

import java.time.Duration;
import java.util.Objects;

/**
 * A client-side limit on request rate, shared by every thread using one client. Off unless set.
 *
 * @param permits requests allowed per period
 * @param period the refresh period
 * @param maxWait how long a call waits for a permit before failing
 */
public record RateLimitOptions(int permits, Duration period, Duration maxWait) {

    /** Validates the options. */
    public RateLimitOptions {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, was " + permits);
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(maxWait, "maxWait");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
    }

    /**
     * At most {@code permits} requests per second, waiting up to 30 s for a permit.
     *
     * @param permits requests per second
     * @return the options
     */
    public static RateLimitOptions perSecond(int permits) {
        return new RateLimitOptions(permits, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }
}
