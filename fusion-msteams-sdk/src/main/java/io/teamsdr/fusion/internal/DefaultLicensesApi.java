package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.LicensesApi;
import io.teamsdr.fusion.model.LicenseFilter;
import io.teamsdr.fusion.model.TenantLicense;
import java.util.Collection;
import java.util.List;

/** The blocking {@link LicensesApi}: runs the descriptions of {@link LicensesCalls}. */
final class DefaultLicensesApi implements LicensesApi {
    private final LicensesCalls calls;

    DefaultLicensesApi(LicensesCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<TenantLicense> list() {
        return calls.list(LicenseFilter.ALL).send();
    }

    @Override
    public List<TenantLicense> list(LicenseFilter filter) {
        return calls.list(filter).send();
    }

    @Override
    public void replaceLicenseSet(String userId, Collection<String> skuIds) {
        calls.replaceLicenseSet(userId, skuIds).send();
    }

    @Override
    public String toString() {
        return "LicensesApi";
    }
}
