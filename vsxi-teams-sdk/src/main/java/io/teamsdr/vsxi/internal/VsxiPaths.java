package io.teamsdr.vsxi.internal;

import io.teamsdr.core.http.HttpMethod;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import java.util.List;
import java.util.Set;

/**
 * The 16 endpoints of the VSXi Teams Provisioning API, as {@link RequestSpec}s, relative to the
 * REST root the caller configures (e.g. {@code https://sbc:8888/SSConfig/webresources}).
 *
 * <p>The document gives paths only; what it leaves out (status codes, that only {@code true} is
 * sent for {@code includeDraft}, how the ZIPs are asked for) is decided here and in the response
 * body types of this package, following NOTES.md, so that it can change in one place when the real
 * server differs.
 */
public final class VsxiPaths {
    /** Media type of the configuration ZIPs. */
    public static final String ZIP = "application/zip";

    /** Statuses with which the draft calls say that no draft is active. */
    public static final Set<Integer> NO_ACTIVE_DRAFT = Set.of(404, 409);

    /** Status with which {@code start} says that a draft is already active. */
    public static final int DRAFT_ALREADY_ACTIVE = 409;

    /** Status with which an upload is rejected, with per-line errors. */
    public static final int UPLOAD_REJECTED = 400;

    private VsxiPaths() {
    }

    /**
     * #1 {@code POST /teams/draft/start}: answers {@code {draftId, createdAt}}, 409 when a draft is active.
     *
     * @return the spec
     */
    public static RequestSpec start() {
        return RequestSpec.builder(HttpMethod.POST, "/teams/draft/start").build();
    }

    /**
     * #2 {@code GET /teams/draft/status}: answers the counts, 404 or 409 when no draft is active.
     *
     * @return the spec
     */
    public static RequestSpec status() {
        return RequestSpec.builder(HttpMethod.GET, "/teams/draft/status").build();
    }

    /**
     * #3 {@code GET /teams/draft/diff}: answers a ZIP.
     *
     * @return the spec
     */
    public static RequestSpec diff() {
        return RequestSpec.builder(HttpMethod.GET, "/teams/draft/diff").header("Accept", ZIP).build();
    }

    /**
     * #4 {@code POST /teams/draft/discard}. Not retried: a second discard could remove a draft
     * another client started in between.
     *
     * @return the spec
     */
    public static RequestSpec discard() {
        return RequestSpec.builder(HttpMethod.POST, "/teams/draft/discard").build();
    }

    /**
     * #5 {@code POST /teams/draft/commit} with {@code {"description": "..."}}: answers
     * {@code {session, timestamp, description}}. Never retried.
     *
     * @param description the session description
     * @return the spec
     */
    public static RequestSpec commit(String description) {
        return RequestSpec.builder(HttpMethod.POST, "/teams/draft/commit")
                .body(RequestBody.json(new CommitRequest(description)))
                .idempotent(false)
                .build();
    }

    /**
     * #6 {@code POST /teams/draft/update/tenants} with CSV
     * {@code tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId}. Uploading the same rows
     * twice leaves the draft as once, so it may be retried when the body can be sent again.
     *
     * @param csv the CSV body
     * @return the spec
     */
    public static RequestSpec upsertTenants(RequestBody csv) {
        return RequestSpec.builder(HttpMethod.POST, "/teams/draft/update/tenants").body(csv).idempotent(true).build();
    }

    /**
     * #7 {@code DELETE /teams/draft/delete/tenants} with CSV {@code tenantId}.
     *
     * @param csv the CSV body
     * @return the spec
     */
    public static RequestSpec deleteTenants(RequestBody csv) {
        return RequestSpec.builder(HttpMethod.DELETE, "/teams/draft/delete/tenants").body(csv).build();
    }

    /**
     * #8 {@code GET /teams/tenants}, with {@code includeDraft=true} only when asked.
     *
     * @param includeDraft whether to include the draft's changes
     * @return the spec
     */
    public static RequestSpec tenants(boolean includeDraft) {
        RequestSpec.Builder spec = RequestSpec.builder(HttpMethod.GET, "/teams/tenants");
        if (includeDraft) {
            spec.query("includeDraft", "true");
        }
        return spec.build();
    }

    /**
     * #9 {@code POST /teams/draft/update/users} with CSV {@code tenantId,sipUser,sipPassword,did}.
     *
     * @param csv the CSV body
     * @return the spec
     */
    public static RequestSpec upsertUsers(RequestBody csv) {
        return RequestSpec.builder(HttpMethod.POST, "/teams/draft/update/users").body(csv).idempotent(true).build();
    }

    /**
     * #10 {@code POST /teams/draft/replace/users} with CSV {@code tenantId,sipUser,sipPassword,did}:
     * deletes every user first. Replacing with the same rows twice gives the same draft.
     *
     * @param csv the CSV body
     * @return the spec
     */
    public static RequestSpec replaceUsers(RequestBody csv) {
        return RequestSpec.builder(HttpMethod.POST, "/teams/draft/replace/users").body(csv).idempotent(true).build();
    }

    /**
     * #11 {@code DELETE /teams/draft/delete/users} with CSV {@code sipUser}.
     *
     * @param csv the CSV body
     * @return the spec
     */
    public static RequestSpec deleteUsers(RequestBody csv) {
        return RequestSpec.builder(HttpMethod.DELETE, "/teams/draft/delete/users").body(csv).build();
    }

    /**
     * #12 {@code GET /teams/users}, with {@code includeDraft=true} only when asked and the tenant
     * filter as one comma-separated {@code tenantIds} parameter.
     *
     * @param includeDraft whether to include the draft's changes
     * @param tenantIds the tenants to list, empty for all
     * @return the spec
     */
    public static RequestSpec users(boolean includeDraft, List<String> tenantIds) {
        RequestSpec.Builder spec = RequestSpec.builder(HttpMethod.GET, "/teams/users");
        if (includeDraft) {
            spec.query("includeDraft", "true");
        }
        if (!tenantIds.isEmpty()) {
            spec.query("tenantIds", String.join(",", tenantIds));
        }
        return spec.build();
    }

    /**
     * #13 {@code GET /teams/commits}: answers {@code {commits: [...]}}.
     *
     * @return the spec
     */
    public static RequestSpec commits() {
        return RequestSpec.builder(HttpMethod.GET, "/teams/commits").build();
    }

    /**
     * #14 {@code POST /teams/rollback}: removes the newest session. Never retried: a repeat would
     * remove the one before it too.
     *
     * @return the spec
     */
    public static RequestSpec rollbackLatest() {
        return RequestSpec.builder(HttpMethod.POST, "/teams/rollback").idempotent(false).build();
    }

    /**
     * #15 {@code POST /teams/rollback/{session}}: removes that session and every newer one.
     *
     * @param session the session key
     * @return the spec
     */
    public static RequestSpec rollbackTo(String session) {
        return RequestSpec.builder(HttpMethod.POST, "/teams/rollback/{session}")
                .pathParam("session", session).idempotent(false).build();
    }

    /**
     * #16 {@code GET /teams/smcFiles}: answers a ZIP, with {@code includeDraft=true} only when asked.
     *
     * @param includeDraft whether to include the draft's changes
     * @return the spec
     */
    public static RequestSpec smcFiles(boolean includeDraft) {
        RequestSpec.Builder spec = RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles").header("Accept", ZIP);
        if (includeDraft) {
            spec.query("includeDraft", "true");
        }
        return spec.build();
    }
}
