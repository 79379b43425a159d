package io.teamsdr.vsxi.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.teamsdr.vsxi.model.ChangeCounts;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON envelopes around the model types, as NOTES.md assumes them; unknown fields are ignored
 * and missing lists read as empty.
 */
final class ResponseBodies {
    private ResponseBodies() {
    }

    /**
     * {@code POST /teams/draft/start}: {@code {draftId, createdAt}}.
     *
     * @param draftId the draft id
     * @param createdAt when the draft was started, as the server wrote it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Started(@Nullable String draftId, @Nullable String createdAt) {
    }

    /**
     * {@code GET /teams/draft/status}: the counts, and the identity of the active draft, which the
     * answer may carry beside them (NOTES.md does not promise it; both fields are optional).
     *
     * @param draftId the draft id, or {@code null}
     * @param createdAt when the draft was started, or {@code null}
     * @param tenants the SBC tenant changes, or {@code null}
     * @param users the SIP user changes, or {@code null}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActiveDraft(@Nullable String draftId, @Nullable String createdAt,
                       @JsonProperty("tenants") @Nullable ChangeCounts tenants,
                       @JsonProperty("users") @Nullable ChangeCounts users) {

        DraftStatus status() {
            return new DraftStatus(Objects.requireNonNullElse(tenants, ChangeCounts.NONE),
                    Objects.requireNonNullElse(users, ChangeCounts.NONE));
        }
    }

    /**
     * {@code GET /teams/tenants}: {@code {tenants: [...]}}.
     *
     * @param tenants the tenants
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SbcTenants(@Nullable List<ProvisionedSbcTenant> tenants) {
        List<ProvisionedSbcTenant> list() {
            return tenants == null ? List.of() : List.copyOf(tenants);
        }
    }

    /**
     * {@code GET /teams/users}: {@code {users: [...]}}.
     *
     * @param users the users
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SipUsers(@Nullable List<ProvisionedSipUser> users) {
        List<ProvisionedSipUser> list() {
            return users == null ? List.of() : List.copyOf(users);
        }
    }

    /**
     * {@code GET /teams/commits}: {@code {commits: [...]}}.
     *
     * @param commits the sessions
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commits(@Nullable List<Commit> commits) {
        List<Commit> list() {
            return commits == null ? List.of() : List.copyOf(commits);
        }
    }

    /**
     * {@code POST /teams/rollback[/{session}]}: the document gives no body; a {@code rolledBack}
     * list of removed sessions is read when present.
     *
     * @param rolledBack the removed sessions, {@code null} when not reported
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rollback(@Nullable List<Commit> rolledBack) {
    }
}
