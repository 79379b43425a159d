package io.teamsdr.testkit.fusion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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

    private TreeMap<String, Entry> directoryOnly = new TreeMap<>();
    private Set<String> removed = new HashSet<>();
    private Map<String, String> displayNames = new HashMap<>();
    /** Values may be {@code null}: the directory has no usage location for that user. */
    private Map<String, String> usageLocations = new HashMap<>();
    private Map<String, List<String>> licenses = new HashMap<>();

    DirectoryOverlay copy() {
        DirectoryOverlay c = new DirectoryOverlay();
        c.directoryOnly = new TreeMap<>(directoryOnly);
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

    /**
     * The directory users after an object id, in id order (the order the Graph list pages in): the
     * platform's users, less the removed ones, merged with the directory-only users.
     *
     * @param afterId the last id of the previous page, {@code null} for the start
     */
    Iterator<Entry> usersAfter(SubscriptionState sub, String afterId) {
        Iterator<UserState> platform = sub.users.inIdOrderAfter(afterId);
        Iterator<Entry> only = (afterId == null ? directoryOnly : directoryOnly.tailMap(afterId, false))
                .values().iterator();
        return new Iterator<>() {
            private UserState nextPlatform = nextPlatform();
            private Entry nextOnly = only.hasNext() ? only.next() : null;

            private UserState nextPlatform() {
                while (platform.hasNext()) {
                    UserState u = platform.next();
                    if (!removed.contains(u.id)) {
                        return u;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return nextPlatform != null || nextOnly != null;
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (nextOnly == null || (nextPlatform != null && nextPlatform.id.compareTo(nextOnly.id()) < 0)) {
                    UserState u = nextPlatform;
                    nextPlatform = nextPlatform();
                    return apply(entry(u));
                }
                Entry e = nextOnly;
                nextOnly = only.hasNext() ? only.next() : null;
                return apply(e);
            }
        };
    }

    /** How many users the directory lists. */
    int userCount(SubscriptionState sub) {
        int hidden = 0;
        for (String id : removed) {
            if (sub.users.contains(id)) {
                hidden++;
            }
        }
        return sub.users.size() - hidden + directoryOnly.size();
    }

    /**
     * Seats of a license the directory's users hold: the platform's count, corrected for the users
     * the overlay removes or gives other licenses, plus the directory-only users.
     */
    int seats(SubscriptionState sub, String skuId) {
        int count = sub.users.seats(skuId);
        Set<String> corrected = new HashSet<>(removed);
        corrected.addAll(licenses.keySet());
        for (String id : corrected) {
            UserState u = sub.users.get(id);
            if (u != null && u.licenses.contains(skuId)) {
                count--;
            }
            if (u != null && !removed.contains(id) && licenses.get(id).contains(skuId)) {
                count++;
            }
        }
        for (Entry e : directoryOnly.values()) {
            if (apply(e).skuIds().contains(skuId)) {
                count++;
            }
        }
        return count;
    }

    /** One directory user by object id or user principal name (any case), as Graph accepts both. */
    Optional<Entry> user(SubscriptionState sub, String idOrUpn) {
        for (String id : List.of(idOrUpn, idOrUpn.toLowerCase(Locale.ROOT))) {
            if (directoryOnly.containsKey(id)) {
                return Optional.of(apply(directoryOnly.get(id)));
            }
            UserState u = sub.users.get(id);
            if (u != null && !removed.contains(u.id)) {
                return Optional.of(apply(entry(u)));
            }
        }
        Optional<UserState> byUpn = sub.users.byUpn(idOrUpn).filter(u -> !removed.contains(u.id));
        if (byUpn.isPresent()) {
            return byUpn.map(u -> apply(entry(u)));
        }
        return directoryOnly.values().stream().filter(e -> e.upn().equalsIgnoreCase(idOrUpn)).findFirst()
                .map(this::apply);
    }

    /** Whether a user id names a user the directory shows. */
    boolean contains(SubscriptionState sub, String id) {
        return directoryOnly.containsKey(id) || (sub.users.contains(id) && !removed.contains(id));
    }

    private static Entry entry(UserState u) {
        return new Entry(u.id, u.upn, u.displayName, u.location, u.licenses);
    }

    private Entry apply(Entry e) {
        String id = e.id();
        return new Entry(id, e.upn(), displayNames.getOrDefault(id, e.displayName()),
                usageLocations.containsKey(id) ? usageLocations.get(id) : e.usageLocation(),
                licenses.getOrDefault(id, e.skuIds()));
    }
}
