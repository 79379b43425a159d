package io.teamsdr.testkit.fusion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules every user change obeys, whichever endpoint makes it (single update, the narrow
 * updates, templates, bulk items): references must exist, a license seat must be free, a number
 * must be in the pool and not held by anyone else, and a number needs a license with Phone System.
 * A change is built on a copy of the user and committed only when every rule holds, so a failed
 * request changes nothing.
 */
final class UserRules {

    private final SubscriptionState sub;

    UserRules(SubscriptionState sub) {
        this.sub = sub;
    }

    UserState user(String id) {
        UserState u = sub.users.get(id);
        if (u == null) {
            throw FusionErrors.notFound(FusionErrors.USER_NOT_FOUND, "MS Teams user not found: " + id);
        }
        return u;
    }

    /** A group id from an id (single updates) or, when {@code byName}, a display name or id (bulk). */
    String group(String ref, boolean byName) {
        if (sub.groups.containsKey(ref)) {
            return ref;
        }
        if (byName) {
            for (Group g : sub.groups.values()) {
                if (g.displayName().equalsIgnoreCase(ref)) {
                    return g.id();
                }
            }
        }
        throw FusionErrors.bad(FusionErrors.GROUP_NOT_FOUND, "Group not found: " + ref);
    }

    /** A license skuId from a skuId or, when {@code byName}, a skuPartNumber or description too. */
    String license(String ref, boolean byName) {
        if (sub.licenses.containsKey(ref)) {
            return ref;
        }
        if (byName) {
            for (License l : sub.licenses.values()) {
                if (l.skuPartNumber().equalsIgnoreCase(ref) || l.skuDescription().equalsIgnoreCase(ref)) {
                    return l.skuId();
                }
            }
        }
        throw FusionErrors.bad(FusionErrors.LICENSE_NOT_FOUND, "License not found: " + ref);
    }

    List<String> groups(List<String> refs, boolean byName) {
        return refs.stream().map(r -> group(r, byName)).distinct().toList();
    }

    List<String> licenses(List<String> refs, boolean byName) {
        return refs.stream().map(r -> license(r, byName)).distinct().toList();
    }

    String vrp(String identity) {
        for (Vrp v : sub.vrps) {
            if (v.identity().equalsIgnoreCase(identity)) {
                return v.identity();
            }
        }
        throw FusionErrors.bad(FusionErrors.VRP_NOT_FOUND, "Voice routing policy not found: " + identity);
    }

    List<String> customerLicenses(List<String> skus) {
        for (String sku : skus) {
            if (!sub.customerLicenseSkus.contains(sku)) {
                throw FusionErrors.bad(FusionErrors.CUSTOMER_LICENSE_NOT_FOUND,
                        "Customer license not found: " + sku);
            }
        }
        return List.copyOf(new LinkedHashSet<>(skus));
    }

    static List<String> union(List<String> current, List<String> added) {
        LinkedHashSet<String> all = new LinkedHashSet<>(current);
        all.addAll(added);
        return List.copyOf(all);
    }

    /** Whether the user's licenses make the voice-enabled check answer true. */
    boolean voiceEligible(UserState u) {
        return u.licenses.stream().map(sub.licenses::get).filter(Objects::nonNull)
                .anyMatch(l -> l.voice().eligible());
    }

    /** The users list's {@code voiceEnabled}: yes if any license says yes, maybe if any says maybe. */
    String voiceListed(UserState u) {
        String best = "no";
        for (String sku : u.licenses) {
            License l = sub.licenses.get(sku);
            if (l == null) {
                continue;
            }
            if (l.voice() == VoiceCapability.YES) {
                return "yes";
            }
            if (l.voice().listed().equals("maybe")) {
                best = "maybe";
            }
        }
        return best;
    }

    /**
     * Checks every rule for {@code after} replacing {@code before} ({@code null} for a new user) and
     * commits it, linking or unlinking Fusion's number record as needed.
     */
    void commit(UserState before, UserState after) {
        check(before, after);
        link(before, after);
        sub.users.put(after);
    }

    /** Checks every rule for {@code after} replacing {@code before} ({@code null} for a new user), changing nothing. */
    void check(UserState before, UserState after) {
        List<String> previous = before == null ? List.of() : before.licenses;
        for (String sku : after.licenses) {
            License license = sub.licenses.get(sku);
            if (license == null) {
                throw FusionErrors.bad(FusionErrors.LICENSE_NOT_FOUND, "License not found: " + sku);
            }
            if (!previous.contains(sku) && sub.free(license) <= 0) {
                throw FusionErrors.bad(FusionErrors.NO_FREE_LICENSE,
                        "No free license left for " + license.skuPartNumber() + " (" + sku + ")");
            }
        }
        String oldNumber = before == null ? null : before.phoneNumber;
        if (after.phoneNumber != null) {
            if (!after.phoneNumber.equals(oldNumber)) {
                requireAssignable(after.phoneNumber, after.id);
            }
            if (!voiceEligible(after)) {
                throw FusionErrors.bad(FusionErrors.NOT_VOICE_ENABLED, "User " + after.upn
                        + " is not voice enabled: it needs a license with Phone System to hold a number");
            }
        }
    }

    /** Gives a user who reaches Fusion its ids, and a new connection when its number changes. */
    private void link(UserState before, UserState after) {
        String oldNumber = before == null ? null : before.phoneNumber;
        if (after.phoneNumber != null) {
            if (after.fusionId == null) {
                after.fusionId = sub.nextFusionId++;
            }
            if (!after.phoneNumber.equals(oldNumber) || after.connectionId == null) {
                after.connectionId = sub.nextConnectionId++;
            }
        } else {
            after.connectionId = null;
        }
    }

    /** A number can go to {@code holderId} when it is in the pool and nobody else holds it. */
    void requireAssignable(String number, String holderId) {
        if (!sub.numbers.containsKey(number)) {
            throw FusionErrors.bad(FusionErrors.NUMBER_NOT_IN_POOL,
                    "Phone number " + number + " is not in the subscription's number pool");
        }
        sub.numberHolder(number).filter(h -> !h.equals(holderId)).ifPresent(h -> {
            throw FusionErrors.bad(FusionErrors.NUMBER_IN_USE,
                    "Phone number " + number + " is already linked to another user or resource account");
        });
    }

    /** The settings templates manage, as the template endpoint reports them. */
    static TemplateSettings settings(UserState u) {
        return new TemplateSettings(u.groups, u.licenses, u.location, u.vrp);
    }

    /** The template-managed settings of a user at one moment. */
    record TemplateSettings(List<String> groups, List<String> licenses, String location, String vrp) {
    }

    static String normalizeUpn(String upn) {
        return upn.toLowerCase(Locale.ROOT);
    }

    /** Whether a user or a resource account has the UPN (any case). */
    boolean upnTaken(String upn) {
        String wanted = normalizeUpn(upn);
        if (sub.users.byUpn(wanted).isPresent()) {
            return true;
        }
        for (ResourceAccountState r : sub.resourceAccounts.values()) {
            if (normalizeUpn(r.upn).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    static List<String> without(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list);
        copy.remove(value);
        return List.copyOf(copy);
    }
}
