package io.teamsdr.testkit.vsxi.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Builds the two ZIP downloads: the configuration package ({@code smcFiles}) with one file per
 * tenant, and the draft diff with one unified diff per tenant file the draft changes.
 */
public final class ConfigPackages {

    private ConfigPackages() {
    }

    /**
     * Writes the configuration package of a state.
     *
     * @param state the configuration
     * @param out destination; finished, not closed
     * @throws IOException when writing fails
     */
    public static void writeConfiguration(ConfigState state, OutputStream out) throws IOException {
        Map<String, List<User>> users = state.usersByTenant();
        SortedMap<String, Supplier<byte[]>> entries = new TreeMap<>();
        for (Tenant tenant : state.tenants()) {
            entries.put(TenantConfigRenderer.fileName(tenant.tenantId()),
                    () -> utf8(TenantConfigRenderer.render(tenant, users.getOrDefault(tenant.tenantId(), List.of()))));
        }
        DeterministicZip.write(out, entries);
    }

    /**
     * Writes the diff between two states: entries named after the tenant file with {@code .diff}
     * appended; a tenant present on one side only is diffed against an empty file.
     *
     * @param before the committed configuration
     * @param after the draft's configuration
     * @param out destination; finished, not closed
     * @throws IOException when writing fails
     */
    public static void writeDiff(ConfigState before, ConfigState after, OutputStream out) throws IOException {
        Map<String, List<User>> usersBefore = before.usersByTenant();
        Map<String, List<User>> usersAfter = after.usersByTenant();
        Set<String> tenantIds = new TreeSet<>(before.tenantMap().keySet());
        tenantIds.addAll(after.tenantMap().keySet());
        SortedMap<String, Supplier<byte[]>> entries = new TreeMap<>();
        for (String tenantId : tenantIds) {
            String oldText = render(before, usersBefore, tenantId);
            String newText = render(after, usersAfter, tenantId);
            if (oldText.equals(newText)) {
                continue;
            }
            String file = TenantConfigRenderer.fileName(tenantId);
            // Only a tenant whose file changes gets an entry, so the diff has to be known before
            // the archive starts; the diffs are held until written.
            String diff = LineDiff.unified("a/" + file, "b/" + file, LineDiff.lines(oldText), LineDiff.lines(newText));
            byte[] bytes = utf8(diff);
            entries.put(file + ".diff", () -> bytes);
        }
        DeterministicZip.write(out, entries);
    }

    private static String render(ConfigState state, Map<String, List<User>> users, String tenantId) {
        return state.tenant(tenantId)
                .map(t -> TenantConfigRenderer.render(t, users.getOrDefault(tenantId, List.of())))
                .orElse("");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
