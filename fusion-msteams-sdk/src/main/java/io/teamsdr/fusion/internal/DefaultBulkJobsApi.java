package io.teamsdr.fusion.internal;

import io.teamsdr.core.Paged;
import io.teamsdr.fusion.BulkJobsApi;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.BulkJobDetails;
import io.teamsdr.fusion.model.BulkJobQuery;

/** The blocking {@link BulkJobsApi}: runs the descriptions of {@link BulkJobsCalls}. */
final class DefaultBulkJobsApi implements BulkJobsApi {
    private final BulkJobsCalls calls;

    DefaultBulkJobsApi(BulkJobsCalls calls) {
        this.calls = calls;
    }

    @Override
    public Paged<BulkJob> list() {
        return list(BulkJobQuery.all());
    }

    @Override
    public Paged<BulkJob> list(BulkJobQuery query) {
        return calls.list(query).paged();
    }

    @Override
    public BulkJobDetails get(long bulkId) {
        return calls.get(bulkId).send();
    }

    @Override
    public String toString() {
        return "BulkJobsApi";
    }
}
