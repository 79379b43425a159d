package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDateTime;

/**
 * One bulk job in the history.
 *
 * @param id the database id; the id to read the job's details with
 * @param jobId the job's unique id, as text (Fusion sends it as a string or a number)
 * @param kind the job type, {@code ms_users} or {@code ms_resource_accounts}
 * @param title the name given when the job was started
 * @param createdOn when the job was created (server time, no zone)
 * @param updatedOn when the job last changed (server time, no zone)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkJob(long id,
                      @JsonProperty("job_id") String jobId,
                      String kind,
                      String title,
                      @JsonProperty("created_on") @JsonDeserialize(using = LenientDateTime.class) LocalDateTime createdOn,
                      @JsonProperty("updated_on") @JsonDeserialize(using = LenientDateTime.class) LocalDateTime updatedOn) {
}
