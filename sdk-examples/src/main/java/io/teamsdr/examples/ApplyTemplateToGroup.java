package io.teamsdr.examples;

import io.teamsdr.core.ApiException;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.model.TeamsGroup;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TemplateMode;
import io.teamsdr.fusion.model.TemplateResult;
import io.teamsdr.fusion.model.TenantLicense;
import io.teamsdr.fusion.model.UserQuery;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies a Fusion template to the members of a group and prints, for each user, the managed
 * properties before and after (location, voice routing policy, groups, licenses). The template
 * adds to what the user has (it does not override), so nobody loses a group or a license.
 *
 * <p>Arguments: group name, country (or {@code *} for all), template id; defaults {@code Sales NL 2}
 * (the demo's {@code NL-Sales} template for the Dutch sales team).
 */
public final class ApplyTemplateToGroup {

    private ApplyTemplateToGroup() {
    }

    /**
     * What happened to each member.
     *
     * @param applied the template was applied: UPN and before/after
     * @param failed the template was refused: UPN and the reason Fusion gave
     */
    public record Result(Map<String, TemplateResult> applied, Map<String, String> failed) {
        /** Copies the maps. */
        public Result {
            applied = Map.copyOf(applied);
            failed = Map.copyOf(failed);
        }
    }

    /**
     * Runs the example from the command line.
     *
     * @param args group name, country or {@code *}, template id
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String group = args.length > 0 ? args[0] : "Sales";
        String country = args.length > 1 ? args[1] : "NL";
        long template = args.length > 2 ? Long.parseLong(args[2]) : 2;
        try (ExampleEnvironment env = ExampleEnvironment.fromSystem()) {
            run(out, env, group, country.equals("*") ? Optional.empty() : Optional.of(country), template);
        } catch (RuntimeException failure) {
            out.println("Failed: " + failure);
            System.exit(1);
        }
    }

    /**
     * Applies the template to every member of the group.
     *
     * @param out where to print
     * @param env where to send the calls
     * @param groupName the group's display name
     * @param country keep only members located there; empty for all members
     * @param templateId the template
     * @return what happened to each member
     * @throws IllegalArgumentException when there is no group of that name
     */
    public static Result run(PrintStream out, ExampleEnvironment env, String groupName, Optional<String> country,
                             long templateId) {
        MsTeams teams = env.teams();
        // Snapshots name groups and licenses by id; the listings turn them back into names.
        List<TeamsGroup> groups = teams.groups().list();
        Map<String, String> groupNames = groups.stream()
                .collect(Collectors.toMap(TeamsGroup::id, TeamsGroup::displayName, (a, b) -> a));
        Map<String, String> licenseNames = teams.licenses().list().stream()
                .collect(Collectors.toMap(TenantLicense::skuId, TenantLicense::skuPartNumber, (a, b) -> a));
        TeamsGroup group = groups.stream().filter(g -> g.displayName().equalsIgnoreCase(groupName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group named '" + groupName + "'; the groups are "
                        + groups.stream().map(TeamsGroup::displayName).toList()));

        UserQuery.Builder query = UserQuery.builder().pageSize(100).group(group.id());
        country.ifPresent(query::locations);
        out.println("Applying template " + templateId + " to the members of '" + group.displayName() + "'"
                + country.map(c -> " in " + c).orElse("") + " (adding to their settings, not overriding)");

        Map<String, TemplateResult> applied = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        List<String> unchanged = new ArrayList<>();
        for (TeamsUser user : teams.users().list(query.build())) {
            String upn = user.msTeams().userPrincipalName();
            try {
                TemplateResult result = teams.users().applyTemplate(user.id(), templateId, TemplateMode.ADD);
                applied.put(upn, result);
                if (!result.changedAnything()) {
                    unchanged.add(user.msTeams().displayName());
                    continue;
                }
                out.println();
                out.println("  " + user.msTeams().displayName() + " <" + upn + ">");
                print(out, "location", text(result.before().location()), text(result.after().location()));
                print(out, "vrp", text(result.before().voiceRoutingPolicy()), text(result.after().voiceRoutingPolicy()));
                print(out, "groups", names(result.before().groups(), groupNames), names(result.after().groups(), groupNames));
                print(out, "licenses", names(result.before().licenses(), licenseNames),
                        names(result.after().licenses(), licenseNames));
            } catch (ApiException refused) {
                // One user's refusal (e.g. no license seat left) must not stop the others.
                String reason = refused.errorCode().map(code -> code + " ").orElse("") + refused.reason().orElse(refused.getMessage());
                failed.put(upn, reason);
                out.println();
                out.println("  " + user.msTeams().displayName() + " <" + upn + ">: NOT applied, " + reason);
            }
        }
        out.println();
        if (!unchanged.isEmpty()) {
            out.println("  Already matching the template, nothing changed: " + String.join(", ", unchanged));
        }
        out.println("Members: " + (applied.size() + failed.size()) + "; changed " + (applied.size() - unchanged.size())
                + ", unchanged " + unchanged.size() + ", refused " + failed.size());
        return new Result(applied, failed);
    }

    private static void print(PrintStream out, String property, String before, String after) {
        boolean changed = !Objects.equals(before, after);
        out.printf("    %s %-9s %s%s%n", changed ? "*" : " ", property, before, changed ? "  ->  " + after : "");
    }

    private static String text(Optional<String> value) {
        return value.orElse("(none)");
    }

    private static String names(List<String> ids, Map<String, String> names) {
        return ids.isEmpty() ? "(none)" : ids.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }
}
