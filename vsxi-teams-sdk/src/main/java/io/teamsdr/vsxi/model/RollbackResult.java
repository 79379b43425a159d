package io.teamsdr.vsxi.model;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a rollback.
 *
 * @param removed the sessions the rollback removed, when the server lists them (the document does
 *     not say that it does)
 */
public record RollbackResult(Optional<List<Commit>> removed) {

    /**
     * Normalizes a missing list.
     *
     * @param removed the sessions the rollback removed, when the server lists them (the document does
     *     not say that it does)
     */
    public RollbackResult {
        removed = removed == null ? Optional.empty() : removed.map(List::copyOf);
    }
}
