package io.teamsdr.testkit.internal;

/**
 * State that can copy itself with no sharing of mutable parts, which is what makes snapshots and
 * resets of a fake safe and cheap.
 *
 * @param <T> the state type
 */
public interface DeepCopyable<T> {

    /**
     * Copies this object and every mutable object it holds.
     *
     * @return an independent copy
     */
    T deepCopy();
}
