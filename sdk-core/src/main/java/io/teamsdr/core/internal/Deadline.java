package io.teamsdr.core.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * When a call must be over, measured on the client's {@link Clock}. The clock is the injectable one
 * from the settings (not {@code System.nanoTime()}), so that a test moving a fake clock through its
 * sleeper sees the call timeout bound retries and pauses exactly as real time would.
 */
final class Deadline {
    private final Clock clock;
    private final long atMillis;
    private final Duration timeout;

    private Deadline(Clock clock, long atMillis, Duration timeout) {
        this.clock = clock;
        this.atMillis = atMillis;
        this.timeout = timeout;
    }

    /** A deadline {@code timeout} from now; saturates instead of overflowing for huge timeouts. */
    static Deadline after(Clock clock, Duration timeout) {
        long now = clock.millis();
        long millis = timeout.compareTo(Duration.ofMillis(Long.MAX_VALUE - now)) >= 0 ? Long.MAX_VALUE : now + timeout.toMillis();
        return new Deadline(clock, millis, timeout);
    }

    /** Milliseconds left, zero or negative once passed. */
    long remainingMillis() {
        return atMillis - clock.millis();
    }

    /** The call timeout this deadline was made from, for messages. */
    Duration timeout() {
        return timeout;
    }
}
