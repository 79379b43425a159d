package io.teamsdr.testkit.vsxi.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Edits a configuration item by item under the same format checks and rules as a CSV upload, so
 * seeded and simulated data is always data the real API would have accepted. A broken rule is a
 * mistake in the test, reported as {@link IllegalArgumentException}.
 */
public final class SeedEditor {

    private final ConfigState state;
    private final Set<String> pbxIds;
    private final Set<String> servicePortIds;

    /**
     * Creates an editor.
     *
     * @param state the configuration to edit in place
     * @param pbxIds PBXs that exist
     * @param servicePortIds service ports that exist
     */
    public SeedEditor(ConfigState state, Set<String> pbxIds, Set<String> servicePortIds) {
        this.state = state;
        this.pbxIds = pbxIds;
        this.servicePortIds = servicePortIds;
    }

    /**
     * Creates or updates a tenant.
     *
     * @param values the tenant's values in {@link UploadFormats#TENANTS} column order
     * @throws IllegalArgumentException when the tenant breaks a rule
     */
    public void upsertTenant(List<String> values) {
        Tenant tenant = parse(UploadFormats.TENANTS, values, "tenant " + values.get(0));
        check("tenant " + tenant.tenantId(), UploadRules.tenantUpserts(state, pbxIds, servicePortIds,
                List.of(new Numbered<>(1, tenant))));
        state.putTenant(tenant);
    }

    /**
     * Creates or updates a user.
     *
     * @param values the user's values in {@link UploadFormats#USERS} column order
     * @throws IllegalArgumentException when the user breaks a rule
     */
    public void upsertUser(List<String> values) {
        User user = parse(UploadFormats.USERS, values, "user " + values.get(1));
        check("user " + user.sipUser(), UploadRules.userUpserts(state, List.of(new Numbered<>(1, user)), false));
        state.putUser(user);
    }

    /**
     * Deletes a tenant and its users.
     *
     * @param tenantId the tenant
     * @throws IllegalArgumentException when there is no such tenant
     */
    public void deleteTenant(String tenantId) {
        check("tenant " + tenantId, UploadRules.tenantDeletes(state, List.of(new Numbered<>(1, tenantId))));
        state.removeTenants(List.of(tenantId));
    }

    /**
     * Deletes a user.
     *
     * @param sipUser the user
     * @throws IllegalArgumentException when there is no such user
     */
    public void deleteUser(String sipUser) {
        check("user " + sipUser, UploadRules.userDeletes(state, List.of(new Numbered<>(1, sipUser))));
        state.removeUser(sipUser);
    }

    private static <T> T parse(UploadFormat<T> format, List<String> values, String what) {
        List<String> columns = format.columns();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        List<RowError> errors = new java.util.ArrayList<>();
        List<String> present = values.stream().map(v -> v == null ? "" : v).toList();
        T value = format.map(new CsvRecord(1, index, present), errors).orElse(null);
        check(what, errors);
        return value;
    }

    private static void check(String what, List<RowError> errors) {
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Invalid " + what + ": " + errors.stream()
                    .map(e -> (e.field() == null ? "" : e.field() + ": ") + e.reason())
                    .collect(Collectors.joining("; ")));
        }
    }
}
