package io.teamsdr.fusion;

import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncType;
import java.util.concurrent.CompletableFuture;

/**
 * Synchronization of the users' phone numbers between Fusion and Microsoft Teams (endpoint #29).
 * Thread-safe.
 */
public interface SyncApi {

    /**
     * Starts a {@linkplain SyncType#NORMAL normal} synchronization of the users' phone numbers.
     * Requires {@link FusionOperation#SYNC}'s role. Not retried automatically (a POST).
     *
     * @return the users covered, with their synchronization state
     */
    SyncResult sync();

    /**
     * Starts a normal synchronization without blocking; see {@link #sync()}.
     *
     * @return the future result
     */
    CompletableFuture<SyncResult> syncAsync();

    /**
     * Starts a synchronization of the users' phone numbers. Requires {@link FusionOperation#SYNC}'s role.
     *
     * @param type which users to synchronize
     * @return the users covered, with their synchronization state
     */
    SyncResult sync(SyncType type);

    /**
     * Starts a synchronization without blocking; see {@link #sync(SyncType)}.
     *
     * @param type which users to synchronize
     * @return the future result
     */
    CompletableFuture<SyncResult> syncAsync(SyncType type);
}
