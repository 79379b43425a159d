package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
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
        Map<String, Integer> numberOwners = new HashMap<>(users.size() * 4 / 3 + 1);
        for (int i = 0; i < users.size(); i++) {
            // Paths are built only for a problem: a state of a hundred thousand valid users builds none.
            VoiceUser user = users.get(i);
            int[] at = userLines.get(i);
            userCheck(at, SourceLines.UPN, i, "upn", user.upn(), Checks.upn(user.upn()));
            userCheck(at, SourceLines.NUMBER, i, "number", user.number(), Checks.e164(user.number()));
            if (user.vrp().isPresent()) {
                userCheck(at, SourceLines.VRP, i, "vrp", user.vrp().get(), Checks.required(user.vrp().get()));
            }
            for (int j = 0; j < user.licenses().size(); j++) {
                String license = user.licenses().get(j);
                userCheck(at, SourceLines.LICENSES, i, "licenses[" + j + "]", license, Checks.required(license));
            }
            for (int j = 0; j < user.groups().size(); j++) {
                String group = user.groups().get(j);
                userCheck(at, SourceLines.GROUPS, i, "groups[" + j + "]", group, Checks.required(group));
            }
            if (user.location().isPresent()) {
                String country = user.location().get();
                userCheck(at, SourceLines.LOCATION, i, "location", country, Checks.country(country));
            }
            if (user.upn() != null) {
                String key = user.upn().toLowerCase(Locale.ROOT);
                Integer first = byUpn.putIfAbsent(key, i);
                if (first != null) {
                    duplicate(at, SourceLines.UPN, "users[" + i + "].upn", user.upn(), "users[" + first + "]");
                }
            }
            if (user.number() != null) {
                Integer first = numberOwners.putIfAbsent(user.number(), i);
                if (first != null) {
                    duplicate(at, SourceLines.NUMBER, "users[" + i + "].number", user.number(), "users[" + first + "]");
                }
            }
        }
        Map<String, String> accountUpns = new HashMap<>();
        Map<String, String> accountNumbers = new HashMap<>();
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
                Integer user = byUpn.get(account.upn().toLowerCase(Locale.ROOT));
                String owner = user != null ? "users[" + user + "]" : accountUpns.putIfAbsent(
                        account.upn().toLowerCase(Locale.ROOT), path);
                if (owner != null) {
                    duplicate(at, SourceLines.UPN, path + ".upn", account.upn(), owner);
                }
            }
            if (account.number().isPresent()) {
                String number = account.number().get();
                Integer user = numberOwners.get(number);
                String owner = user != null ? "users[" + user + "]" : accountNumbers.putIfAbsent(number, path);
                if (owner != null) {
                    duplicate(at, SourceLines.NUMBER, path + ".number", number, owner);
                }
            }
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

    private void duplicate(int[] at, int field, String path, String value, String firstPath) {
        add(SourceLines.entry(at, field), path, value, "already given to " + firstPath + "; each must be unique");
    }

    private void check(String path, String value, Optional<String> reason) {
        reason.ifPresent(why -> add(lines.field(path), path, value, why));
    }

    private void userCheck(int[] at, int field, int index, String name, String value, Optional<String> reason) {
        reason.ifPresent(why -> add(SourceLines.entry(at, field), "users[" + index + "]." + name, value, why));
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
