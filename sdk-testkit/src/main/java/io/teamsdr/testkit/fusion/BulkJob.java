package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A recorded bulk update job. Immutable: the JSON trees it holds are never changed after the job
 * is recorded.
 */
record BulkJob(int id, long jobId, String kind, String title, String status, List<Item> items,
        String createdOn, String updatedOn) {

    /** One item of the job, with the data as the caller sent it. */
    record Item(int id, String upn, JsonNode data, String status, JsonNode error, String createdOn,
            String updatedOn) {
    }

    BulkJob {
        items = List.copyOf(items);
    }

    long successCount() {
        return items.stream().filter(i -> "success".equals(i.status())).count();
    }
}
