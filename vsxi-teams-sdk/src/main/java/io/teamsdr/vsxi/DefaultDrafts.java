package io.teamsdr.vsxi;

import io.teamsdr.core.http.Response;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.internal.ResponseBodies;
import io.teamsdr.vsxi.internal.VsxiPaths;
import io.teamsdr.vsxi.model.DraftStatus;
import java.util.Objects;
import java.util.Optional;

/** The {@link Drafts} of a {@link VsxiTeamsClient}. */
final class DefaultDrafts implements Drafts {
    private final Transport transport;

    DefaultDrafts(Transport transport) {
        this.transport = transport;
    }

    @Override
    public Draft start() {
        return start(StartOptions.defaults());
    }

    @Override
    public Draft start(StartOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.discardsExisting()) {
            transport.send(VsxiPaths.discard(), Responses.unlessNoDraft(Response::status));
        }
        ResponseBodies.Started started = transport.send(VsxiPaths.start(), new ResponseHandler<>() {
            @Override
            public ResponseBodies.Started handle(Response response) {
                if (response.status() == VsxiPaths.DRAFT_ALREADY_ACTIVE) {
                    throw new DraftConflictException(response.toApiException().details());
                }
                return response.json(ResponseBodies.Started.class);
            }

            @Override
            public boolean accepts(int status) {
                return status == VsxiPaths.DRAFT_ALREADY_ACTIVE || ResponseHandler.super.accepts(status);
            }
        });
        return new DefaultDraft(transport, started.draftId(), started.createdAt());
    }

    @Override
    public Optional<Draft> resumeActive() {
        return transport.send(VsxiPaths.status(), Responses.unlessNoDraft(r -> r.json(ResponseBodies.ActiveDraft.class)))
                .map(active -> new DefaultDraft(transport, active.draftId(), active.createdAt()));
    }

    @Override
    public Optional<DraftStatus> activeStatus() {
        return transport.send(VsxiPaths.status(), Responses.unlessNoDraft(r -> r.json(DraftStatus.class)));
    }
}
