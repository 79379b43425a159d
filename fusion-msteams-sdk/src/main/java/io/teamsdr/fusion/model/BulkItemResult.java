package io.teamsdr.fusion.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one user in a bulk update.
 *
 * @param upn the user principal name the item named
 * @param error why the item failed, empty when it succeeded
 * @param details what the server reported for a successful item, possibly empty
 */
public record BulkItemResult(String upn, Optional<BulkItemError> error, Map<String, @Nullable Object> details) {

    /** Normalizes absent parts and copies the details. */
    public BulkItemResult {
        Objects.requireNonNull(upn, "upn");
        error = Objects.requireNonNullElse(error, Optional.empty());
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * Tells whether the item succeeded.
     *
     * @return {@code true} when no error was reported for it
     */
    public boolean succeeded() {
        return error.isEmpty();
    }
}
