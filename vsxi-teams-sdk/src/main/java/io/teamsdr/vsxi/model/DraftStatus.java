package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The staged changes of a draft ({@code GET /teams/draft/status}), also the change summary of a
 * committed session.
 *
 * @param tenants tenant changes; zeros when the server left them out
 * @param users user changes; zeros when the server left them out
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftStatus(ChangeCounts tenants, ChangeCounts users) {

    /** Normalizes missing counts to zeros. */
    public DraftStatus {
        tenants = tenants == null ? ChangeCounts.NONE : tenants;
        users = users == null ? ChangeCounts.NONE : users;
    }

    /**
     * Tells whether the draft changes nothing.
     *
     * @return {@code true} when every count is zero
     */
    public boolean isEmpty() {
        return tenants.total() == 0 && users.total() == 0;
    }
}
