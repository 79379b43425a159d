package io.teamsdr.fusion;

import io.teamsdr.core.Paged;
import io.teamsdr.fusion.model.BulkJob;
import io.teamsdr.fusion.model.BulkJobDetails;
import io.teamsdr.fusion.model.BulkJobQuery;

/**
 * The history of bulk user updates of a subscription. Pages are followed by the continuation token
 * when Fusion sends one, else by page number until the last page.
 */
public interface BulkJobsApi {

    /**
     * Lists every job, newest first as Fusion orders them, in pages of the largest size
     * ({@link FusionOperation#BULK_JOBS_LIST}). Each {@link io.teamsdr.core.Page} carries Fusion's
     * {@code results} and {@code pages} totals. Fusion's 404 "no bulk history found" gives an empty
     * listing, after the SDK checked once that the subscription exists.
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
     * Reads a job with the result of each item ({@link FusionOperation#BULK_JOB_GET}).
     *
     * @param bulkId the job's database id, {@link BulkJob#id()}
     * @return the job
     * @throws io.teamsdr.core.NotFoundException when there is no such job
     */
    BulkJobDetails get(long bulkId);
}
