package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.vsxi.internal.CommitRecord;
import io.teamsdr.testkit.vsxi.internal.ConfigState;
import io.teamsdr.testkit.vsxi.internal.KeyGenerator;
import io.teamsdr.testkit.vsxi.internal.Tenant;
import io.teamsdr.testkit.vsxi.internal.User;
import io.teamsdr.testkit.vsxi.internal.VsxiStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Writes the VSXi part of DEMO.md from the demo data as a store holds it, so the document cannot drift. */
public final class VsxiDemoMarkdown {

    private static final long DEFAULT_KEY_SEED = 0x5EED;

    private VsxiDemoMarkdown() {
    }

    /**
     * The VSXi section.
     *
     * @return Markdown
     */
    public static String markdown() {
        VsxiStore store = new VsxiStore(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new KeyGenerator(DEFAULT_KEY_SEED));
        store.atomically(() -> {
            SeedSession session = new SeedSession(store);
            VsxiDemoData.apply(session);
            session.baseline();
        });
        ConfigState committed = store.view(false).committed();
        StringBuilder md = new StringBuilder();
        md.append("## VSXi: `FakeVsxiServer`\n\n");
        md.append("Built by `VsxiDemoData.apply` (constants in `VsxiDemoData`): ").append(committed.tenantCount())
                .append(" tenants, ").append(committed.userCount()).append(" users, ").append(store.commits().size())
                .append(" committed session. HTTP Basic credentials: user `").append(FakeVsxiServer.DEFAULT_USERNAME)
                .append("` and a password generated at every start (`username()`, `password()`), unless set with "
                        + "`credentials(user, password)`. Ask a running server: `tenantIds()`, `sipUsers()`, `pbxIds()`, "
                        + "`servicePortIds()`, `didHolder(did)`, `sessions()`.\n\n");
        md.append("### PBXs and service ports\n\n");
        md.append("PBXs: ").append(codes(store.pbxIds().stream().sorted().toList())).append(". Service ports: ")
                .append(codes(store.servicePortIds().stream().sorted().toList())).append(".\n\n");
        md.append("### Tenants\n\n");
        table(md, List.of("tenantId", "tenantName", "microsoftFqdn", "localIp", "did", "pbxId", "spId"));
        for (Tenant t : committed.tenants()) {
            row(md, code(t.tenantId()), t.tenantName(), t.microsoftFqdn(), t.localIp(), code(t.did()), t.pbxId(), t.spId());
        }
        md.append("\n### Users\n\n");
        table(md, List.of("tenantId", "sipUser", "sipPassword", "did"));
        for (User u : committed.users()) {
            row(md, code(u.tenantId()), code(u.sipUser()), code(u.sipPassword()), code(u.did()));
        }
        Tenant first = committed.tenants().iterator().next();
        md.append("\nDIDs are unique across tenants and users: no user can take ").append(code(first.did()))
                .append(", tenant ").append(first.tenantId()).append("'s.\n\n");
        md.append("### Commit history\n\n");
        table(md, List.of("session (default `keySeed`)", "description", "tenants added", "users added"));
        for (CommitRecord r : store.commits()) {
            row(md, code(r.session()), r.description(), String.valueOf(r.summary().tenants().added()),
                    String.valueOf(r.summary().users().added()));
        }
        CommitRecord oldest = store.commits().get(store.commits().size() - 1);
        md.append("\nTenants ").append(String.join(" and ", oldest.before().tenantMap().keySet()))
                .append(" predate the history: rolling every session back leaves them.\n");
        return md.toString();
    }

    private static String codes(List<String> values) {
        return String.join(", ", values.stream().map(VsxiDemoMarkdown::code).toList());
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    private static void table(StringBuilder md, List<String> headers) {
        md.append("| ").append(String.join(" | ", headers)).append(" |\n");
        md.append("|").append("---|".repeat(headers.size())).append('\n');
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
