package io.teamsdr.testkit.vsxi.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A complete Teams configuration: tenants by id and users by SIP user, both sorted so that
 * everything derived from the state (listings, generated files) is deterministic.
 *
 * <p>Instances are mutable only while they are being built or edited as a draft's working copy;
 * once published as the committed configuration or kept in the history they are never changed
 * again, which lets the history share them instead of copying.
 */
public final class ConfigState {

    private final TreeMap<String, Tenant> tenants;
    private final TreeMap<String, User> users;

    private ConfigState(TreeMap<String, Tenant> tenants, TreeMap<String, User> users) {
        this.tenants = tenants;
        this.users = users;
    }

    /**
     * A configuration without tenants or users.
     *
     * @return a new, empty state
     */
    public static ConfigState empty() {
        return new ConfigState(new TreeMap<>(), new TreeMap<>());
    }

    /**
     * An independent copy, for a draft to edit.
     *
     * @return the copy
     */
    public ConfigState copy() {
        return new ConfigState(new TreeMap<>(tenants), new TreeMap<>(users));
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
     * All tenants, sorted by id.
     *
     * @return an unmodifiable view
     */
    public Collection<Tenant> tenants() {
        return Collections.unmodifiableCollection(tenants.values());
    }

    /**
     * All users, sorted by SIP user.
     *
     * @return an unmodifiable view
     */
    public Collection<User> users() {
        return Collections.unmodifiableCollection(users.values());
    }

    /**
     * Tenants by id.
     *
     * @return an unmodifiable sorted view
     */
    public Map<String, Tenant> tenantMap() {
        return Collections.unmodifiableMap(tenants);
    }

    /**
     * Users by SIP user.
     *
     * @return an unmodifiable sorted view
     */
    public Map<String, User> userMap() {
        return Collections.unmodifiableMap(users);
    }

    /**
     * The users of every tenant, each list sorted by SIP user.
     *
     * @return tenant id to its users; tenants without users are absent
     */
    public Map<String, List<User>> usersByTenant() {
        Map<String, List<User>> byTenant = new TreeMap<>();
        for (User user : users.values()) {
            byTenant.computeIfAbsent(user.tenantId(), id -> new ArrayList<>()).add(user);
        }
        return byTenant;
    }

    /**
     * Adds or replaces a tenant.
     *
     * @param tenant the tenant
     */
    public void putTenant(Tenant tenant) {
        tenants.put(tenant.tenantId(), tenant);
    }

    /**
     * Removes tenants and, as the SBC does, all their users, in one pass over the users.
     *
     * @param tenantIds the ids
     * @return how many users went with them
     */
    public int removeTenants(Collection<String> tenantIds) {
        java.util.Set<String> doomed = new java.util.HashSet<>(tenantIds);
        tenants.keySet().removeAll(doomed);
        int removed = 0;
        for (Iterator<User> it = users.values().iterator(); it.hasNext();) {
            if (doomed.contains(it.next().tenantId())) {
                it.remove();
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
        users.put(user.sipUser(), user);
    }

    /**
     * Removes a user.
     *
     * @param sipUser the SIP user
     */
    public void removeUser(String sipUser) {
        users.remove(sipUser);
    }

    /**
     * Removes every user of every tenant.
     */
    public void clearUsers() {
        users.clear();
    }

    /**
     * Same tenants and users, passwords included.
     *
     * @param o the other object
     * @return whether both describe the same configuration
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigState other && tenants.equals(other.tenants) && users.equals(other.users);
    }

    @Override
    public int hashCode() {
        return 31 * tenants.hashCode() + users.hashCode();
    }

    @Override
    public String toString() {
        return "ConfigState[" + tenants.size() + " tenants, " + users.size() + " users]";
    }
}
