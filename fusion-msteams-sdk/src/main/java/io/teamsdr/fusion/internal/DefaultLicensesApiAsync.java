package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.LicensesApiAsync;
import io.teamsdr.fusion.model.LicenseFilter;
import io.teamsdr.fusion.model.TenantLicense;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link LicensesApiAsync}: runs the descriptions of {@link LicensesCalls}. */
final class DefaultLicensesApiAsync implements LicensesApiAsync {
    private final LicensesCalls calls;

    DefaultLicensesApiAsync(LicensesCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<TenantLicense>> list() {
        return calls.list(LicenseFilter.ALL).sendAsync();
    }

    @Override
    public CompletableFuture<List<TenantLicense>> list(LicenseFilter filter) {
        return calls.list(filter).sendAsync();
    }

    @Override
    public CompletableFuture<Void> replaceLicenseSet(String userId, Collection<String> skuIds) {
        return calls.replaceLicenseSet(userId, skuIds).sendAsync();
    }

    @Override
    public String toString() {
        return "LicensesApiAsync";
    }
}
