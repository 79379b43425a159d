package io.teamsdr.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LayeredSortedMapTest {

    private static LayeredSortedMap<String, Integer> compactedOf(int... keys) {
        LayeredSortedMap<String, Integer> map = LayeredSortedMap.loading();
        for (int k : keys) {
            map.put(key(k), k);
        }
        return map.compact();
    }

    private static String key(int k) {
        return String.format("k%04d", k);
    }

    private static List<String> keys(Iterator<Map.Entry<String, Integer>> it) {
        List<String> keys = new ArrayList<>();
        it.forEachRemaining(e -> keys.add(e.getKey()));
        return keys;
    }

    @Test
    void changesOnTopOfTheBaseReadAsOneSortedMap() {
        LayeredSortedMap<String, Integer> map = compactedOf(5, 1, 3, 7);
        map.put(key(4), 4);
        map.put(key(3), 33);
        map.remove(key(5));
        map.remove(key(9));
        assertThat(map.size()).isEqualTo(4);
        assertThat(map.get(key(3))).isEqualTo(33);
        assertThat(map.get(key(5))).isNull();
        assertThat(keys(map.entriesAfter(null))).containsExactly(key(1), key(3), key(4), key(7));
        assertThat(keys(map.entriesAfter(key(3)))).containsExactly(key(4), key(7));
        assertThat(keys(map.entriesAfter(key(2)))).containsExactly(key(3), key(4), key(7));
        assertThat(keys(map.entriesBetween(key(1), key(7)))).containsExactly(key(3), key(4));
        map.put(key(5), 55);
        assertThat(map.size()).isEqualTo(5);
        assertThat(keys(map.entriesAfter(key(4)))).containsExactly(key(5), key(7));
    }

    @Test
    void aCopyCostsItsChangesAndNeverSeesTheOriginals() {
        LayeredSortedMap<String, Integer> seed = compactedOf(1, 2, 3);
        LayeredSortedMap<String, Integer> first = seed.copy();
        first.remove(key(2));
        first.put(key(8), 8);
        LayeredSortedMap<String, Integer> second = first.copy();
        second.put(key(2), 22);

        assertThat(seed.changeCount()).isZero();
        assertThat(first.changeCount()).isEqualTo(2);
        assertThat(first.sharesBaseWith(seed)).isTrue();
        assertThat(keys(seed.entriesAfter(null))).containsExactly(key(1), key(2), key(3));
        assertThat(keys(first.entriesAfter(null))).containsExactly(key(1), key(3), key(8));
        assertThat(keys(second.entriesAfter(null))).containsExactly(key(1), key(2), key(3), key(8));
        assertThat(second.get(key(2))).isEqualTo(22);
        assertThat(first.changedKeys()).containsExactlyInAnyOrder(key(2), key(8));
    }

    @Test
    void compactingKeepsTheEntriesAndDropsTheLayer() {
        LayeredSortedMap<String, Integer> map = compactedOf(1, 2);
        map.put(key(0), 0);
        map.remove(key(1));
        LayeredSortedMap<String, Integer> compacted = map.compact();
        assertThat(compacted.changeCount()).isZero();
        assertThat(compacted.sharesBaseWith(map)).isFalse();
        assertThat(keys(compacted.entriesAfter(null))).containsExactly(key(0), key(2));
    }

    @Test
    void aLoadingMapRefusesOrderedReadsUntilCompacted() {
        LayeredSortedMap<String, Integer> loading = LayeredSortedMap.loading();
        loading.put(key(2), 2);
        loading.put(key(1), 1);
        assertThat(loading.get(key(1))).isEqualTo(1);
        assertThatThrownBy(() -> loading.entriesAfter(null)).isInstanceOf(IllegalStateException.class);
        assertThat(keys(loading.compact().entriesAfter(null))).containsExactly(key(1), key(2));
    }

    @Test
    void behavesLikeATreeMapUnderRandomChanges() {
        Random random = new Random(42);
        TreeMap<String, Integer> expected = new TreeMap<>();
        LayeredSortedMap<String, Integer> map = LayeredSortedMap.empty();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 400; i++) {
                String k = key(random.nextInt(300));
                if (random.nextInt(3) == 0) {
                    assertThat(map.remove(k)).isEqualTo(expected.remove(k));
                } else {
                    assertThat(map.put(k, i)).isEqualTo(expected.put(k, i));
                }
            }
            assertThat(map.size()).isEqualTo(expected.size());
            String from = key(random.nextInt(300));
            assertThat(keys(map.entriesAfter(from))).containsExactlyElementsOf(expected.tailMap(from, false).keySet());
            map = round % 2 == 0 ? map.compact() : map.copy();
        }
    }
}
