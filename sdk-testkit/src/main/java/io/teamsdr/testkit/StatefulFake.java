package io.teamsdr.testkit;

/**
 * What every fake server offers a test: its journal and faults, and its state to reset, save
 * and restore. The JUnit extensions rely on this contract only.
 */
public interface StatefulFake extends AutoCloseable {

    /**
     * Puts the state back to the seed, and clears the journal and the fault rules.
     */
    void reset();

    /**
     * Copies the current state (not the journal or the faults).
     *
     * @return a snapshot to {@link #restore(Snapshot)} later, any number of times
     */
    Snapshot snapshot();

    /**
     * Replaces the state by a snapshot taken from this fake.
     *
     * @param snapshot the snapshot
     * @throws IllegalArgumentException when the snapshot comes from another fake
     */
    void restore(Snapshot snapshot);

    /**
     * The requests received.
     *
     * @return the journal
     */
    RequestJournal journal();

    /**
     * The fault rules.
     *
     * @return the rules
     */
    Faults faults();

    /**
     * The base URL, e.g. {@code http://127.0.0.1:54321}.
     *
     * @return the base URL
     */
    java.net.URI baseUrl();

    /** Stops the server. */
    @Override
    void close();
}
