package io.teamsdr.testkit.vsxi.internal;

import java.util.Map;

/**
 * A request the SBC refuses because of its state (no draft, a draft already active, an unknown
 * session). Carries everything the HTTP layer needs for the {@code {"error":{...}}} body.
 */
public final class VsxiRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** HTTP status to answer with. */
    private final int status;
    /** Stable error code. */
    private final String code;
    private final transient Map<String, Object> details;

    /**
     * Creates the exception.
     *
     * @param status HTTP status to answer with
     * @param code stable error code, e.g. {@code DRAFT_ACTIVE}
     * @param reason human-readable reason
     * @param details extra fields for the error object (e.g. the active draft's id), may be empty
     */
    public VsxiRuleException(int status, String code, String reason, Map<String, Object> details) {
        super(reason, null, false, false);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The error code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Extra fields of the error object.
     *
     * @return field name to value
     */
    public Map<String, Object> details() {
        return details;
    }
}
