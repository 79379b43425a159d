package io.teamsdr.fusion.internal;

import io.teamsdr.core.Cursor;
import io.teamsdr.core.Page;
import io.teamsdr.fusion.async.BulkJobsApiAsync;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.BulkJobDetails;
import io.teamsdr.fusion.model.BulkJobQuery;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link BulkJobsApiAsync}: runs the descriptions of {@link BulkJobsCalls}. */
final class DefaultBulkJobsApiAsync implements BulkJobsApiAsync {
    private final BulkJobsCalls calls;

    DefaultBulkJobsApiAsync(BulkJobsCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Page<BulkJob>> list() {
        return list(BulkJobQuery.all());
    }

    @Override
    public CompletableFuture<Page<BulkJob>> list(BulkJobQuery query) {
        return Listing.pageAsync(() -> calls.list(query), null);
    }

    @Override
    public CompletableFuture<Page<BulkJob>> list(BulkJobQuery query, Cursor cursor) {
        if (cursor == null) {
            return CompletableFuture.failedFuture(new NullPointerException("cursor"));
        }
        return Listing.pageAsync(() -> calls.list(query), cursor);
    }

    @Override
    public CompletableFuture<BulkJobDetails> get(long bulkId) {
        return calls.get(bulkId).sendAsync();
    }

    @Override
    public String toString() {
        return "BulkJobsApiAsync";
    }
}
