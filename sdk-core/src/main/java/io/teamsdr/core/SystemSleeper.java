package io.teamsdr.core;

import io.teamsdr.core.internal.Timers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The real {@link Sleeper}; an enum so that it is one instance. */
enum SystemSleeper implements Sleeper {
    /** The one instance. */
    INSTANCE;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        return Timers.delay(duration);
    }

    @Override
    public String toString() {
        return "Sleeper.system()";
    }
}
