package io.teamsdr.testkit.vsxi.internal;

import io.teamsdr.testkit.internal.LayeredSortedMap;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A complete Teams configuration: tenants by id and users by SIP user, both sorted so that
 * everything derived from the state (listings, generated files) is deterministic, with the
 * indexes the rules need: the users of each tenant and the holder of each DID (tenants and users
 * share one DID space).
 *
 * <p>Every table is a {@link LayeredSortedMap}: a draft copied from the committed configuration
 * costs what the committed one changed since its last compaction, and comparing the two costs what
 * they changed, so a draft of 100,000 rows over a million users commits and rolls back in time
 * proportional to its rows.
 *
 * <p>Instances are mutable only while they are being built or edited as a draft's working copy;
 * once published as the committed configuration or kept in the history they are never changed
 * again, which lets the history share them instead of copying.
 */
public final class ConfigState {

    /** Above this many changed keys (and half the size) a published configuration is compacted. */
    private static final int COMPACT_AT = 4096;

    private final LayeredSortedMap<String, Tenant> tenants;
    private LayeredSortedMap<String, User> users;
    /** Users by tenant, then SIP user: a tenant's users are one key range. */
    private LayeredSortedMap<TenantUser, User> usersByTenant;
    private LayeredSortedMap<String, DidHolder> dids;

    private ConfigState(LayeredSortedMap<String, Tenant> tenants, LayeredSortedMap<String, User> users,
            LayeredSortedMap<TenantUser, User> usersByTenant, LayeredSortedMap<String, DidHolder> dids) {
        this.tenants = tenants;
        this.users = users;
        this.usersByTenant = usersByTenant;
        this.dids = dids;
    }

    /**
     * A configuration without tenants or users.
     *
     * @return a new, empty state
     */
    public static ConfigState empty() {
        return new ConfigState(LayeredSortedMap.empty(), LayeredSortedMap.empty(), LayeredSortedMap.empty(),
                LayeredSortedMap.empty());
    }

    /**
     * An independent copy, for a draft to edit; costs the changes since the last compaction.
     *
     * @return the copy
     */
    public ConfigState copy() {
        return new ConfigState(tenants.copy(), users.copy(), usersByTenant.copy(), dids.copy());
    }

    /**
     * This configuration, compacted when its change layers have grown past half its size: the
     * pass over everything is paid once per that many changes, so copies stay cheap.
     *
     * @return this state or an equal, compacted one
     */
    public ConfigState compactedIfLarge() {
        int changes = users.changeCount() + tenants.changeCount();
        if (changes < COMPACT_AT || changes < (users.size() + tenants.size()) / 2) {
            return this;
        }
        return new ConfigState(tenants.compact(), users.compact(), usersByTenant.compact(), dids.compact());
    }

    /**
     * Looks a tenant up.
     *
     * @param tenantId the id
     * @return the tenant, empty when unknown
     */
    public Optional<Tenant> tenant(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }

    /**
     * Looks a user up.
     *
     * @param sipUser the SIP user
     * @return the user, empty when unknown
     */
    public Optional<User> user(String sipUser) {
        return Optional.ofNullable(users.get(sipUser));
    }

    /**
     * Who holds a DID, tenant or user.
     *
     * @param did the E.164 number
     * @return the holder, empty when the DID is free
     */
    public Optional<DidHolder> didHolder(String did) {
        return Optional.ofNullable(dids.get(did));
    }

    /**
     * Number of tenants.
     *
     * @return the count
     */
    public int tenantCount() {
        return tenants.size();
    }

    /**
     * Number of users.
     *
     * @return the count
     */
    public int userCount() {
        return users.size();
    }

    /**
     * All tenants, sorted by id.
     *
     * @return an unmodifiable view
     */
    public Collection<Tenant> tenants() {
        return tenantMap().values();
    }

    /**
     * All users, sorted by SIP user.
     *
     * @return an unmodifiable view
     */
    public Collection<User> users() {
        return userMap().values();
    }

    /**
     * Tenants by id.
     *
     * @return an unmodifiable sorted view
     */
    public Map<String, Tenant> tenantMap() {
        return new View<>(tenants);
    }

    /**
     * Users by SIP user.
     *
     * @return an unmodifiable sorted view
     */
    public Map<String, User> userMap() {
        return new View<>(users);
    }

    /**
     * The users of one tenant, sorted by SIP user, read from the index (not by a pass over all users).
     *
     * @param tenantId the tenant
     * @return the users, iterable any number of times
     */
    public Iterable<User> usersOf(String tenantId) {
        return () -> {
            // No SIP user is empty, and no id lies between an id and the id followed by U+0000.
            Iterator<Map.Entry<TenantUser, User>> entries = usersByTenant.entriesBetween(
                    new TenantUser(tenantId, ""), new TenantUser(tenantId + '\0', ""));
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public User next() {
                    return entries.next().getValue();
                }
            };
        };
    }

    /**
     * Adds or replaces a tenant.
     *
     * @param tenant the tenant
     */
    public void putTenant(Tenant tenant) {
        Tenant previous = tenants.put(tenant.tenantId(), tenant);
        DidHolder holder = DidHolder.tenant(tenant.tenantId());
        if (previous != null) {
            release(previous.did(), holder);
        }
        dids.put(tenant.did(), holder);
    }

    /**
     * Removes tenants and, as the SBC does, all their users.
     *
     * @param tenantIds the ids
     * @return how many users went with them
     */
    public int removeTenants(Collection<String> tenantIds) {
        int removed = 0;
        for (String tenantId : tenantIds) {
            Tenant tenant = tenants.remove(tenantId);
            if (tenant == null) {
                continue;
            }
            release(tenant.did(), DidHolder.tenant(tenantId));
            List<User> doomed = new ArrayList<>();
            usersOf(tenantId).forEach(doomed::add);
            for (User user : doomed) {
                removeUser(user.sipUser());
                removed++;
            }
        }
        return removed;
    }

    /**
     * Adds or replaces a user.
     *
     * @param user the user
     */
    public void putUser(User user) {
        User previous = users.put(user.sipUser(), user);
        DidHolder holder = DidHolder.user(user.sipUser());
        if (previous != null) {
            usersByTenant.remove(tenantKey(previous));
            release(previous.did(), holder);
        }
        usersByTenant.put(tenantKey(user), user);
        dids.put(user.did(), holder);
    }

    /**
     * Removes a user.
     *
     * @param sipUser the SIP user
     */
    public void removeUser(String sipUser) {
        User previous = users.remove(sipUser);
        if (previous != null) {
            usersByTenant.remove(tenantKey(previous));
            release(previous.did(), DidHolder.user(sipUser));
        }
    }

    /**
     * Removes every user of every tenant. The user tables start over empty and the DID index
     * keeps the tenants' DIDs only, so this costs the tenants, not the users; comparing the result
     * with the committed configuration then walks both.
     */
    public void clearUsers() {
        users = LayeredSortedMap.empty();
        usersByTenant = LayeredSortedMap.empty();
        dids = LayeredSortedMap.empty();
        tenants.forEach((id, tenant) -> dids.put(tenant.did(), DidHolder.tenant(id)));
    }

    /** Frees a DID unless another record took it over meanwhile (two rows swapping DIDs). */
    private void release(String did, DidHolder holder) {
        if (holder.equals(dids.get(did))) {
            dids.remove(did);
        }
    }

    /**
     * What changed from an older configuration to this one, in counts. When both descend from one
     * compacted configuration only their changed keys are compared; otherwise both are walked.
     *
     * @param before the older configuration
     * @return the counts
     */
    public ChangeSummary changesSince(ConfigState before) {
        return new ChangeSummary(count(before.tenants, tenants), count(before.users, users));
    }

    /**
     * The tenants whose configuration file differs between an older configuration and this one: a
     * tenant changed, or one of its users. Read from the changed keys when both share a base.
     *
     * @param before the older configuration
     * @return tenant ids, sorted
     */
    public Set<String> tenantsChangedSince(ConfigState before) {
        Set<String> changed = new TreeSet<>();
        for (String tenantId : candidateKeys(before.tenants, tenants)) {
            if (!Objects.equals(before.tenants.get(tenantId), tenants.get(tenantId))) {
                changed.add(tenantId);
            }
        }
        for (String sipUser : candidateKeys(before.users, users)) {
            User old = before.users.get(sipUser);
            User now = users.get(sipUser);
            if (!Objects.equals(old, now)) {
                if (old != null) {
                    changed.add(old.tenantId());
                }
                if (now != null) {
                    changed.add(now.tenantId());
                }
            }
        }
        return changed;
    }

    private static <V> Counts count(LayeredSortedMap<String, V> before, LayeredSortedMap<String, V> after) {
        int added = 0;
        int updated = 0;
        int deleted = 0;
        for (String key : candidateKeys(before, after)) {
            V old = before.get(key);
            V now = after.get(key);
            if (old == null && now != null) {
                added++;
            } else if (old != null && now == null) {
                deleted++;
            } else if (old != null && !old.equals(now)) {
                updated++;
            }
        }
        return new Counts(added, updated, deleted);
    }

    /** Keys that may differ: the change layers when the maps share a base, else every key of both. */
    private static <V> Iterable<String> candidateKeys(LayeredSortedMap<String, V> before,
            LayeredSortedMap<String, V> after) {
        Set<String> keys = new HashSet<>();
        if (before.sharesBaseWith(after)) {
            keys.addAll(before.changedKeys());
            keys.addAll(after.changedKeys());
        } else {
            before.forEach((k, v) -> keys.add(k));
            after.forEach((k, v) -> keys.add(k));
        }
        return keys;
    }

    private static TenantUser tenantKey(User user) {
        return new TenantUser(user.tenantId(), user.sipUser());
    }

    /** The key of the users-by-tenant index. */
    private record TenantUser(String tenantId, String sipUser) implements Comparable<TenantUser> {
        @Override
        public int compareTo(TenantUser other) {
            int byTenant = tenantId.compareTo(other.tenantId);
            return byTenant != 0 ? byTenant : sipUser.compareTo(other.sipUser);
        }
    }

    /**
     * Same tenants and users, passwords included.
     *
     * @param o the other object
     * @return whether both describe the same configuration
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigState other && tenantMap().equals(other.tenantMap())
                && userMap().equals(other.userMap());
    }

    @Override
    public int hashCode() {
        return 31 * tenantMap().hashCode() + userMap().hashCode();
    }

    @Override
    public String toString() {
        return "ConfigState[" + tenants.size() + " tenants, " + users.size() + " users]";
    }

    /**
     * Who holds a DID.
     *
     * @param kind {@code tenant} or {@code SIP user}
     * @param id the tenant id or the SIP user
     */
    public record DidHolder(String kind, String id) {

        static DidHolder tenant(String tenantId) {
            return new DidHolder("tenant", tenantId);
        }

        static DidHolder user(String sipUser) {
            return new DidHolder("SIP user", sipUser);
        }

        /**
         * Whether a tenant holds the DID.
         *
         * @return true for a tenant, false for a user
         */
        public boolean isTenant() {
            return kind.equals("tenant");
        }

        /**
         * Names the holder for an error message.
         *
         * @return e.g. {@code tenant 1002} or {@code SIP user 3000_C}
         */
        @Override
        public String toString() {
            return kind + " " + id;
        }
    }

    /** A read-only sorted map over one table, iterated by merging its base and its changes. */
    private static final class View<V> extends AbstractMap<String, V> {
        private final LayeredSortedMap<String, V> table;

        View(LayeredSortedMap<String, V> table) {
            this.table = table;
        }

        @Override
        public V get(Object key) {
            return key instanceof String k ? table.get(k) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return table.size();
        }

        @Override
        public Set<Map.Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, V>> iterator() {
                    return table.entriesAfter(null);
                }

                @Override
                public int size() {
                    return table.size();
                }
            };
        }
    }
}
