package io.teamsdr.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand, so token expiry, continuation-token lifetime and the settling of
 * asynchronous changes are tested without sleeping. Thread-safe.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock standing at the given instant, in UTC.
     *
     * @param start the initial instant
     * @return the clock
     */
    public static TestClock at(Instant start) {
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    /**
     * Moves the clock forward (or back, with a negative duration).
     *
     * @param amount how far
     * @return the new instant
     */
    public Instant advance(Duration amount) {
        return now.updateAndGet(i -> i.plus(amount));
    }

    /**
     * Sets the clock.
     *
     * @param instant the new instant
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /**
     * The zone of this clock.
     *
     * @return the zone
     */
    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * A view in another zone sharing the same instant.
     *
     * @param otherZone the zone
     * @return a clock moving together with this one
     */
    @Override
    public Clock withZone(ZoneId otherZone) {
        return new TestClock(now, otherZone);
    }

    /**
     * The current instant.
     *
     * @return the instant
     */
    @Override
    public Instant instant() {
        return now.get();
    }
}
