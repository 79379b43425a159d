package io.teamsdr.core.internal;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids: random version-4 UUIDs. They correlate a call across logs, exceptions and the server,
 * and need no cryptographic source; {@code UUID.randomUUID()} draws from one shared {@code SecureRandom},
 * which costs a lock and a few hundred nanoseconds per call under many threads.
 */
final class RequestIds {
    private RequestIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
