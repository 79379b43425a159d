package io.teamsdr.fusion;

import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncType;

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
     * Starts a synchronization of the users' phone numbers. Requires {@link FusionOperation#SYNC}'s role.
     *
     * @param type which users to synchronize
     * @return the users covered, with their synchronization state
     */
    SyncResult sync(SyncType type);
}
