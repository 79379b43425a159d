package io.teamsdr.vsxi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.Response;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.internal.ResponseBodies;
import io.teamsdr.vsxi.internal.VsxiPaths;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.RollbackResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The {@link Commits} of a {@link VsxiTeamsClient}. */
final class DefaultCommits implements Commits {
    private final Transport transport;

    DefaultCommits(Transport transport) {
        this.transport = transport;
    }

    @Override
    public List<Commit> list() {
        return transport.send(VsxiPaths.commits(), ResponseHandler.json(ResponseBodies.Commits.class)).commits();
    }

    @Override
    public CompletableFuture<List<Commit>> listAsync() {
        return transport.sendAsync(VsxiPaths.commits(), ResponseHandler.json(ResponseBodies.Commits.class))
                .thenApply(ResponseBodies.Commits::commits);
    }

    @Override
    public RollbackResult rollbackLatest() {
        return transport.send(VsxiPaths.rollbackLatest(), this::rollback);
    }

    @Override
    public CompletableFuture<RollbackResult> rollbackLatestAsync() {
        return transport.sendAsync(VsxiPaths.rollbackLatest(), this::rollback);
    }

    @Override
    public RollbackResult rollbackTo(String session) {
        return transport.send(rollbackSpec(session), this::rollback);
    }

    @Override
    public CompletableFuture<RollbackResult> rollbackToAsync(String session) {
        return transport.sendAsync(rollbackSpec(session), this::rollback);
    }

    private static RequestSpec rollbackSpec(String session) {
        if (session == null || session.isBlank()) {
            throw new IllegalArgumentException("session must be a session key from commits().list()");
        }
        return VsxiPaths.rollbackTo(session);
    }

    /** The document gives no rollback body: an empty or unknown one is not an error. */
    private RollbackResult rollback(Response response) throws IOException {
        String text = response.text();
        if (text.isBlank() || !text.stripLeading().startsWith("{")) {
            return new RollbackResult(Optional.empty());
        }
        try {
            ResponseBodies.Rollback body = transport.mapper().readValue(text, ResponseBodies.Rollback.class);
            return new RollbackResult(Optional.ofNullable(body.rolledBack()));
        } catch (JsonProcessingException unexpectedShape) {
            return new RollbackResult(Optional.empty());
        }
    }
}
