package io.teamsdr.testkit.vsxi.internal;

/**
 * A consistent pair of configurations for a read: the committed one and, when asked for and
 * present, a private copy of the draft's, so that a slow client streaming a listing or a ZIP
 * never holds the store's lock.
 *
 * @param committed the committed configuration
 * @param draft the draft's configuration, {@code null} when no draft is active or it was not
 *     asked for
 */
public record StateView(ConfigState committed, ConfigState draft) {

    /**
     * The configuration a read with {@code includeDraft} shows.
     *
     * @return the draft's configuration when present, else the committed one
     */
    public ConfigState effective() {
        return draft != null ? draft : committed;
    }
}
