package io.teamsdr.testkit.vsxi.internal;

/**
 * How many records of one kind a change adds, updates and deletes.
 *
 * @param added records present only after the change
 * @param updated records present on both sides with different values
 * @param deleted records present only before the change
 */
public record Counts(int added, int updated, int deleted) {

    /** No change. */
    public static final Counts NONE = new Counts(0, 0, 0);

    /**
     * Whether anything changed.
     *
     * @return true when all three counts are zero
     */
    public boolean isEmpty() {
        return added == 0 && updated == 0 && deleted == 0;
    }
}
