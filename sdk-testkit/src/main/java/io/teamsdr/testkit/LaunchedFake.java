package io.teamsdr.testkit;

import java.util.Map;

/**
 * A fake started by {@link Standalone}.
 */
public interface LaunchedFake extends AutoCloseable {

    /**
     * What a client needs to use the fake (base URL, ids, tokens), printed as the fake's JSON
     * object. Standalone is a local test tool: printing its own throw-away tokens is the point.
     *
     * @return field name to JSON-serializable value, in print order
     */
    Map<String, Object> describe();

    /**
     * The fake itself, for the control API (reset, snapshots, faults, journal).
     *
     * @return the fake
     */
    StatefulFake fake();

    /**
     * Answers one real call through the fake's HTTP layer and forgets it (the journal is cleared),
     * so that the first call of the suite is as fast as the next; {@link Standalone} runs it before
     * it reports the fakes ready. None by default.
     */
    default void warmUp() {
    }

    /** Stops the fake. */
    @Override
    void close();
}
