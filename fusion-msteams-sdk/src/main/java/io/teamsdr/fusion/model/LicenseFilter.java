package io.teamsdr.fusion.model;

/** Which of the tenant's licenses to list (the {@code free_only} parameter, sent as {@code yes} or {@code no}). */
public enum LicenseFilter {
    /** Every license relevant to users ({@code free_only=no}, the API's default). */
    ALL("no"),
    /** Only the licenses with at least one free seat ({@code free_only=yes}). */
    FREE_ONLY("yes");

    private final String freeOnly;

    LicenseFilter(String freeOnly) {
        this.freeOnly = freeOnly;
    }

    /**
     * Returns the value of the {@code free_only} query parameter.
     *
     * @return {@code yes} or {@code no}
     */
    public String freeOnlyParameter() {
        return freeOnly;
    }
}
