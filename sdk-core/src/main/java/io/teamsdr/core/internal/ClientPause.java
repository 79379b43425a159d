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
        long until = clock.millis() + wait.toMillis();
        resumeAtMillis.accumulateAndGet(until, Math::max);
    }

    void awaitResume(Sleeper sleeper, long deadlineNanos) throws InterruptedException {
        long remainingPause = resumeAtMillis.get() - clock.millis();
        if (remainingPause > 0) {
            long remainingCall = Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
            sleeper.sleep(Duration.ofMillis(Math.min(remainingPause, remainingCall)));
        }
    }
}
