package io.teamsdr.fusion;

import io.teamsdr.core.TeamsdrException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A waiter gave up: the condition did not hold within the timeout. The change it waited for may
 * still complete on the server; the last state seen is kept to decide what to do next.
 */
public class WaitTimeoutException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable Object lastSeen;
    private final int polls;
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param what what was waited for, e.g. {@code resource account 5f2c...}
     * @param timeout the timeout that expired
     * @param polls how many times the state was read
     * @param lastSeen the last state read, or {@code null} when the item was never seen
     */
    public WaitTimeoutException(String what, Duration timeout, int polls, @Nullable Object lastSeen) {
        super("Gave up waiting for " + what + " after " + timeout + " (" + polls + " polls); "
                + (lastSeen == null ? "it was never listed." : "last seen: " + lastSeen)
                + " The change may still complete on the server.");
        this.lastSeen = lastSeen;
        this.polls = polls;
        this.timeout = timeout;
    }

    /**
     * Returns the last state read.
     *
     * @param type the expected type of the state, e.g. {@code ResourceAccount.class}
     * @param <T> the state type
     * @return the state, empty when the item was never seen or is of another type
     */
    public <T> Optional<T> lastSeen(Class<T> type) {
        return type.isInstance(lastSeen) ? Optional.of(type.cast(lastSeen)) : Optional.empty();
    }

    /**
     * Returns how many times the state was read.
     *
     * @return the poll count, at least 1
     */
    public int polls() {
        return polls;
    }

    /**
     * Returns the timeout that expired.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }
}
