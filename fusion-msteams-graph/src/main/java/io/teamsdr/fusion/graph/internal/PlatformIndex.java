package io.teamsdr.fusion.graph.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The platform's users by object id, each reduced to what the directory is compared on. Users share
 * a few license sets and locations, so each distinct set and location is stored once; an entry is
 * then the UPN, the display name and two shared references, about 200 bytes per user.
 */
public final class PlatformIndex {

    /**
     * What the directory is compared on.
     *
     * @param userPrincipalName the platform's UPN
     * @param displayName the platform's display name
     * @param location the platform's location, upper case, {@code null} when none
     * @param skuIds the platform's license SKU ids, normalized and shared between users
     */
    public record Entry(String userPrincipalName, String displayName, String location, Set<String> skuIds) {
    }

    private final Map<String, Entry> users = new LinkedHashMap<>();
    private final Map<Set<String>, Set<String>> licenseSets = new HashMap<>();
    private final Map<String, String> locations = new HashMap<>();

    /**
     * Adds a user, replacing an earlier entry with the same id.
     *
     * @param id the object id, lower case
     * @param upn the UPN
     * @param displayName the display name
     * @param location the location, upper case, or {@code null}
     * @param skuIds the normalized license SKU ids
     */
    public void put(String id, String upn, String displayName, String location, Set<String> skuIds) {
        users.put(id, new Entry(upn, displayName, location == null ? null : locations.computeIfAbsent(location, l -> l),
                licenseSets.computeIfAbsent(skuIds, s -> s)));
    }

    /**
     * Removes and returns a user, so that what is left at the end is the platform-only users.
     *
     * @param id the object id, lower case
     * @return the entry, {@code null} when the platform has no such user
     */
    public Entry remove(String id) {
        return users.remove(id);
    }

    /**
     * Returns the users not removed yet, in the order they were added; removing through the
     * iterator releases them.
     *
     * @return id and entry of each remaining user
     */
    public Iterator<Map.Entry<String, Entry>> remaining() {
        return users.entrySet().iterator();
    }
}
