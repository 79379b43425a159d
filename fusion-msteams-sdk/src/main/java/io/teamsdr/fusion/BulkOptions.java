package io.teamsdr.fusion;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.Violation;
import io.teamsdr.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a bulk user update is sent: all items in one request (the default), or split into requests of
 * at most {@link #batchesOf(int) a chosen size}, sent one after the other, their results combined.
 * Each request becomes its own job in the bulk history, named {@code "<name> (i/n)"}.
 *
 * <pre>{@code
 * BulkResult result = teams.users().bulkUpdate("Q3 rollout", items,
 *         BulkOptions.batchesOf(200).withProgress(new ProgressListener() {
 *             public void onItems(long done, long total) { bar.set(done, total); }
 *         }));
 * }</pre>
 */
public final class BulkOptions {
    private static final BulkOptions DEFAULTS = new BulkOptions(0, ProgressListener.NONE);

    private final int batchSize;
    private final ProgressListener progress;

    private BulkOptions(int batchSize, ProgressListener progress) {
        this.batchSize = batchSize;
        this.progress = progress;
    }

    /**
     * Sends all items in one request, without progress reports.
     *
     * @return the options
     */
    public static BulkOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Splits the items into requests of at most {@code size} items.
     *
     * @param size the largest number of items per request, at least 1
     * @return the options
     * @throws ValidationException when the size is below 1
     */
    public static BulkOptions batchesOf(int size) {
        if (size < 1) {
            throw new ValidationException(List.of(new Violation("batchSize", String.valueOf(size), "at least 1")));
        }
        return new BulkOptions(size, ProgressListener.NONE);
    }

    /**
     * Reports progress: {@link ProgressListener#onItems(long, long)} after each request with the
     * items sent so far and the total.
     *
     * @param listener the listener
     * @return new options
     */
    public BulkOptions withProgress(ProgressListener listener) {
        return new BulkOptions(batchSize, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Returns the largest number of items per request.
     *
     * @return the batch size, empty when everything goes in one request
     */
    public OptionalInt batchSize() {
        return batchSize == 0 ? OptionalInt.empty() : OptionalInt.of(batchSize);
    }

    /**
     * Returns the progress listener.
     *
     * @return the listener, {@link ProgressListener#NONE} when none was set
     */
    public ProgressListener progress() {
        return progress;
    }

    @Override
    public String toString() {
        return "BulkOptions{batchSize=" + (batchSize == 0 ? "all" : batchSize) + '}';
    }
}
