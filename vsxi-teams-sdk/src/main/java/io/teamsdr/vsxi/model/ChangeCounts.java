package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How many records of one kind a draft or a committed session adds, updates and deletes.
 *
 * @param added records added
 * @param updated records changed
 * @param deleted records removed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangeCounts(long added, long updated, long deleted) {

    /** No change at all. */
    public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0);

    /**
     * Returns the number of records touched.
     *
     * @return {@code added + updated + deleted}
     */
    public long total() {
        return added + updated + deleted;
    }
}
