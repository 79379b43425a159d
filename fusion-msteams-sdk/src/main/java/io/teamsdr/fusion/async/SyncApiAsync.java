package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncType;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.SyncApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>Synchronization of the users' phone numbers between Fusion and Microsoft Teams (endpoint #29).
 * Thread-safe.
 */
public interface SyncApiAsync {

    /**
     * Starts a {@linkplain SyncType#NORMAL normal} synchronization of the users' phone numbers.
     * Requires {@link FusionOperation#SYNC}'s role. Not retried automatically (a POST).
     *
     * @return the future of the users covered, with their synchronization state
     */
    CompletableFuture<SyncResult> sync();

    /**
     * Starts a synchronization of the users' phone numbers. Requires {@link FusionOperation#SYNC}'s role.
     *
     * @param type which users to synchronize
     * @return the future of the users covered, with their synchronization state
     */
    CompletableFuture<SyncResult> sync(SyncType type);
}
