package io.teamsdr.core.testing;

import io.teamsdr.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sleeper whose async waits last until the test ends them: each {@link #delay(Duration)} is recorded
 * and stays pending until {@link #elapse()} moves the clock by its duration and completes it, so a
 * test can act while a call waits (cancel it, send another) without any real time passing. Blocking
 * {@link #sleep(Duration)} records and moves the clock at once, like {@link RecordingSleeper}.
 */
public final class ManualSleeper implements Sleeper {
    private final MutableClock clock;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(Duration duration, CompletableFuture<Void> done) {
    }

    public ManualSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }

    @Override
    public synchronized CompletableFuture<Void> delay(Duration duration) {
        waits.add(duration);
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending.add(new Pending(duration, done));
        return done;
    }

    /** Ends the oldest pending wait: the clock moves by its duration. */
    public void elapse() {
        Pending first;
        synchronized (this) {
            first = pending.remove(0);
        }
        clock.advance(first.duration());
        first.done().complete(null);
    }

    /** Waits not yet ended, cancelled ones included. */
    public synchronized List<CompletableFuture<Void>> pending() {
        return pending.stream().map(Pending::done).toList();
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
