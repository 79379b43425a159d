package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.StatusApiAsync;
import io.teamsdr.fusion.model.TenantStatus;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link StatusApiAsync}: runs the descriptions of {@link CatalogCalls}. */
final class DefaultStatusApiAsync implements StatusApiAsync {
    private final CatalogCalls calls;

    DefaultStatusApiAsync(CatalogCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<TenantStatus> get() {
        return calls.status().sendAsync();
    }

    @Override
    public String toString() {
        return "StatusApiAsync";
    }
}
