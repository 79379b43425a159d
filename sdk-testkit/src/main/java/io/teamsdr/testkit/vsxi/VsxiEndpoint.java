package io.teamsdr.testkit.vsxi;

/**
 * The 16 endpoints of the VSXi Teams Provisioning API, for fault rules and journal queries
 * without spelling paths:
 *
 * <pre>{@code
 * server.fault(VsxiEndpoint.COMMIT).times(1).applyThenDropConnection();
 * assertThat(server.journal().requests("POST", server.path(VsxiEndpoint.COMMIT))).hasSize(1);
 * }</pre>
 */
public enum VsxiEndpoint {
    /** {@code POST /teams/draft/start}. */
    START_DRAFT("POST", "/teams/draft/start"),
    /** {@code GET /teams/draft/status}. */
    DRAFT_STATUS("GET", "/teams/draft/status"),
    /** {@code GET /teams/draft/diff}. */
    DRAFT_DIFF("GET", "/teams/draft/diff"),
    /** {@code POST /teams/draft/discard}. */
    DISCARD_DRAFT("POST", "/teams/draft/discard"),
    /** {@code POST /teams/draft/commit}. */
    COMMIT("POST", "/teams/draft/commit"),
    /** {@code POST /teams/draft/update/tenants}. */
    UPDATE_TENANTS("POST", "/teams/draft/update/tenants"),
    /** {@code DELETE /teams/draft/delete/tenants}. */
    DELETE_TENANTS("DELETE", "/teams/draft/delete/tenants"),
    /** {@code GET /teams/tenants}. */
    LIST_TENANTS("GET", "/teams/tenants"),
    /** {@code POST /teams/draft/update/users}. */
    UPDATE_USERS("POST", "/teams/draft/update/users"),
    /** {@code POST /teams/draft/replace/users}. */
    REPLACE_USERS("POST", "/teams/draft/replace/users"),
    /** {@code DELETE /teams/draft/delete/users}. */
    DELETE_USERS("DELETE", "/teams/draft/delete/users"),
    /** {@code GET /teams/users}. */
    LIST_USERS("GET", "/teams/users"),
    /** {@code GET /teams/commits}. */
    LIST_COMMITS("GET", "/teams/commits"),
    /** {@code POST /teams/rollback}. */
    ROLLBACK_LATEST("POST", "/teams/rollback"),
    /** {@code POST /teams/rollback/{session}}. */
    ROLLBACK_TO_SESSION("POST", "/teams/rollback/{session}"),
    /** {@code GET /teams/smcFiles}. */
    SMC_FILES("GET", "/teams/smcFiles");

    private final String method;
    private final String path;

    VsxiEndpoint(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /**
     * The HTTP method.
     *
     * @return e.g. {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * The path as documented, relative to the REST root; {@code {session}} marks the one path
     * parameter.
     *
     * @return e.g. {@code /teams/draft/commit}
     */
    public String path() {
        return path;
    }
}
