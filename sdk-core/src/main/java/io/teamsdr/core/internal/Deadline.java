package io.teamsdr.core.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * When a call must be over, kept twice. The client's injectable {@link Clock} decides what the call
 * still may do (another attempt, a wait, a pause), so that a test moving a fake clock through its
 * sleeper sees the call timeout bound retries exactly as real time would. {@code System.nanoTime()}
 * bounds what blocks on the network (an answer that stalls, a body that drips), which only real time
 * can end.
 */
final class Deadline {
    private final Clock clock;
    private final long atMillis;
    private final long startNanos;
    private final long timeoutNanos;
    private final Duration timeout;

    private Deadline(Clock clock, long atMillis, long startNanos, long timeoutNanos, Duration timeout) {
        this.clock = clock;
        this.atMillis = atMillis;
        this.startNanos = startNanos;
        this.timeoutNanos = timeoutNanos;
        this.timeout = timeout;
    }

    /** A deadline {@code timeout} from now; saturates instead of overflowing for huge timeouts. */
    static Deadline after(Clock clock, Duration timeout) {
        long now = clock.millis();
        long millis = timeout.compareTo(Duration.ofMillis(Long.MAX_VALUE - now)) >= 0 ? Long.MAX_VALUE : now + timeout.toMillis();
        long nanos = timeout.compareTo(Duration.ofNanos(Long.MAX_VALUE / 2)) >= 0 ? Long.MAX_VALUE / 2 : timeout.toNanos();
        return new Deadline(clock, millis, System.nanoTime(), nanos, timeout);
    }

    /** Milliseconds left on the client's clock, zero or negative once passed. */
    long remainingMillis() {
        return atMillis - clock.millis();
    }

    /** Nanoseconds of real time left for blocking on the network, zero or negative once passed. */
    long remainingRealNanos() {
        return timeoutNanos - (System.nanoTime() - startNanos);
    }

    /** The call timeout this deadline was made from, for messages. */
    Duration timeout() {
        return timeout;
    }
}
