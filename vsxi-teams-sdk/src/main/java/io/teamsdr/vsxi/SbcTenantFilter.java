package io.teamsdr.vsxi;

import io.teamsdr.core.internal.Validator;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which SBC tenants a SIP user read covers: all of them, or some by id ({@code tenantIds=1001,1002}).
 * The ids travel joined by commas in one query parameter, so an id may not hold a comma itself.
 */
public final class SbcTenantFilter {
    private static final SbcTenantFilter ALL = new SbcTenantFilter(List.of());

    private final List<String> tenantIds;

    private SbcTenantFilter(List<String> tenantIds) {
        this.tenantIds = tenantIds;
    }

    /**
     * Covers every tenant.
     *
     * @return the filter
     */
    public static SbcTenantFilter all() {
        return ALL;
    }

    /**
     * Covers the tenants with these ids.
     *
     * @param tenantIds the ids; at least one
     * @return the filter
     * @throws io.teamsdr.core.ValidationException when there is no id, or an id is blank or holds a comma
     */
    public static SbcTenantFilter of(String... tenantIds) {
        return of(Arrays.asList(Objects.requireNonNull(tenantIds, "tenantIds")));
    }

    /**
     * Covers the tenants with these ids.
     *
     * @param tenantIds the ids; at least one
     * @return the filter
     * @throws io.teamsdr.core.ValidationException when there is no id, or an id is blank or holds a comma
     */
    public static SbcTenantFilter of(Collection<String> tenantIds) {
        Objects.requireNonNull(tenantIds, "tenantIds");
        List<String> ids = Arrays.asList(tenantIds.toArray(String[]::new));
        Validator validator = new Validator().notEmpty("tenantIds", ids);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            validator.required("tenantIds[" + i + "]", id);
            validator.check(id == null || id.indexOf(',') < 0, "tenantIds[" + i + "]", id, "a tenant id without ','");
        }
        validator.throwIfInvalid();
        return new SbcTenantFilter(List.copyOf(ids));
    }

    /**
     * Returns the ids of the covered tenants.
     *
     * @return the ids, empty for {@link #all()}
     */
    public List<String> tenantIds() {
        return tenantIds;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SbcTenantFilter filter && tenantIds.equals(filter.tenantIds);
    }

    @Override
    public int hashCode() {
        return tenantIds.hashCode();
    }

    @Override
    public String toString() {
        return tenantIds.isEmpty() ? "SbcTenantFilter.all()" : "SbcTenantFilter" + tenantIds;
    }
}
