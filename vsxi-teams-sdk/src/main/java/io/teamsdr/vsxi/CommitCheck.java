package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.Commit;

/**
 * The caller's verification of a fresh commit, for {@link Draft#commitConfirmed(String, CommitCheck)}:
 * for example reading the users back, or placing a test call. Returning {@code false} or throwing
 * (an exception or an {@link AssertionError}) counts as a failure and triggers the rollback.
 */
@FunctionalInterface
public interface CommitCheck {

    /**
     * Verifies the committed configuration.
     *
     * @param commit the session just committed
     * @return {@code true} to keep it
     * @throws Exception when the verification fails; treated like {@code false}
     */
    boolean verify(Commit commit) throws Exception;
}
