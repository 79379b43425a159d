package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.DomainsApiAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link DomainsApiAsync}: runs the descriptions of {@link CatalogCalls}. */
final class DefaultDomainsApiAsync implements DomainsApiAsync {
    private final CatalogCalls calls;

    DefaultDomainsApiAsync(CatalogCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<String>> list() {
        return calls.domains().sendAsync();
    }

    @Override
    public String toString() {
        return "DomainsApiAsync";
    }
}
