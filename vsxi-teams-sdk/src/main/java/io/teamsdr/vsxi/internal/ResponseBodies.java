package io.teamsdr.vsxi.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ProvisionedTenant;
import io.teamsdr.vsxi.model.ProvisionedUser;
import java.util.List;

/**
 * The JSON envelopes around the model types, as NOTES.md assumes them; unknown fields are ignored
 * and missing lists read as empty.
 */
public final class ResponseBodies {
    private ResponseBodies() {
    }

    /**
     * {@code POST /teams/draft/start}: {@code {draftId, createdAt}}.
     *
     * @param draftId the draft id
     * @param createdAt when the draft was started, as the server wrote it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Started(String draftId, String createdAt) {
    }

    /**
     * The identity of the active draft, which {@code GET /teams/draft/status} may carry beside the
     * counts (NOTES.md does not promise it; both fields are optional).
     *
     * @param draftId the draft id, or {@code null}
     * @param createdAt when the draft was started, or {@code null}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActiveDraft(String draftId, String createdAt) {
    }

    /**
     * {@code GET /teams/tenants}: {@code {tenants: [...]}}.
     *
     * @param tenants the tenants
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tenants(List<ProvisionedTenant> tenants) {
        /** Normalizes a missing list. */
        public Tenants {
            tenants = tenants == null ? List.of() : List.copyOf(tenants);
        }
    }

    /**
     * {@code GET /teams/users}: {@code {users: [...]}}.
     *
     * @param users the users
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Users(List<ProvisionedUser> users) {
        /** Normalizes a missing list. */
        public Users {
            users = users == null ? List.of() : List.copyOf(users);
        }
    }

    /**
     * {@code GET /teams/commits}: {@code {commits: [...]}}.
     *
     * @param commits the sessions
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Commits(List<Commit> commits) {
        /** Normalizes a missing list. */
        public Commits {
            commits = commits == null ? List.of() : List.copyOf(commits);
        }
    }

    /**
     * {@code POST /teams/rollback[/{session}]}: the document gives no body; a {@code rolledBack}
     * list of removed sessions is read when present.
     *
     * @param rolledBack the removed sessions, {@code null} when not reported
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rollback(List<Commit> rolledBack) {
    }
}
