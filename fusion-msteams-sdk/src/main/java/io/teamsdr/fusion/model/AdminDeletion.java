package io.teamsdr.fusion.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of deleting the MS Teams administrator of a subscription. The API answers 200 with
 * what it deleted, or 204 when there was no administrator; both are successes and this record
 * tells them apart.
 *
 * @param existed {@code true} when an administrator existed and was deleted (200), {@code false}
 *     when there was none (204)
 * @param id the index of the deleted administrator, when the server reported it
 * @param msUsername the user name of the deleted administrator, when the server reported it
 */
public record AdminDeletion(boolean existed, Optional<Long> id, Optional<String> msUsername) {

    /** Normalizes absent parts to {@link Optional#empty()}. */
    public AdminDeletion {
        id = Objects.requireNonNullElse(id, Optional.empty());
        msUsername = Objects.requireNonNullElse(msUsername, Optional.empty());
    }

    /**
     * The outcome when there was no administrator to delete (204).
     *
     * @return the outcome
     */
    public static AdminDeletion nothingToDelete() {
        return new AdminDeletion(false, Optional.empty(), Optional.empty());
    }
}
