package io.teamsdr.vsxi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniqueKeysTest {

    @Test
    void aRepeatedKeyReportsTheLineItWasFirstSeenOn() {
        UniqueKeys keys = new UniqueKeys();

        assertThat(keys.putIfAbsent("2000_T", 2)).isZero();
        assertThat(keys.putIfAbsent("2001_T", 3)).isZero();
        assertThat(keys.putIfAbsent("2000_T", 9)).isEqualTo(2);
        assertThat(keys.putIfAbsent("2000_T", 12)).as("still the first line").isEqualTo(2);
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void keysStayExactThroughGrowth() {
        UniqueKeys keys = new UniqueKeys();
        int count = 200_000;
        for (int n = 0; n < count; n++) {
            assertThat(keys.putIfAbsent("user" + n, n + 2L)).isZero();
        }
        for (int n = 0; n < count; n += 997) {
            assertThat(keys.putIfAbsent("user" + n, 0)).isEqualTo(n + 2L);
        }

        assertThat(keys.size()).isEqualTo(count);
        assertThat(keys.putIfAbsent("user" + count, 1)).isZero();
    }

    @Test
    void keysThatShareAHashAreKeptApart() {
        UniqueKeys keys = new UniqueKeys();

        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(keys.putIfAbsent("Aa", 2)).isZero();
        assertThat(keys.putIfAbsent("BB", 3)).isZero();
        assertThat(keys.putIfAbsent("BB", 4)).isEqualTo(3);
    }

    @Test
    void nonAsciiKeysAreCompared() {
        UniqueKeys keys = new UniqueKeys();

        assertThat(keys.putIfAbsent("Zürich", 2)).isZero();
        assertThat(keys.putIfAbsent("Zurich", 3)).isZero();
        assertThat(keys.putIfAbsent("Zürich", 4)).isEqualTo(2);
    }
}
