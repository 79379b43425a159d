package io.teamsdr.testkit.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Writes the Fusion part of DEMO.md from the demo seed's own state, so the document cannot drift. */
public final class FusionDemoMarkdown {

    private static final List<String> COUNTRIES = List.of("BE", "NL", "FR", "DE", "GB");

    private FusionDemoMarkdown() {
    }

    /**
     * The Fusion section.
     *
     * @return Markdown
     */
    public static String markdown() {
        FusionSeed seed = FusionSeed.demo();
        FusionState state = seed.newState();
        SubscriptionState sub = state.subscriptions.get(FusionState.key(seed.draasInstance(), seed.tenantUuid(),
                seed.subscriptionId()));
        StringBuilder md = new StringBuilder();
        md.append("## Fusion: `FakeFusionServer`\n\n");
        md.append("Built by `FusionSeed.demo()` (constants in `FusionDemo`, random seed ").append(FusionDemo.RANDOM_SEED)
                .append("): one subscription, ").append(sub.users.size()).append(" users, ")
                .append(sub.licenses.size()).append(" licenses, ").append(sub.numbers.size())
                .append(" pool numbers. Ask a running server what is usable: `freeNumbers(\"BE\")`, `freeLicenses(\"MCOEV\")`, "
                        + "`templates()`, `voiceRoutingPolicies()`, `userIdByUpn(upn)`, `numberHolder(number)`.\n\n");
        tenant(md, seed, sub);
        accounts(md, seed, state);
        licenses(md, sub);
        numbers(md, sub);
        policies(md, sub);
        groups(md, sub);
        templates(md, sub);
        resourceAccounts(md, sub);
        users(md, sub);
        return md.toString();
    }

    private static void tenant(StringBuilder md, FusionSeed seed, SubscriptionState sub) {
        MsTenant t = sub.msTenant;
        md.append("### Tenant and subscription\n\n");
        table(md, List.of("DraaS instance", "tenant UUID", "subscription", "MS tenant id", "status", "mode",
                "PowerShell", "MS Graph", "Fusion domain", "verified domains", "MS Teams administrator"));
        row(md, code(seed.draasInstance()), code(seed.tenantUuid()), String.valueOf(seed.subscriptionId()),
                code(t.msTenantId()), t.status(), t.mode(), active(t.powershellActive()), active(t.msGraphActive()),
                t.domainName() + (t.domainVerified() ? " (verified)" : ""), String.join(", ", t.verifiedDomains()),
                sub.admin == null ? "none" : sub.admin.msUsername() + " (id " + sub.admin.id() + ")");
        md.append("\nPath prefix: `").append("/api/v01/draas/").append(seed.draasInstance()).append("/tenants/")
                .append(seed.tenantUuid()).append("/subscriptions/").append(seed.subscriptionId())
                .append("` (`subscriptionPath()`, `subscription()`).\n\n");
    }

    private static void accounts(StringBuilder md, FusionSeed seed, FusionState state) {
        md.append("### Tokens, login accounts and roles\n\n");
        table(md, List.of("token", "holds", "accessor"));
        row(md, code(seed.adminToken()), "every role", "`adminToken()`");
        row(md, code(seed.readOnlyToken()), "the `.read` and `.list` roles", "`readOnlyToken()`");
        md.append("\nNone of them expires; each survives a reset.\n\n");
        table(md, List.of("username", "password", "roles", "login answers"));
        for (Account a : state.accounts.values()) {
            String answer = a.m2mToken() != null ? "an immutable `token`: " + code(a.m2mToken())
                    : a.twoFactor() != null ? "a `2fa_payload` (" + a.twoFactor() + "); the code is "
                    + code(a.twoFactorCode()) : "access and refresh tokens";
            row(md, code(a.username()), code(a.password()), a.roles().equals(FusionRoles.ALL) ? "every role"
                    : a.roles().equals(FusionRoles.READ_ONLY) ? "read-only" : String.join(", ", a.roles()), answer);
        }
        md.append("\nRoles, as the API document names them (read-only tokens hold those marked):\n\n");
        for (String role : new TreeSet<>(FusionRoles.ALL)) {
            md.append("- `").append(role).append('`').append(FusionRoles.READ_ONLY.contains(role) ? " (read-only)" : "")
                    .append('\n');
        }
        md.append('\n');
    }

    private static void licenses(StringBuilder md, SubscriptionState sub) {
        md.append("### Licenses\n\n");
        table(md, List.of("part number", "skuId", "description", "total", "free", "voice (check / list)"));
        for (License l : sub.licenses.values()) {
            row(md, code(l.skuPartNumber()), code(l.skuId()), l.skuDescription(), String.valueOf(l.total()),
                    String.valueOf(sub.free(l)), l.voice().eligible() + " / " + l.voice().listed());
        }
        md.append("\nCustomer (Fusion) licenses: ").append(sub.customerLicenseSkus.stream().sorted()
                .map(FusionDemoMarkdown::code).collect(Collectors.joining(", "))).append(".\n\n");
    }

    private static void numbers(StringBuilder md, SubscriptionState sub) {
        md.append("### Number pool\n\n");
        table(md, List.of("country", "block", "numbers", "held", "free", "first free"));
        List<String> pool = new ArrayList<>(sub.numbers.keySet());
        int start = 0;
        for (int i = 1; i <= pool.size(); i++) {
            boolean blockEnds = i == pool.size()
                    || Long.parseLong(pool.get(i).substring(1)) != Long.parseLong(pool.get(i - 1).substring(1)) + 1;
            if (blockEnds) {
                List<String> block = pool.subList(start, i);
                List<String> free = block.stream().filter(n -> sub.numberHolder(n).isEmpty()).toList();
                String country = COUNTRIES.stream().filter(c -> CallingCodes.isOf(block.get(0), c)).findFirst().orElse("?");
                row(md, country, code(block.get(0)) + " to " + code(block.get(block.size() - 1)),
                        String.valueOf(block.size()), String.valueOf(block.size() - free.size()),
                        String.valueOf(free.size()), free.isEmpty() ? "" : code(free.get(0)));
                start = i;
            }
        }
        md.append("\nThe rollout scenario keeps ").append(FusionDemo.ROLLOUT_NUMBERS.stream()
                .map(FusionDemoMarkdown::code).collect(Collectors.joining(", ")))
                .append(" free (see `FusionDemo`).\n\n");
    }

    private static void policies(StringBuilder md, SubscriptionState sub) {
        md.append("### Voice routing policies\n\n");
        table(md, List.of("identity", "description"));
        sub.vrps.forEach(v -> row(md, code(v.identity()), v.description()));
        md.append('\n');
    }

    private static void groups(StringBuilder md, SubscriptionState sub) {
        md.append("### Groups\n\n");
        table(md, List.of("display name", "id", "description", "Teams team", "in the group filter"));
        sub.groups.values().forEach(g -> row(md, g.displayName(), code(g.id()), g.description(),
                g.teamsEnabled() ? "yes" : "no", sub.groupFilter.containsKey(g.id()) ? "yes" : "no"));
        md.append('\n');
    }

    private static void templates(StringBuilder md, SubscriptionState sub) {
        md.append("### Templates\n\n");
        table(md, List.of("id", "name", "location", "vrp", "groups", "licenses", "applies"));
        for (Template t : new TreeMap<>(sub.templates).values()) {
            boolean vrpKnown = t.vrp() == null || sub.vrps.stream().anyMatch(v -> v.identity().equalsIgnoreCase(t.vrp()));
            row(md, String.valueOf(t.id()), code(t.name()), Objects.toString(t.location(), ""),
                    Objects.toString(t.vrp(), ""), String.join(", ", t.groups()), String.join(", ", t.licenses()),
                    vrpKnown ? "whole" : "partially (400): the tenant has no policy " + t.vrp());
        }
        md.append("\nBulk items name templates by name; `PUT .../templates/{id}` by id.\n\n");
    }

    private static void resourceAccounts(StringBuilder md, SubscriptionState sub) {
        md.append("### Resource accounts\n\n");
        table(md, List.of("UPN", "display name", "type", "location", "number", "vrp", "customer licenses"));
        for (ResourceAccountState ra : sub.resourceAccounts.values()) {
            ResourceAccountState.View v = ra.target;
            row(md, ra.upn, v.displayName(), v.accountType(), v.location(), v.phoneNumber() == null ? ""
                    : code(v.phoneNumber()), Objects.toString(v.vrp(), ""), String.join(", ", ra.customerLicenses));
        }
        md.append('\n');
    }

    private static void users(StringBuilder md, SubscriptionState sub) {
        md.append("### Users\n\n");
        UserRules rules = new UserRules(sub);
        Map<String, Long> byCountry = new TreeMap<>();
        sub.users.all().forEach(u -> byCountry.merge(Objects.toString(u.location, "none"), 1L, Long::sum));
        long withNumber = 0;
        for (UserState u : sub.users.all()) {
            withNumber += u.phoneNumber != null ? 1 : 0;
        }
        md.append(sub.users.size()).append(" users (").append(byCountry.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append("), ")
                .append(withNumber).append(" with a number. Named in `FusionDemo`: ").append(code(FusionDemo.THOMAS_UPN))
                .append(" (the API document's example user), ").append(code(FusionDemo.JOHN_UPN))
                .append(" (no license) and the rollout users ").append(FusionDemo.ROLLOUT_UPNS.stream()
                        .map(FusionDemoMarkdown::code).collect(Collectors.joining(", "))).append(".\n\n");
        table(md, List.of("display name", "UPN", "location", "licenses", "voice", "number", "vrp", "groups", "roles"));
        for (var it = sub.users.inListOrderAfter(null); it.hasNext();) {
            UserState u = it.next();
            row(md, u.displayName, u.upn, Objects.toString(u.location, ""), u.licenses.stream()
                            .map(sku -> sub.licenses.get(sku).skuPartNumber()).collect(Collectors.joining(", ")),
                    rules.voiceListed(u), u.phoneNumber == null ? "" : u.phoneNumber, Objects.toString(u.vrp, ""),
                    u.groups.stream().map(g -> sub.groups.get(g).displayName()).collect(Collectors.joining(", ")),
                    u.roles.stream().map(DirectoryRole::displayName).collect(Collectors.joining(", ")));
        }
        md.append('\n');
    }

    private static String active(boolean active) {
        return active ? "active" : "inactive";
    }

    static String code(String text) {
        return text == null ? "" : "`" + text + "`";
    }

    static void table(StringBuilder md, List<String> headers) {
        md.append("| ").append(String.join(" | ", headers)).append(" |\n");
        md.append("|").append("---|".repeat(headers.size())).append('\n');
    }

    static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", List.of(cells).stream()
                .map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
    }
}
