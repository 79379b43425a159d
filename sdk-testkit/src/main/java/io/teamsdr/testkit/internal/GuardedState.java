package io.teamsdr.testkit.internal;

import io.teamsdr.testkit.Snapshot;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A fake's whole mutable state behind one lock. One lock keeps every rule (a number used once, a
 * license count) consistent under concurrent requests without per-field reasoning; the fakes are
 * fast enough that contention does not matter in tests.
 *
 * @param <S> the state type
 */
public final class GuardedState<S extends DeepCopyable<S>> {

    private final ReentrantLock lock = new ReentrantLock();
    private final Object owner;
    private final Supplier<S> seed;
    private S state;

    /**
     * Creates the state from its seed.
     *
     * @param owner the fake owning the state; snapshots are only accepted back by the same owner
     * @param seed builds the initial state; called again on every {@link #reset()}
     */
    public GuardedState(Object owner, Supplier<S> seed) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.seed = Objects.requireNonNull(seed, "seed");
        this.state = seed.get();
    }

    /**
     * Runs an action on the state while holding the lock.
     *
     * @param action reads or changes the state
     * @param <R> result type
     * @return the action's result
     */
    public <R> R with(Function<S, R> action) {
        lock.lock();
        try {
            return action.apply(state);
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the state by a fresh one from the seed. */
    public void reset() {
        S fresh = seed.get();
        lock.lock();
        try {
            state = fresh;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies the current state.
     *
     * @return an opaque snapshot
     */
    public Snapshot snapshot() {
        return with(s -> Snapshot.of(owner, s.deepCopy()));
    }

    /**
     * Puts a snapshot back; the snapshot stays usable for further restores.
     *
     * @param snapshot a snapshot taken from the same owner
     * @throws IllegalArgumentException when the snapshot belongs to another fake
     */
    public void restore(Snapshot snapshot) {
        @SuppressWarnings("unchecked")
        S saved = (S) snapshot.stateFor(owner);
        S copy = saved.deepCopy();
        lock.lock();
        try {
            state = copy;
        } finally {
            lock.unlock();
        }
    }
}
