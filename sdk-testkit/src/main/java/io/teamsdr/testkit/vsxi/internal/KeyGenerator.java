package io.teamsdr.testkit.vsxi.internal;

/**
 * Makes draft ids and session keys: a sequence number, so keys sort by age and never repeat
 * within a server, plus a pseudo-random part derived from a seed and the number, so the same
 * seed and the same operations give the same keys (including after a reset) while keys still
 * look opaque, as the real ones do.
 */
public final class KeyGenerator {

    private static final long DRAFT_SALT = 0x64726166746964L;
    private static final long SESSION_SALT = 0x73657373696f6eL;

    private final long seed;

    /**
     * Creates a generator.
     *
     * @param seed the seed
     */
    public KeyGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * The id of the n-th draft.
     *
     * @param n sequence number, from 1
     * @return e.g. {@code D-000001-3fa8c2d1}
     */
    public String draftId(long n) {
        return String.format("D-%06d-%08x", n, (int) mix(seed ^ DRAFT_SALT, n));
    }

    /**
     * The key of the n-th session.
     *
     * @param n sequence number, from 1
     * @return e.g. {@code S-000001-9b1e04c7}
     */
    public String sessionKey(long n) {
        return String.format("S-%06d-%08x", n, (int) mix(seed ^ SESSION_SALT, n));
    }

    /** SplitMix64's finalizer over seed and counter: cheap, stateless, well spread. */
    private static long mix(long salt, long n) {
        long z = salt + n * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
