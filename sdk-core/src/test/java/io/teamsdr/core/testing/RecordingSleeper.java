package io.teamsdr.core.testing;

import io.teamsdr.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every wait instead of spending it. When given a {@link MutableClock}, each wait moves that
 * clock forward, which is what real sleeping does to a real clock.
 */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final MutableClock clock;

    public RecordingSleeper() {
        this(null);
    }

    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        if (clock != null) {
            clock.advance(duration);
        }
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
