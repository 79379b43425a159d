package io.teamsdr.vsxi;

/**
 * Which configuration a read shows: the committed one, or the one the active draft would make
 * ({@code includeDraft=true}).
 */
public enum ConfigView {
    /** The committed configuration, as the SBC applies it now. */
    COMMITTED,
    /**
     * The committed configuration with the active draft's changes laid over it; each tenant or user
     * the draft changes carries its draft marker. Without an active draft, the committed one.
     */
    WITH_DRAFT
}
