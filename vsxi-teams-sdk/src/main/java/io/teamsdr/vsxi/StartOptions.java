package io.teamsdr.vsxi;

/**
 * How {@link Drafts#start(StartOptions)} treats a draft that is already active on the SBC.
 */
public final class StartOptions {
    private static final StartOptions DEFAULTS = new StartOptions(false);
    private static final StartOptions DISCARD_EXISTING = new StartOptions(true);

    private final boolean discardExisting;

    private StartOptions(boolean discardExisting) {
        this.discardExisting = discardExisting;
    }

    /**
     * Fails with a {@link DraftConflictException} when a draft is active.
     *
     * @return the default options
     */
    public static StartOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Discards any active draft first, <em>whoever started it</em>, losing its staged changes;
     * meant for recovering from a crashed process, not for use next to other writers.
     *
     * @return the options
     */
    public static StartOptions discardExisting() {
        return DISCARD_EXISTING;
    }

    /**
     * Tells whether an active draft is discarded first.
     *
     * @return {@code true} for {@link #discardExisting()}
     */
    public boolean discardsExisting() {
        return discardExisting;
    }

    @Override
    public String toString() {
        return discardExisting ? "StartOptions.discardExisting()" : "StartOptions.defaults()";
    }
}
