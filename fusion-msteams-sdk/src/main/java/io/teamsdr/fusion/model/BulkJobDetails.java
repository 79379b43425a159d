package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A bulk job with its summary and the result of each item.
 *
 * @param id the database id
 * @param jobId the job's unique id, as text (Fusion sends it as a string or a number)
 * @param title the name given when the job was started
 * @param kind the job type, {@code ms_users} or {@code ms_resource_accounts}
 * @param status the overall outcome: success, partial or error
 * @param totalCount how many items the job had
 * @param successCount how many items succeeded
 * @param items the items with their outcome
 * @param createdOn when the job was created
 * @param updatedOn when the job last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkJobDetails(long id,
                             @JsonProperty("job_id") String jobId,
                             String title,
                             String kind,
                             BulkStatus status,
                             @JsonProperty("total_count") int totalCount,
                             @JsonProperty("success_count") int successCount,
                             @JsonProperty("job_items") List<BulkJobItem> items,
                             @JsonProperty("created_on") @JsonDeserialize(using = LenientDateTime.class) LocalDateTime createdOn,
                             @JsonProperty("updated_on") @JsonDeserialize(using = LenientDateTime.class) LocalDateTime updatedOn) {

    /** Normalizes an absent item list to an empty one. */
    public BulkJobDetails {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * Returns the items that failed.
     *
     * @return the failed items
     */
    public List<BulkJobItem> failedItems() {
        return items.stream().filter(item -> !item.succeeded()).toList();
    }
}
