package io.teamsdr.testkit.fusion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the Azure AD directory of a subscription's tenant differs from what Fusion shows. The fake's
 * Graph endpoints serve the subscription's users through this overlay: without changes the two
 * sides agree; a test adds users only the directory has, hides users from it, or overrides a
 * user's usage location, display name or licenses. Part of the subscription's state, so
 * {@code reset()}, snapshots and restores include it.
 */
final class DirectoryOverlay {

    /** A user as the directory shows it. {@code usageLocation} is {@code null} when not set. */
    record Entry(String id, String upn, String displayName, String usageLocation, List<String> skuIds) {

        Entry {
            skuIds = List.copyOf(skuIds);
        }
    }

    private LinkedHashMap<String, Entry> directoryOnly = new LinkedHashMap<>();
    private Set<String> removed = new HashSet<>();
    private Map<String, String> displayNames = new HashMap<>();
    /** Values may be {@code null}: the directory has no usage location for that user. */
    private Map<String, String> usageLocations = new HashMap<>();
    private Map<String, List<String>> licenses = new HashMap<>();

    DirectoryOverlay copy() {
        DirectoryOverlay c = new DirectoryOverlay();
        c.directoryOnly = new LinkedHashMap<>(directoryOnly);
        c.removed = new HashSet<>(removed);
        c.displayNames = new HashMap<>(displayNames);
        c.usageLocations = new HashMap<>(usageLocations);
        c.licenses = new HashMap<>(licenses);
        return c;
    }

    void addDirectoryOnly(Entry entry) {
        directoryOnly.put(entry.id(), entry);
    }

    void remove(String id) {
        directoryOnly.remove(id);
        removed.add(id);
    }

    void overrideDisplayName(String id, String displayName) {
        displayNames.put(id, displayName);
    }

    void overrideUsageLocation(String id, String country) {
        usageLocations.put(id, country);
    }

    void overrideLicenses(String id, List<String> skuIds) {
        licenses.put(id, List.copyOf(skuIds));
    }

    /** Every directory user in id order, the order the Graph list pages in. */
    List<Entry> users(SubscriptionState sub) {
        List<Entry> all = new ArrayList<>(sub.users.size() + directoryOnly.size());
        for (UserState u : sub.users.values()) {
            if (!removed.contains(u.id)) {
                all.add(apply(new Entry(u.id, u.upn, u.displayName, u.location, u.licenses)));
            }
        }
        directoryOnly.values().forEach(e -> all.add(apply(e)));
        all.sort(Comparator.comparing(Entry::id));
        return all;
    }

    /** One directory user by object id or user principal name (any case), as Graph accepts both. */
    Optional<Entry> user(SubscriptionState sub, String idOrUpn) {
        return users(sub).stream()
                .filter(e -> e.id().equalsIgnoreCase(idOrUpn) || e.upn().equalsIgnoreCase(idOrUpn))
                .findFirst();
    }

    /** Whether a user id names a user the directory shows. */
    boolean contains(SubscriptionState sub, String id) {
        return directoryOnly.containsKey(id) || (sub.users.containsKey(id) && !removed.contains(id));
    }

    private Entry apply(Entry e) {
        String id = e.id();
        return new Entry(id, e.upn(), displayNames.getOrDefault(id, e.displayName()),
                usageLocations.containsKey(id) ? usageLocations.get(id) : e.usageLocation(),
                licenses.getOrDefault(id, e.skuIds()));
    }
}
