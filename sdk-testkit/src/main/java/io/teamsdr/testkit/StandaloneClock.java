package io.teamsdr.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of the standalone fakes: real time, moved forward on request by the control API
 * ({@code POST /clock/advance}), so token expiry and the settling of asynchronous changes can be
 * tested from any language without waiting. It never goes back: the fakes' timestamps stay in
 * order. Thread-safe.
 */
final class StandaloneClock extends Clock {

    private final AtomicReference<Duration> shift;
    private final ZoneId zone;

    StandaloneClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private StandaloneClock(AtomicReference<Duration> shift, ZoneId zone) {
        this.shift = shift;
        this.zone = zone;
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how far; zero or positive
     * @return the new current instant
     * @throws IllegalArgumentException for a negative amount
     */
    Instant advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward: " + amount);
        }
        shift.accumulateAndGet(amount, Duration::plus);
        return instant();
    }

    /**
     * How far the clock is ahead of real time.
     *
     * @return the total of every advance
     */
    Duration shift() {
        return shift.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new StandaloneClock(shift, Objects.requireNonNull(otherZone, "otherZone"));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }
}
