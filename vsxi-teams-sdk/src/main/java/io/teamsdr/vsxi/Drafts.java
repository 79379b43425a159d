package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.DraftStatus;
import java.util.Optional;

/**
 * Starts or finds the SBC's draft. The SBC holds one draft at a time, whoever started it.
 */
public interface Drafts {

    /**
     * Starts a draft ({@code POST /teams/draft/start}).
     *
     * @return the open draft; close it (try-with-resources) so that an uncommitted draft is discarded
     * @throws DraftConflictException when a draft is already active
     */
    Draft start();

    /**
     * Starts a draft, first discarding an active one when the options say so.
     *
     * @param options what to do about an active draft
     * @return the open draft
     * @throws DraftConflictException when a draft is active (and the options keep it), or another
     *     client started one between the discard and the start
     */
    Draft start(StartOptions options);

    /**
     * Takes over the active draft, e.g. one left by a crashed process, to review, commit or discard it.
     * A draft is active when {@code GET /teams/draft/status} answers 200 (404 or 409 means none).
     * The SBC has one draft, so the one found may also be in use by another client.
     *
     * @return the active draft, empty when there is none
     */
    Optional<Draft> resumeActive();

    /**
     * Reads the staged changes of the active draft, without taking it over.
     *
     * @return the counts, empty when no draft is active
     */
    Optional<DraftStatus> activeStatus();
}
