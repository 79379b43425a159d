package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * What applying a template changed: the managed properties before and after.
 *
 * @param before the properties before the template was applied
 * @param after the properties after
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TemplateResult(TemplateSnapshot before, TemplateSnapshot after) {

    /** Requires both snapshots. */
    public TemplateResult {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * Tells whether the template changed anything.
     *
     * @return {@code true} when the snapshots differ
     */
    public boolean changedAnything() {
        return !before.equals(after);
    }
}
