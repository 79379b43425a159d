package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The staged changes of a draft ({@code GET /teams/draft/status}), also the change summary of a
 * committed session.
 *
 * @param sbcTenants SBC tenant changes (JSON {@code tenants}); zeros when the server left them out
 * @param sipUsers SIP user changes (JSON {@code users}); zeros when the server left them out
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DraftStatus(@JsonProperty("tenants") ChangeCounts sbcTenants,
                          @JsonProperty("users") ChangeCounts sipUsers) {

    /**
     * Normalizes missing counts to zeros (the JSON reader passes them as {@code null}).
     *
     * @param sbcTenants SBC tenant changes (JSON {@code tenants}); zeros when the server left them out
     * @param sipUsers SIP user changes (JSON {@code users}); zeros when the server left them out
     */
    public DraftStatus {
        sbcTenants = Objects.requireNonNullElse(sbcTenants, ChangeCounts.NONE);
        sipUsers = Objects.requireNonNullElse(sipUsers, ChangeCounts.NONE);
    }

    /**
     * Tells whether the draft changes nothing.
     *
     * @return {@code true} when every count is zero
     */
    public boolean isEmpty() {
        return sbcTenants.total() == 0 && sipUsers.total() == 0;
    }
}
