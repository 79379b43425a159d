package io.teamsdr.benchmarks;

import java.util.Arrays;

/** Percentiles of latencies, from a sorted copy of the raw nanoseconds (nearest-rank method). */
public final class Percentiles {
    private final long[] sorted;

    /**
     * Sorts a copy of the latencies.
     *
     * @param nanos one latency per call
     */
    public Percentiles(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /**
     * Returns the latency below or at which the given share of calls fall.
     *
     * @param percent e.g. 99.0
     * @return the latency in milliseconds
     */
    public double millis(double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /**
     * Returns the slowest call.
     *
     * @return the latency in milliseconds
     */
    public double maxMillis() {
        return sorted[sorted.length - 1] / 1e6;
    }
}
