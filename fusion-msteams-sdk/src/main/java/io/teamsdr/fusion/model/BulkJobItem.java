package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One user of a bulk job, with the data the job was started with and how it went.
 *
 * @param id the item's database id
 * @param upn the user principal name
 * @param data the item as sent in the bulk request; explicit {@code null} values are kept
 * @param status {@link BulkStatus#SUCCESS} or {@link BulkStatus#ERROR}
 * @param error why the item failed, when the server says
 * @param createdOn when the item was created
 * @param updatedOn when the item last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkJobItem(long id, String upn, Map<String, @Nullable Object> data, BulkStatus status,
                          Optional<BulkItemError> error,
                          @JsonProperty("created_on") @JsonDeserialize(using = LenientDateTime.class) LocalDateTime createdOn,
                          @JsonProperty("updated_on") @JsonDeserialize(using = LenientDateTime.class) LocalDateTime updatedOn) {

    /** Normalizes absent parts and copies the data, keeping its {@code null} values. */
    public BulkJobItem {
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        error = Objects.requireNonNullElse(error, Optional.empty());
    }

    /**
     * Tells whether the item succeeded.
     *
     * @return {@code true} for {@link BulkStatus#SUCCESS}
     */
    public boolean succeeded() {
        return BulkStatus.SUCCESS.equals(status);
    }
}
