package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.DomainsApi;
import java.util.List;

/** The blocking {@link DomainsApi}: runs the descriptions of {@link CatalogCalls}. */
final class DefaultDomainsApi implements DomainsApi {
    private final CatalogCalls calls;

    DefaultDomainsApi(CatalogCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<String> list() {
        return calls.domains().send();
    }

    @Override
    public String toString() {
        return "DomainsApi";
    }
}
