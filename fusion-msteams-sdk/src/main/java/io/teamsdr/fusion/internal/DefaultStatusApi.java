package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.StatusApi;
import io.teamsdr.fusion.model.TenantStatus;

/** The blocking {@link StatusApi}: runs the descriptions of {@link CatalogCalls}. */
final class DefaultStatusApi implements StatusApi {
    private final CatalogCalls calls;

    DefaultStatusApi(CatalogCalls calls) {
        this.calls = calls;
    }

    @Override
    public TenantStatus get() {
        return calls.status().send();
    }

    @Override
    public String toString() {
        return "StatusApi";
    }
}
