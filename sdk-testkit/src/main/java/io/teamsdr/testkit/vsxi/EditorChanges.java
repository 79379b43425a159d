package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.vsxi.internal.SeedEditor;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@link VsxiChanges} applied straight to a configuration through a {@link SeedEditor}; used for
 * the simulated other administrator's draft and commit.
 */
final class EditorChanges implements VsxiChanges {

    private final SeedEditor editor;

    EditorChanges(SeedEditor editor) {
        this.editor = editor;
    }

    @Override
    public VsxiChanges tenant(String tenantId, Consumer<VsxiTenantSpec> fields) {
        VsxiTenantSpec spec = new VsxiTenantSpec(Objects.requireNonNull(tenantId, "tenantId"));
        fields.accept(spec);
        editor.upsertTenant(spec.values());
        return this;
    }

    @Override
    public VsxiChanges user(String tenantId, String sipUser, String sipPassword, String did) {
        editor.upsertUser(java.util.Arrays.asList(tenantId, sipUser, sipPassword, did));
        return this;
    }

    @Override
    public VsxiChanges deleteTenant(String tenantId) {
        editor.deleteTenant(Objects.requireNonNull(tenantId, "tenantId"));
        return this;
    }

    @Override
    public VsxiChanges deleteUser(String sipUser) {
        editor.deleteUser(Objects.requireNonNull(sipUser, "sipUser"));
        return this;
    }
}
