package io.teamsdr.testkit.vsxi.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the two ZIP downloads: the configuration package ({@code smcFiles}) with one file per
 * tenant, and the draft diff with one unified diff per tenant file the draft changes.
 */
public final class ConfigPackages {

    private ConfigPackages() {
    }

    /**
     * Writes the configuration package of a state. Each tenant's file is written straight into the
     * archive, its users read from the state's index one at a time: the package of a million users
     * streams in constant memory.
     *
     * @param state the configuration
     * @param out destination; finished, not closed
     * @throws IOException when writing fails
     */
    public static void writeConfiguration(ConfigState state, OutputStream out) throws IOException {
        SortedMap<String, DeterministicZip.EntryContent> entries = new TreeMap<>();
        for (Tenant tenant : state.tenants()) {
            entries.put(TenantConfigRenderer.fileName(tenant.tenantId()), entry -> {
                // Buffered, and flushed but not closed: closing would close the archive.
                Writer writer = new BufferedWriter(new OutputStreamWriter(entry, StandardCharsets.UTF_8), 1 << 16);
                TenantConfigRenderer.write(tenant, state.usersOf(tenant.tenantId()), writer);
                writer.flush();
            });
        }
        DeterministicZip.write(out, entries);
    }

    /**
     * Writes the diff between two states: entries named after the tenant file with {@code .diff}
     * appended; a tenant present on one side only is diffed against an empty file. Only the
     * tenants the draft touches (the tenant or one of its users) are rendered and compared.
     *
     * @param before the committed configuration
     * @param after the draft's configuration
     * @param out destination; finished, not closed
     * @throws IOException when writing fails
     */
    public static void writeDiff(ConfigState before, ConfigState after, OutputStream out) throws IOException {
        SortedMap<String, DeterministicZip.EntryContent> entries = new TreeMap<>();
        for (String tenantId : after.tenantsChangedSince(before)) {
            String oldText = render(before, tenantId);
            String newText = render(after, tenantId);
            if (oldText.equals(newText)) {
                continue;
            }
            String file = TenantConfigRenderer.fileName(tenantId);
            // Only a tenant whose file changes gets an entry, so the diff has to be known before
            // the archive starts; the diffs are held until written.
            String diff = LineDiff.unified("a/" + file, "b/" + file, LineDiff.lines(oldText), LineDiff.lines(newText));
            byte[] bytes = diff.getBytes(StandardCharsets.UTF_8);
            entries.put(file + ".diff", entry -> entry.write(bytes));
        }
        DeterministicZip.write(out, entries);
    }

    private static String render(ConfigState state, String tenantId) {
        return state.tenant(tenantId)
                .map(t -> TenantConfigRenderer.render(t, state.usersOf(tenantId)))
                .orElse("");
    }
}
