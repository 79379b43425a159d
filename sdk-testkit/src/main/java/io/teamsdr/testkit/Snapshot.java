package io.teamsdr.testkit;

import java.util.Objects;

/**
 * An opaque copy of a fake's state, taken by {@link StatefulFake#snapshot()} and put back by
 * {@link StatefulFake#restore(Snapshot)} as often as needed. Only the fake that took it accepts it.
 */
public final class Snapshot {

    private final Object owner;
    private final Object state;

    private Snapshot(Object owner, Object state) {
        this.owner = owner;
        this.state = state;
    }

    /**
     * Wraps a state copy; used by fakes.
     *
     * @param owner the fake that owns the state
     * @param state an independent copy of the state
     * @return the snapshot
     */
    public static Snapshot of(Object owner, Object state) {
        return new Snapshot(Objects.requireNonNull(owner, "owner"), Objects.requireNonNull(state, "state"));
    }

    /**
     * The state, for the owning fake only.
     *
     * @param requester the fake asking
     * @return the saved state (never to be changed in place)
     * @throws IllegalArgumentException when another fake asks
     */
    public Object stateFor(Object requester) {
        if (requester != owner) {
            throw new IllegalArgumentException("This snapshot was taken from another fake server");
        }
        return state;
    }
}
