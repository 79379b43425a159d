package io.teamsdr.provisioning.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hashes the records of an observed state in constant memory and independently of their order:
 * each record's SHA-256 is added (modulo 2^128) to its part's sum, and a part's hash is its sum and
 * its count. Platforms may list records in any order, and a state of a hundred thousand users costs
 * no more memory than one of ten. Thread-safe: details arrive on several threads.
 */
public final class StateHash {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(StateHash::sha256);

    private final Map<String, long[]> parts = new TreeMap<>();

    /** Creates an empty hash. */
    public StateHash() {
    }

    /**
     * Declares a part, so that it appears (with count 0) even when it receives no record.
     *
     * @param part the part name
     */
    public synchronized void part(String part) {
        parts.computeIfAbsent(part, name -> new long[3]);
    }

    /**
     * Adds one record to a part.
     *
     * @param part the part name, e.g. {@code fusion.users}
     * @param fields the record's values; {@code null} is distinct from the empty text
     */
    public void add(String part, String... fields) {
        MessageDigest digest = SHA256.get();
        for (String field : fields) {
            if (field == null) {
                digest.update((byte) 1);
            } else {
                digest.update((byte) 2);
                digest.update(field.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
        }
        ByteBuffer hash = ByteBuffer.wrap(digest.digest());
        long high = hash.getLong();
        long low = hash.getLong();
        synchronized (this) {
            long[] sum = parts.computeIfAbsent(part, name -> new long[3]);
            long previousLow = sum[1];
            sum[1] += low;
            // Carry into the high word, so that the sum is one 128-bit number.
            sum[0] += high + (Long.compareUnsigned(sum[1], previousLow) < 0 ? 1 : 0);
            sum[2]++;
        }
    }

    /**
     * Joins a list into one field, sorted so that the order the platform gave does not matter.
     *
     * @param values the values
     * @return one text
     */
    public static String sorted(List<String> values) {
        return String.join("\u001f", values.stream().sorted().toList());
    }

    /**
     * Returns each part's hash.
     *
     * @return part names to hexadecimal hashes, sorted by name
     */
    public synchronized Map<String, String> parts() {
        Map<String, String> hashes = new TreeMap<>();
        HexFormat hex = HexFormat.of();
        parts.forEach((name, sum) -> hashes.put(name, hex.toHexDigits(sum[0]) + hex.toHexDigits(sum[1]) + "-" + sum[2]));
        return hashes;
    }

    /**
     * Returns the hash over every part.
     *
     * @return 64 hexadecimal digits
     */
    public String value() {
        MessageDigest digest = sha256();
        parts().forEach((name, hash) -> digest.update((name + "=" + hash + ";").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("the JDK has no SHA-256", missing);
        }
    }
}
