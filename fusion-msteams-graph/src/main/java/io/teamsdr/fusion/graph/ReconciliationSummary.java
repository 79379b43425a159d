package io.teamsdr.fusion.graph;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a reconciliation read and found, returned by {@link DirectoryReconciler#reconcile(java.util.function.Consumer)}
 * once every difference has been handed to the consumer.
 *
 * @param platformUsers how many users the platform listed
 * @param directoryUsers how many users the directory listed
 * @param differences how many differences of each kind were found; every kind is present, zero when none
 */
public record ReconciliationSummary(long platformUsers, long directoryUsers, Map<Difference.Kind, Long> differences) {

    /** Copies the counts, adding a zero for each kind not given. */
    public ReconciliationSummary {
        Map<Difference.Kind, Long> all = new EnumMap<>(Difference.Kind.class);
        for (Difference.Kind kind : Difference.Kind.values()) {
            all.put(kind, 0L);
        }
        Objects.requireNonNull(differences, "differences").forEach((kind, count) -> all.put(kind, count));
        differences = Collections.unmodifiableMap(all);
    }

    /**
     * Returns how many differences of one kind were found.
     *
     * @param kind the kind
     * @return the count, zero when none
     */
    public long count(Difference.Kind kind) {
        return differences.get(kind);
    }

    /**
     * Returns how many differences were found in all.
     *
     * @return the total
     */
    public long total() {
        return differences.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Tells whether the two sides agree and every voice-enabled user has a number.
     *
     * @return {@code true} when no difference was found
     */
    public boolean inSync() {
        return total() == 0;
    }
}
