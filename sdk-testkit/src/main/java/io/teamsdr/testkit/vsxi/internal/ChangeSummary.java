package io.teamsdr.testkit.vsxi.internal;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between two configurations in counts, as the draft status and the commit
 * history report it.
 *
 * @param tenants tenant changes
 * @param users user changes
 */
public record ChangeSummary(Counts tenants, Counts users) {

    /** Nothing changed. */
    public static final ChangeSummary NONE = new ChangeSummary(Counts.NONE, Counts.NONE);

    /**
     * Compares two configurations.
     *
     * @param before the older configuration
     * @param after the newer configuration
     * @return the counts
     */
    public static ChangeSummary between(ConfigState before, ConfigState after) {
        return new ChangeSummary(count(before.tenantMap(), after.tenantMap()), count(before.userMap(), after.userMap()));
    }

    /**
     * Counts by walking both sorted maps side by side, so even a draft over a large user table
     * costs one linear pass.
     */
    private static <V> Counts count(Map<String, V> before, Map<String, V> after) {
        Iterator<Map.Entry<String, V>> a = before.entrySet().iterator();
        Iterator<Map.Entry<String, V>> b = after.entrySet().iterator();
        Map.Entry<String, V> x = a.hasNext() ? a.next() : null;
        Map.Entry<String, V> y = b.hasNext() ? b.next() : null;
        int added = 0;
        int updated = 0;
        int deleted = 0;
        while (x != null || y != null) {
            int cmp = x == null ? 1 : y == null ? -1 : x.getKey().compareTo(y.getKey());
            if (cmp < 0) {
                deleted++;
                x = a.hasNext() ? a.next() : null;
            } else if (cmp > 0) {
                added++;
                y = b.hasNext() ? b.next() : null;
            } else {
                if (!Objects.equals(x.getValue(), y.getValue())) {
                    updated++;
                }
                x = a.hasNext() ? a.next() : null;
                y = b.hasNext() ? b.next() : null;
            }
        }
        return new Counts(added, updated, deleted);
    }
}
