package io.teamsdr.core;

/**
 * Observes long operations: bytes uploaded or downloaded, CSV rows written, pages fetched, bulk items
 * done. Every method has an empty default so a listener implements only what it shows. Methods are
 * called from the thread doing the work and must return quickly.
 */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /**
     * Bytes transferred so far in one request or response body.
     *
     * @param total the running total in bytes
     */
    default void onBytes(long total) {
    }

    /**
     * Rows written so far to an upload.
     *
     * @param total the running total of rows
     */
    default void onRows(long total) {
    }

    /**
     * A page was fetched.
     *
     * @param pages pages fetched so far
     * @param items items received so far
     */
    default void onPage(int pages, long items) {
    }

    /**
     * Items of a batch operation finished so far.
     *
     * @param done items done
     * @param total items in the whole operation
     */
    default void onItems(long done, long total) {
    }
}
