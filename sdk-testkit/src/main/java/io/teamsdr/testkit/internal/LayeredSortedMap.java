package io.teamsdr.testkit.internal;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A sorted map whose copies cost what changed since the last {@link #compact()}, not what it holds:
 * a frozen base (two sorted arrays, shared by every copy and never written) under a small layer of
 * changes. This is what lets a fake reset to a seed of a million users, snapshot it, or start a draft
 * over it in time proportional to the change.
 *
 * <p>Lookups search the layer, then the base (binary search); ordered iteration merges both.
 * Loading many entries at once ({@link #loading()}) collects them unsorted and sorts once in
 * {@link #compact()}. Not thread-safe: the fakes change their state under one lock, and a map that
 * is read outside it (a published VSXi configuration) is no longer changed.
 *
 * @param <K> key type, naturally ordered
 * @param <V> value type; values are never {@code null}
 */
public final class LayeredSortedMap<K extends Comparable<? super K>, V> {

    private static final Object[] NONE = new Object[0];

    private final Object[] baseKeys;
    private final Object[] baseValues;
    /** Changes since the base: a value replaces or adds, {@code null} removes a base entry. */
    private Map<K, V> layer;
    private boolean loading;
    private int size;

    private LayeredSortedMap(Object[] baseKeys, Object[] baseValues, Map<K, V> layer, boolean loading, int size) {
        this.baseKeys = baseKeys;
        this.baseValues = baseValues;
        this.layer = layer;
        this.loading = loading;
        this.size = size;
    }

    /**
     * An empty map.
     *
     * @param <K> key type
     * @param <V> value type
     * @return the map
     */
    public static <K extends Comparable<? super K>, V> LayeredSortedMap<K, V> empty() {
        return new LayeredSortedMap<K, V>(NONE, NONE, new TreeMap<K, V>(), false, 0);
    }

    /**
     * An empty map for loading many entries: puts and lookups are hash-fast, ordered reads are
     * refused until {@link #compact()} sorts everything once (in one linear pass when the entries
     * came in key order).
     *
     * @param <K> key type
     * @param <V> value type
     * @return the map
     */
    public static <K extends Comparable<? super K>, V> LayeredSortedMap<K, V> loading() {
        return loading(16);
    }

    /**
     * An empty map for loading about {@code expected} entries (see {@link #loading()}), sized so
     * that it never grows on the way.
     *
     * @param expected how many entries are coming
     * @param <K> key type
     * @param <V> value type
     * @return the map
     */
    public static <K extends Comparable<? super K>, V> LayeredSortedMap<K, V> loading(int expected) {
        // Insertion order is kept: entries loaded in key order then sort in one linear pass.
        int capacity = (int) Math.min(1 << 30, Math.max(16, expected * 4L / 3 + 1));
        return new LayeredSortedMap<K, V>(NONE, NONE, new LinkedHashMap<K, V>(capacity), true, 0);
    }

    /**
     * The value of a key.
     *
     * @param key the key
     * @return the value, {@code null} when absent
     */
    public V get(K key) {
        V changed = layer.get(key);
        if (changed != null || baseKeys.length == 0 || layer.containsKey(key)) {
            return changed;
        }
        int at = Arrays.binarySearch(baseKeys, key);
        return at >= 0 ? value(at) : null;
    }

    /**
     * Whether a key is present.
     *
     * @param key the key
     * @return true when present
     */
    public boolean containsKey(K key) {
        return get(key) != null;
    }

    /**
     * Adds or replaces an entry.
     *
     * @param key the key
     * @param value the value, not {@code null}
     * @return the previous value, {@code null} when there was none
     */
    public V put(K key, V value) {
        Objects.requireNonNull(value, "value");
        V previous = baseKeys.length == 0 ? layer.put(key, value) : get(key);
        if (baseKeys.length > 0) {
            layer.put(key, value);
        }
        if (previous == null) {
            size++;
        }
        return previous;
    }

    /**
     * Removes an entry.
     *
     * @param key the key
     * @return the removed value, {@code null} when there was none
     */
    public V remove(K key) {
        V previous = get(key);
        if (previous == null) {
            return null;
        }
        if (Arrays.binarySearch(baseKeys, key) >= 0) {
            layer.put(key, null);
        } else {
            layer.remove(key);
        }
        size--;
        return previous;
    }

    /**
     * The number of entries.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * Whether the map is empty.
     *
     * @return true when it holds nothing
     */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * How many keys changed since the base was frozen.
     *
     * @return the size of the change layer
     */
    public int changeCount() {
        return layer.size();
    }

    /**
     * An independent copy sharing the frozen base: costs the change layer only.
     *
     * @return the copy
     */
    public LayeredSortedMap<K, V> copy() {
        Map<K, V> copied = loading ? new LinkedHashMap<>(layer) : new TreeMap<>((TreeMap<K, V>) layer);
        return new LayeredSortedMap<>(baseKeys, baseValues, copied, loading, size);
    }

    /**
     * A map holding the same entries in a new frozen base, with no changes on top. Costs a pass
     * over everything (plus one sort after {@link #loading()}), so it is for the end of a load or
     * after many changes.
     *
     * @return the compacted map (this map is left as it was)
     */
    public LayeredSortedMap<K, V> compact() {
        Object[] keys = new Object[size];
        Object[] values = new Object[size];
        if (loading) {
            List<Map.Entry<K, V>> entries = new ArrayList<>(size);
            forEachInBase((k, v) -> {
                if (!layer.containsKey(k)) {
                    entries.add(new AbstractMap.SimpleImmutableEntry<>(k, v));
                }
            });
            for (Map.Entry<K, V> e : layer.entrySet()) {
                if (e.getValue() != null) {
                    entries.add(e);
                }
            }
            @SuppressWarnings("unchecked")
            Map.Entry<K, V>[] sorted = entries.toArray(new Map.Entry[0]);
            // A load of a million entries sorts on every core.
            Arrays.parallelSort(sorted, Map.Entry.comparingByKey());
            for (int i = 0; i < sorted.length; i++) {
                keys[i] = sorted[i].getKey();
                values[i] = sorted[i].getValue();
            }
        } else {
            int i = 0;
            for (Iterator<Map.Entry<K, V>> it = entriesAfter(null); it.hasNext(); i++) {
                Map.Entry<K, V> e = it.next();
                keys[i] = e.getKey();
                values[i] = e.getValue();
            }
        }
        return new LayeredSortedMap<K, V>(keys, values, new TreeMap<K, V>(), false, size);
    }

    /**
     * Whether two maps share their frozen base, so that the keys where they differ are among their
     * change layers ({@link #changedKeys()}).
     *
     * @param other another map
     * @return true when both were copied from one compacted map
     */
    public boolean sharesBaseWith(LayeredSortedMap<K, V> other) {
        return baseKeys == other.baseKeys;
    }

    /**
     * The keys changed since the base was frozen (including removed ones).
     *
     * @return the keys, unmodifiable
     */
    public Set<K> changedKeys() {
        return Collections.unmodifiableSet(layer.keySet());
    }

    /**
     * The entries in key order.
     *
     * @return an iterable over live entries
     */
    public Iterable<Map.Entry<K, V>> entries() {
        return () -> entriesAfter(null);
    }

    /**
     * The values in key order.
     *
     * @return an iterable over the values
     */
    public Iterable<V> values() {
        return () -> {
            Iterator<Map.Entry<K, V>> entries = entriesAfter(null);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public V next() {
                    return entries.next().getValue();
                }
            };
        };
    }

    /**
     * The entries whose key is above a bound, in key order.
     *
     * @param exclusiveFrom the bound, {@code null} to start at the first entry
     * @return an iterator merging the base and the change layer
     */
    public Iterator<Map.Entry<K, V>> entriesAfter(K exclusiveFrom) {
        return entriesBetween(exclusiveFrom, null);
    }

    /**
     * The entries whose key lies strictly between two bounds, in key order.
     *
     * @param exclusiveFrom the lower bound, {@code null} for none
     * @param exclusiveTo the upper bound, {@code null} for none
     * @return an iterator merging the base and the change layer
     */
    public Iterator<Map.Entry<K, V>> entriesBetween(K exclusiveFrom, K exclusiveTo) {
        if (loading) {
            throw new IllegalStateException("A map being loaded has no order until it is compacted");
        }
        TreeMap<K, V> sorted = (TreeMap<K, V>) layer;
        Map<K, V> layerRange;
        if (exclusiveFrom == null && exclusiveTo == null) {
            layerRange = sorted;
        } else if (exclusiveTo == null) {
            layerRange = sorted.tailMap(exclusiveFrom, false);
        } else if (exclusiveFrom == null) {
            layerRange = sorted.headMap(exclusiveTo, false);
        } else {
            layerRange = sorted.subMap(exclusiveFrom, false, exclusiveTo, false);
        }
        int start = exclusiveFrom == null ? 0 : upperBound(exclusiveFrom);
        int end = exclusiveTo == null ? baseKeys.length : lowerBound(exclusiveTo);
        return new Merge(start, end, layerRange.entrySet().iterator());
    }

    /**
     * Visits every live entry in no particular order (the fastest full pass).
     *
     * @param action receives key and value
     */
    public void forEach(BiConsumer<K, V> action) {
        forEachInBase((k, v) -> {
            if (!layer.containsKey(k)) {
                action.accept(k, v);
            }
        });
        layer.forEach((k, v) -> {
            if (v != null) {
                action.accept(k, v);
            }
        });
    }

    private void forEachInBase(BiConsumer<K, V> action) {
        for (int i = 0; i < baseKeys.length; i++) {
            action.accept(key(i), value(i));
        }
    }

    /** The first base index whose key is above the bound. */
    private int upperBound(K bound) {
        int at = Arrays.binarySearch(baseKeys, bound);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The first base index whose key is at or above the bound. */
    private int lowerBound(K bound) {
        int at = Arrays.binarySearch(baseKeys, bound);
        return at >= 0 ? at : -at - 1;
    }

    @SuppressWarnings("unchecked")
    private K key(int i) {
        return (K) baseKeys[i];
    }

    @SuppressWarnings("unchecked")
    private V value(int i) {
        return (V) baseValues[i];
    }

    /** Walks a base range and a layer range side by side; the layer wins on equal keys. */
    private final class Merge implements Iterator<Map.Entry<K, V>> {
        private int base;
        private final int end;
        private final Iterator<Map.Entry<K, V>> changes;
        private Map.Entry<K, V> change;
        private Map.Entry<K, V> next;

        Merge(int start, int end, Iterator<Map.Entry<K, V>> changes) {
            this.base = start;
            this.end = end;
            this.changes = changes;
            this.change = changes.hasNext() ? changes.next() : null;
            advance();
        }

        private void advance() {
            next = null;
            while (next == null && (base < end || change != null)) {
                int cmp = base >= end ? 1 : change == null ? -1 : key(base).compareTo(change.getKey());
                if (cmp < 0) {
                    next = new AbstractMap.SimpleImmutableEntry<>(key(base), value(base));
                    base++;
                } else {
                    if (cmp == 0) {
                        base++;
                    }
                    if (change.getValue() != null) {
                        next = change;
                    }
                    change = changes.hasNext() ? changes.next() : null;
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Map.Entry<K, V> current = next;
            advance();
            return current;
        }
    }
}
