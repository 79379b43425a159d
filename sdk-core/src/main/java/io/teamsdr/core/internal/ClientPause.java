package io.teamsdr.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A pause shared by every call of one client, sync or async. After a 429 the server is asked for
 * nothing until the wait it named is over, so other calls do not keep hitting the limit.
 */
final class ClientPause {
    private final AtomicLong resumeAtMillis = new AtomicLong();
    private final Clock clock;

    ClientPause(Clock clock) {
        this.clock = clock;
    }

    void pauseFor(Duration wait) {
        long now = clock.millis();
        // Saturates: a caller may allow an unbounded Retry-After, which must not wrap into the past.
        long until = wait.compareTo(Duration.ofMillis(Long.MAX_VALUE - now)) >= 0 ? Long.MAX_VALUE : now + wait.toMillis();
        resumeAtMillis.accumulateAndGet(until, Math::max);
    }

    /** Milliseconds until the client may send again, zero or negative when it is not paused. */
    long remainingMillis() {
        long resumeAt = resumeAtMillis.get();
        return resumeAt == 0 ? 0 : resumeAt - clock.millis();
    }
}
