package io.teamsdr.provisioning;

import io.teamsdr.provisioning.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Checks a desired state as a whole and collects every problem, with its line when known. */
final class StateValidator {
    /** Beyond this many, the rest are counted, not listed: a broken 100,000-line file must not flood. */
    static final int MAX_PROBLEMS = 1000;

    private final SourceLines lines;
    private final List<StateProblem> problems = new ArrayList<>();
    private int omitted;

    StateValidator(SourceLines lines) {
        this.lines = lines;
    }

    Map<String, Integer> validate(FusionSubscription subscription, SbcTenant tenant, List<VoiceUser> users,
                                    List<int[]> userLines, List<ResourceAccountSpec> accounts,
                                    List<int[]> accountLines) {
        subscription(subscription);
        tenant(tenant);
        Map<String, Integer> byUpn = new HashMap<>(users.size() * 4 / 3 + 1);
        Map<String, String> upnOwners = new HashMap<>();
        Map<String, String> numberOwners = new HashMap<>(users.size() * 4 / 3 + 1);
        for (int i = 0; i < users.size(); i++) {
            VoiceUser user = users.get(i);
            int[] at = userLines.get(i);
            String path = "users[" + i + "]";
            check(at, SourceLines.UPN, path + ".upn", user.upn(), Checks.upn(user.upn()));
            check(at, SourceLines.NUMBER, path + ".number", user.number(), Checks.e164(user.number()));
            user.vrp().ifPresent(vrp -> check(at, SourceLines.VRP, path + ".vrp", vrp, Checks.required(vrp)));
            for (int j = 0; j < user.licenses().size(); j++) {
                String license = user.licenses().get(j);
                check(at, SourceLines.LICENSES, path + ".licenses[" + j + "]", license, Checks.required(license));
            }
            for (int j = 0; j < user.groups().size(); j++) {
                String group = user.groups().get(j);
                check(at, SourceLines.GROUPS, path + ".groups[" + j + "]", group, Checks.required(group));
            }
            user.location().ifPresent(country ->
                    check(at, SourceLines.LOCATION, path + ".location", country, Checks.country(country)));
            if (user.upn() != null) {
                String key = user.upn().toLowerCase(Locale.ROOT);
                if (byUpn.putIfAbsent(key, i) == null) {
                    upnOwners.put(key, path);
                } else {
                    duplicate(at, SourceLines.UPN, path + ".upn", user.upn(), upnOwners.get(key));
                }
            }
            unique(numberOwners, at, path, user.number());
        }
        for (int i = 0; i < accounts.size(); i++) {
            ResourceAccountSpec account = accounts.get(i);
            int[] at = accountLines.get(i);
            String path = "resourceAccounts[" + i + "]";
            check(at, SourceLines.UPN, path + ".upn", account.upn(), Checks.upn(account.upn()));
            if (account.kind() == null) {
                add(SourceLines.entry(at, SourceLines.KIND), path + ".type", null, "call-queue or auto-attendant");
            }
            check(at, SourceLines.DISPLAY_NAME, path + ".displayName", account.displayName(),
                    Checks.required(account.displayName()));
            check(at, SourceLines.ACCOUNT_LOCATION, path + ".location", account.location(),
                    Checks.country(account.location()));
            account.number().ifPresent(number ->
                    check(at, SourceLines.NUMBER, path + ".number", number, Checks.e164(number)));
            if (account.upn() != null) {
                String key = account.upn().toLowerCase(Locale.ROOT);
                String owner = upnOwners.putIfAbsent(key, path);
                if (owner != null) {
                    duplicate(at, SourceLines.UPN, path + ".upn", account.upn(), owner);
                }
            }
            account.number().ifPresent(number -> unique(numberOwners, at, path, number));
        }
        return byUpn;
    }

    void throwIfInvalid() {
        if (omitted > 0) {
            problems.add(new StateProblem(lines.source(), OptionalInt.empty(), "(more)", String.valueOf(omitted),
                    "further problems not listed; fix the ones above first"));
        }
        if (!problems.isEmpty()) {
            throw new DesiredStateException(problems);
        }
    }

    private void subscription(FusionSubscription subscription) {
        if (subscription == null) {
            add(lines.field("fusion"), "fusion", null, "the Fusion subscription is required");
            return;
        }
        check("fusion.draasInstance", subscription.draasInstance(), Checks.required(subscription.draasInstance()));
        check("fusion.tenantUuid", subscription.tenantUuid(), Checks.uuid(subscription.tenantUuid()));
        if (subscription.subscriptionId() < 0) {
            add(lines.field("fusion.subscriptionId"), "fusion.subscriptionId",
                    String.valueOf(subscription.subscriptionId()), "zero or positive");
        }
    }

    private void tenant(SbcTenant tenant) {
        if (tenant == null) {
            add(lines.field("sbc"), "sbc", null, "the SBC tenant row is required");
            return;
        }
        check("sbc.tenantId", tenant.tenantId(), Checks.sbcId(tenant.tenantId()));
        check("sbc.tenantName", tenant.tenantName(), Checks.text(tenant.tenantName()));
        check("sbc.microsoftFqdn", tenant.microsoftFqdn(), Checks.fqdn(tenant.microsoftFqdn()));
        check("sbc.localIp", tenant.localIp(), Checks.ipLiteral(tenant.localIp()));
        check("sbc.did", tenant.did(), Checks.e164(tenant.did()));
        check("sbc.pbxId", tenant.pbxId(), Checks.sbcId(tenant.pbxId()));
        check("sbc.spId", tenant.spId(), Checks.sbcId(tenant.spId()));
    }

    private void unique(Map<String, String> owners, int[] at, String path, String number) {
        if (number == null) {
            return;
        }
        String owner = owners.putIfAbsent(number, path);
        if (owner != null) {
            duplicate(at, SourceLines.NUMBER, path + ".number", number, owner);
        }
    }

    private void duplicate(int[] at, int field, String path, String value, String firstPath) {
        add(SourceLines.entry(at, field), path, value, "already given to " + firstPath + "; each must be unique");
    }

    private void check(String path, String value, Optional<String> reason) {
        reason.ifPresent(why -> add(lines.field(path), path, value, why));
    }

    private void check(int[] at, int field, String path, String value, Optional<String> reason) {
        reason.ifPresent(why -> add(SourceLines.entry(at, field), path, value, why));
    }

    private Optional<String> sourceOf(String path) {
        return path.startsWith("users[") ? lines.usersSource() : lines.source();
    }

    private void add(OptionalInt line, String path, String value, String reason) {
        if (problems.size() >= MAX_PROBLEMS) {
            omitted++;
            return;
        }
        problems.add(new StateProblem(sourceOf(path), line, path, value, reason));
    }
}
