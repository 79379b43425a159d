package io.teamsdr.vsxi.internal;

import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.Drafts;
import io.teamsdr.vsxi.NoActiveDraftException;
import io.teamsdr.vsxi.StartOptions;
import io.teamsdr.vsxi.model.DraftStatus;
import java.util.Objects;
import java.util.Optional;

/** The {@link Drafts} of a client. */
record DefaultDrafts(VsxiEndpoints endpoints) implements Drafts {
    @Override
    public Draft start() {
        return start(StartOptions.defaults());
    }

    @Override
    public Draft start(StartOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.discardsExisting()) {
            try {
                endpoints.discard().send();
            } catch (NoActiveDraftException none) {
                // nothing to discard: just start
            }
        }
        ResponseBodies.Started started = endpoints.start().send();
        return new DefaultDraft(endpoints, started.draftId(), started.createdAt());
    }

    @Override
    public Optional<Draft> resumeActive() {
        return active().map(draft -> new DefaultDraft(endpoints, draft.draftId(), draft.createdAt()));
    }

    @Override
    public Optional<DraftStatus> activeStatus() {
        return active().map(ResponseBodies.ActiveDraft::status);
    }

    private Optional<ResponseBodies.ActiveDraft> active() {
        try {
            return Optional.of(endpoints.status().send());
        } catch (NoActiveDraftException none) {
            return Optional.empty();
        }
    }
}
