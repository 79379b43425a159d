package io.teamsdr.fusion;

import io.teamsdr.core.Cursor;
import io.teamsdr.core.Paged;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.BulkJobDetails;
import io.teamsdr.fusion.model.BulkJobQuery;
import java.util.concurrent.CompletableFuture;

/**
 * The history of bulk user updates of a subscription. Pages are followed by the continuation token
 * when Fusion sends one, else by page number until the last page.
 */
public interface BulkJobsApi {

    /**
     * Lists every job, newest first as Fusion orders them ({@link FusionOperation#BULK_JOBS_LIST}).
     *
     * @return the jobs, fetched lazily page by page
     */
    Paged<BulkJob> list();

    /**
     * Lists jobs ({@link FusionOperation#BULK_JOBS_LIST}); every page is requested with the same query.
     *
     * @param query page size, search, filters
     * @return the jobs, fetched lazily page by page
     */
    Paged<BulkJob> list(BulkJobQuery query);

    /**
     * Fetches the first page without blocking.
     *
     * @param query page size, search, filters
     * @return the page and the cursor of the next one
     */
    CompletableFuture<PageResult<BulkJob>> listPageAsync(BulkJobQuery query);

    /**
     * Fetches the page a cursor points at without blocking.
     *
     * @param query the query the cursor was taken from
     * @param cursor the cursor
     * @return the page and the cursor of the next one; fails with a
     *     {@link io.teamsdr.core.PagingException}, without a request, when the cursor belongs to another query
     */
    CompletableFuture<PageResult<BulkJob>> listPageAsync(BulkJobQuery query, Cursor cursor);

    /**
     * Reads a job with the result of each item ({@link FusionOperation#BULK_JOB_GET}).
     *
     * @param bulkId the job's database id, {@link BulkJob#id()}
     * @return the job
     * @throws io.teamsdr.core.NotFoundException when there is no such job
     */
    BulkJobDetails get(long bulkId);

    /**
     * Reads a job without blocking.
     *
     * @param bulkId the job's database id
     * @return the job
     */
    CompletableFuture<BulkJobDetails> getAsync(long bulkId);
}
