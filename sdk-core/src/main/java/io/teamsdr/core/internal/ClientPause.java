package io.teamsdr.core.internal;

import io.teamsdr.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A pause shared by every thread of one client. After a 429 the server is asked for nothing until
 * the wait it named is over, so other threads do not keep hitting the limit.
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

    void awaitResume(Sleeper sleeper, Deadline deadline) throws InterruptedException {
        long remainingPause = resumeAtMillis.get() - clock.millis();
        if (remainingPause > 0) {
            long remainingCall = Math.max(0, deadline.remainingMillis());
            sleeper.sleep(Duration.ofMillis(Math.min(remainingPause, remainingCall)));
        }
    }
}
