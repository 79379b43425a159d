package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.vsxi.internal.ConfigState;
import io.teamsdr.testkit.vsxi.internal.FieldRules;
import io.teamsdr.testkit.vsxi.internal.SeedEditor;
import io.teamsdr.testkit.vsxi.internal.VsxiStore;
import java.util.function.Consumer;

/**
 * The {@link VsxiSeed} of one seeding pass: edits a private copy of the committed configuration
 * and hands it to the store at each commit and at the end. Runs inside
 * {@link VsxiStore#atomically(Runnable)}, so a failing seed leaves nothing behind.
 */
final class SeedSession implements VsxiSeed {

    private final VsxiStore store;
    private ConfigState working;
    private boolean dirty;

    SeedSession(VsxiStore store) {
        this.store = store;
        this.working = store.view(false).committed().copy();
    }

    @Override
    public VsxiSeed pbx(String... pbxIds) {
        store.addPbxIds(validIds("pbxId", pbxIds));
        return this;
    }

    @Override
    public VsxiSeed servicePort(String... servicePortIds) {
        store.addServicePortIds(validIds("spId", servicePortIds));
        return this;
    }

    @Override
    public VsxiSeed tenant(String tenantId, Consumer<VsxiTenantSpec> fields) {
        changes().tenant(tenantId, fields);
        dirty = true;
        return this;
    }

    @Override
    public VsxiSeed user(String tenantId, String sipUser, String sipPassword, String did) {
        changes().user(tenantId, sipUser, sipPassword, did);
        dirty = true;
        return this;
    }

    @Override
    public VsxiSeed deleteTenant(String tenantId) {
        changes().deleteTenant(tenantId);
        dirty = true;
        return this;
    }

    @Override
    public VsxiSeed deleteUser(String sipUser) {
        changes().deleteUser(sipUser);
        dirty = true;
        return this;
    }

    @Override
    public VsxiSeed commit(String description) {
        java.util.Objects.requireNonNull(description, "description");
        store.replaceCommitted(working, description);
        working = working.copy();
        dirty = false;
        return this;
    }

    @Override
    public VsxiSeed baseline() {
        if (dirty) {
            store.replaceCommitted(working, null);
            working = working.copy();
            dirty = false;
        }
        return this;
    }

    private VsxiChanges changes() {
        return new EditorChanges(new SeedEditor(working, store.pbxIds(), store.servicePortIds()));
    }

    private static java.util.List<String> validIds(String what, String... ids) {
        for (String id : ids) {
            java.util.Objects.requireNonNull(id, what);
            FieldRules.id(id).ifPresent(reason -> {
                throw new IllegalArgumentException("Invalid " + what + " '" + id + "': " + reason);
            });
        }
        return java.util.List.of(ids);
    }
}
