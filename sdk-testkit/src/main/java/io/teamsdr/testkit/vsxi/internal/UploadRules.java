package io.teamsdr.testkit.vsxi.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the Teams Provisioning API that depend on the state: uniqueness, existence, and
 * immutable fields. Each check looks at the configuration as it would be after the whole upload,
 * so that an upload swapping two DIDs is accepted while two rows claiming one DID are not.
 * Tenants and users share one DID space ("IDs and DIDs must be unique"): a user cannot take a
 * tenant's DID, nor a tenant a user's. Lookups go through the configuration's indexes, so an
 * upload costs its rows, not the configuration's size.
 */
public final class UploadRules {

    private UploadRules() {
    }

    /**
     * Checks tenant creations and updates against a draft.
     *
     * @param draft the draft's configuration before the upload
     * @param pbxIds PBXs that exist
     * @param servicePortIds service ports that exist
     * @param rows the uploaded tenants
     * @return violations, in row order
     */
    public static List<RowError> tenantUpserts(ConfigState draft, Set<String> pbxIds, Set<String> servicePortIds,
            List<Numbered<Tenant>> rows) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> lineById = new HashMap<>();
        List<Numbered<Tenant>> unique = new ArrayList<>();
        for (Numbered<Tenant> row : rows) {
            Tenant t = row.value();
            Integer first = lineById.putIfAbsent(t.tenantId(), row.line());
            if (first != null) {
                errors.add(new RowError(row.line(), "tenantId", "tenant " + t.tenantId()
                        + " appears twice in the upload (first at line " + first + ")"));
                continue;
            }
            unique.add(row);
            draft.tenant(t.tenantId()).ifPresent(existing -> {
                if (!existing.pbxId().equals(t.pbxId())) {
                    errors.add(new RowError(row.line(), "pbxId", "pbxId cannot be changed after creation (tenant "
                            + t.tenantId() + " has pbxId " + existing.pbxId() + ")"));
                }
                if (!existing.spId().equals(t.spId())) {
                    errors.add(new RowError(row.line(), "spId", "spId cannot be changed after creation (tenant "
                            + t.tenantId() + " has spId " + existing.spId() + ")"));
                }
            });
            if (!pbxIds.contains(t.pbxId())) {
                errors.add(new RowError(row.line(), "pbxId", "PBX " + t.pbxId() + " does not exist"));
            }
            if (!servicePortIds.contains(t.spId())) {
                errors.add(new RowError(row.line(), "spId", "service port " + t.spId() + " does not exist"));
            }
        }
        Map<String, Integer> uploadLineByDid = new HashMap<>();
        Map<String, String> uploadHolderByDid = new HashMap<>();
        for (Numbered<Tenant> row : unique) {
            Tenant t = row.value();
            Optional<ConfigState.DidHolder> holder = draft.didHolder(t.did())
                    // A tenant in this upload gives up its DID unless its row keeps it.
                    .filter(h -> !(h.isTenant() && lineById.containsKey(h.id())));
            Integer line = uploadLineByDid.putIfAbsent(t.did(), row.line());
            if (holder.isPresent()) {
                errors.add(new RowError(row.line(), "did", "DID " + t.did() + " is already used by " + holder.get()));
            } else if (line != null) {
                errors.add(new RowError(row.line(), "did", "DID " + t.did() + " is already used by tenant "
                        + uploadHolderByDid.get(t.did()) + " (line " + line + ")"));
            } else {
                uploadHolderByDid.put(t.did(), t.tenantId());
            }
        }
        return sorted(errors);
    }

    /**
     * Checks tenant deletions against a draft.
     *
     * @param draft the draft's configuration before the upload
     * @param rows the tenant ids to delete
     * @return violations, in row order
     */
    public static List<RowError> tenantDeletes(ConfigState draft, List<Numbered<String>> rows) {
        return deletes(rows, "tenantId", id -> draft.tenant(id).isPresent(), "tenant");
    }

    /**
     * Checks user creations and updates, or a full replacement, against a draft.
     *
     * @param draft the draft's configuration before the upload
     * @param rows the uploaded users
     * @param replaceAll whether the upload replaces every existing user
     * @return violations, in row order
     */
    public static List<RowError> userUpserts(ConfigState draft, List<Numbered<User>> rows, boolean replaceAll) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> lineBySipUser = new HashMap<>();
        List<Numbered<User>> unique = new ArrayList<>();
        for (Numbered<User> row : rows) {
            User u = row.value();
            Integer first = lineBySipUser.putIfAbsent(u.sipUser(), row.line());
            if (first != null) {
                errors.add(new RowError(row.line(), "sipUser", "SIP user " + u.sipUser()
                        + " appears twice in the upload (first at line " + first + ")"));
                continue;
            }
            unique.add(row);
            if (draft.tenant(u.tenantId()).isEmpty()) {
                errors.add(new RowError(row.line(), "tenantId", "tenant " + u.tenantId()
                        + " does not exist; create the tenant before its users"));
            }
        }
        Map<String, Integer> uploadLineByDid = new HashMap<>();
        Map<String, String> uploadHolderByDid = new HashMap<>();
        for (Numbered<User> row : unique) {
            User u = row.value();
            Optional<ConfigState.DidHolder> holder = draft.didHolder(u.did())
                    // Users in this upload (all users, for a replacement) give up their DIDs; tenants keep theirs.
                    .filter(h -> h.isTenant() || !(replaceAll || lineBySipUser.containsKey(h.id())));
            Integer line = uploadLineByDid.putIfAbsent(u.did(), row.line());
            if (holder.isPresent()) {
                errors.add(new RowError(row.line(), "did", "DID " + u.did() + " is already used by " + holder.get()));
            } else if (line != null) {
                errors.add(new RowError(row.line(), "did", "DID " + u.did() + " is already used by SIP user "
                        + uploadHolderByDid.get(u.did()) + " (line " + line + ")"));
            } else {
                uploadHolderByDid.put(u.did(), u.sipUser());
            }
        }
        return sorted(errors);
    }

    /**
     * Checks user deletions against a draft.
     *
     * @param draft the draft's configuration before the upload
     * @param rows the SIP users to delete
     * @return violations, in row order
     */
    public static List<RowError> userDeletes(ConfigState draft, List<Numbered<String>> rows) {
        return deletes(rows, "sipUser", id -> draft.user(id).isPresent(), "SIP user");
    }

    private static List<RowError> deletes(List<Numbered<String>> rows, String field,
            java.util.function.Predicate<String> exists, String noun) {
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> lineById = new HashMap<>();
        for (Numbered<String> row : rows) {
            Integer first = lineById.putIfAbsent(row.value(), row.line());
            if (first != null) {
                errors.add(new RowError(row.line(), field, noun + " " + row.value()
                        + " appears twice in the upload (first at line " + first + ")"));
            } else if (!exists.test(row.value())) {
                errors.add(new RowError(row.line(), field, noun + " " + row.value() + " does not exist"));
            }
        }
        return errors;
    }

    /**
     * Merges violations found in separate passes into line order; the sort is stable, so
     * violations of one line keep their column order.
     *
     * @param errors violations
     * @return the same violations, sorted by line
     */
    public static List<RowError> sorted(List<RowError> errors) {
        List<RowError> copy = new ArrayList<>(errors);
        copy.sort(java.util.Comparator.comparingInt(RowError::line));
        return copy;
    }
}
