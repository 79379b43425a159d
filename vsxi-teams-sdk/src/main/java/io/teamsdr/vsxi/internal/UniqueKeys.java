package io.teamsdr.vsxi.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The set of key values seen so far in one upload, with the line each was first seen on. Upload
 * checks keep one per unique column while rows stream, so it is sized for millions of keys: the
 * keys' UTF-8 bytes sit in one growing array and an open-addressing table of entry numbers finds
 * them, about 30 bytes per key beyond the key itself instead of the ~100 of a {@code HashMap}.
 */
final class UniqueKeys {
    private byte[] bytes = new byte[4096];
    private int used;
    private int[] starts = new int[256];
    private int[] lengths = new int[256];
    private int[] hashes = new int[256];
    private long[] lines = new long[256];
    private int size;
    /** Entry number + 1 per slot; 0 marks a free slot. */
    private int[] table = new int[512];

    /**
     * Records a key unless it was seen before.
     *
     * @param key the key
     * @param line the line it is on
     * @return 0 when the key is new, else the line it was first seen on
     */
    long putIfAbsent(String key, long line) {
        byte[] encoded = key.getBytes(StandardCharsets.UTF_8);
        int hash = spread(key.hashCode());
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (entry < 0) {
                add(encoded, hash, line);
                table[slot] = size;
                if (size * 2 > table.length) {
                    rehash(table.length * 2);
                }
                return 0;
            }
            if (hashes[entry] == hash && Arrays.equals(bytes, starts[entry], starts[entry] + lengths[entry],
                    encoded, 0, encoded.length)) {
                return lines[entry];
            }
        }
    }

    /**
     * Returns the number of distinct keys.
     *
     * @return the count
     */
    int size() {
        return size;
    }

    private void add(byte[] encoded, int hash, long line) {
        if (size == starts.length) {
            int capacity = grow(size);
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
            lines = Arrays.copyOf(lines, capacity);
        }
        if (bytes.length - used < encoded.length) {
            long needed = (long) used + encoded.length;
            if (needed > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("too many distinct keys in one upload to check for uniqueness");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, (long) bytes.length * 2)));
        }
        System.arraycopy(encoded, 0, bytes, used, encoded.length);
        starts[size] = used;
        lengths[size] = encoded.length;
        hashes[size] = hash;
        lines[size] = line;
        used += encoded.length;
        size++;
    }

    private static int grow(int current) {
        if (current >= Integer.MAX_VALUE / 4) {
            throw new IllegalStateException("too many distinct keys in one upload to check for uniqueness");
        }
        return current * 2;
    }

    private void rehash(int capacity) {
        int[] fresh = new int[capacity];
        int mask = capacity - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = hashes[entry] & mask;
            while (fresh[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            fresh[slot] = entry + 1;
        }
        table = fresh;
    }

    /** Mixes the bits of a string hash so that similar keys (user0001, user0002) spread over the table. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
