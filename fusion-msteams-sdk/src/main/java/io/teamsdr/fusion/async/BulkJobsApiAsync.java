package io.teamsdr.fusion.async;

import io.teamsdr.core.Cursor;
import io.teamsdr.core.Page;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.BulkJobDetails;
import io.teamsdr.fusion.model.BulkJobQuery;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.BulkJobsApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The history of bulk user updates of a subscription. Pages are followed by the continuation token
 * when Fusion sends one, else by page number until the last page.
 */
public interface BulkJobsApiAsync {

    /**
     * Fetches the first page of every job, newest first as Fusion orders them, in pages of the largest size
     * ({@link FusionOperation#BULK_JOBS_LIST}). Each {@link io.teamsdr.core.Page} carries Fusion's
     * {@code results} and {@code pages} totals. Fusion's 404 "no bulk history found" gives an empty
     * listing, after the SDK checked once that the subscription exists.
     *
     * @return the future of the first page
     */
    CompletableFuture<Page<BulkJob>> list();

    /**
     * Fetches the first page of the jobs matching a query ({@link FusionOperation#BULK_JOBS_LIST}).
     *
     * @param query page size, search, filters
     * @return the future of the first page
     */
    CompletableFuture<Page<BulkJob>> list(BulkJobQuery query);

    /**
     * Fetches the page a cursor leads to. A cursor taken from another query fails the future with a
     * {@link io.teamsdr.core.PagingException} before any request.
     *
     * @param query the query the cursor was taken from
     * @param cursor the cursor of the wanted page
     * @return the future of the page
     */
    CompletableFuture<Page<BulkJob>> list(BulkJobQuery query, Cursor cursor);

    /**
     * Reads a job with the result of each item ({@link FusionOperation#BULK_JOB_GET}).
     * <p>The future fails with a {@link io.teamsdr.core.NotFoundException} when there is no such job.
     *
     * @param bulkId the job's database id, {@link BulkJob#id()}
     * @return the future of the job
     */
    CompletableFuture<BulkJobDetails> get(long bulkId);
}
