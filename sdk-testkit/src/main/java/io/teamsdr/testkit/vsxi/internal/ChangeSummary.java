package io.teamsdr.testkit.vsxi.internal;

/**
 * The difference between two configurations in counts, as the draft status and the commit
 * history report it.
 *
 * @param tenants tenant changes
 * @param users user changes
 */
public record ChangeSummary(Counts tenants, Counts users) {

    /** Nothing changed. */
    public static final ChangeSummary NONE = new ChangeSummary(Counts.NONE, Counts.NONE);

    /**
     * Compares two configurations, in time proportional to what changed between them when one
     * was copied from the other ({@link ConfigState#changesSince(ConfigState)}).
     *
     * @param before the older configuration
     * @param after the newer configuration
     * @return the counts
     */
    public static ChangeSummary between(ConfigState before, ConfigState after) {
        return after.changesSince(before);
    }
}
