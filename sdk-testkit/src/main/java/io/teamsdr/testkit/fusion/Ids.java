package io.teamsdr.testkit.fusion;

import java.util.Random;
import java.util.UUID;

/** Reproducible identifiers: the same seed and counter always give the same UUID. */
final class Ids {

    /** The Microsoft license every resource account takes (Teams Phone Resource Account). */
    static final String RESOURCE_ACCOUNT_SKU = "440eaaa8-b3e0-484b-a8be-62870b9ba70a";

    private Ids() {
    }

    static String uuid(long seed, long counter) {
        return uuid(new Random(seed * 0x9E3779B97F4A7C15L + counter));
    }

    static String uuid(Random random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
