package io.teamsdr.fusion.model;

/**
 * How a template meets a user's current settings (the {@code override} flag of the template call).
 */
public enum TemplateMode {
    /** The template's settings replace the user's (the API's default, {@code override: true}). */
    OVERRIDE,
    /** The template's settings are added to the user's; a setting the user has is kept ({@code override: false}). */
    ADD;

    /**
     * Returns the {@code override} flag the API takes.
     *
     * @return {@code true} for {@link #OVERRIDE}
     */
    public boolean overrides() {
        return this == OVERRIDE;
    }
}
