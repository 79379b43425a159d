package io.teamsdr.benchmarks;

import java.util.List;

/**
 * Sizes and repetitions of the whole-process benchmarks.
 *
 * @param runs measured repetitions of each variant
 * @param pairedWarmupSeconds warm-up of each paired-call JVM
 * @param pairedRounds rounds of each paired-call JVM
 * @param pairedCalls SDK/raw call pairs per round
 * @param reuseCalls calls per client and call of the connection reuse check
 * @param seedingSizes tenant sizes whose DSL seeding time is measured
 * @param fakeScrollUsers users seeded into the FakeFusionServer for the scroll against it
 * @param scrollUsers users of the tenant replayed from the fake's pages for the large scroll
 * @param pageSize users per page
 * @param workMillis the caller's time per page in the scroll with work
 * @param uploadRows the row counts of the uploads
 * @param uploadWarmupRows rows uploaded first in each upload JVM, unmeasured
 * @param uploadHeaps the {@code -Xmx} values each upload size runs with
 * @param startupRuns fresh JVMs per server for the start-up time
 * @param loadClients concurrent clients of the requests-per-second load
 * @param loadWarmupSeconds unmeasured seconds before each load window
 * @param loadSeconds measured seconds of each load window
 * @param threads caller threads of the concurrency run
 * @param calls measured calls of the concurrency run
 * @param warmupCalls unmeasured calls before them
 * @param clientHeap the {@code -Xmx} of the measured client JVMs
 * @param asyncCalls async calls fanned out at once over one client
 * @param asyncLimit the concurrency limit of the fan-out, for the SDK and the raw client alike
 * @param asyncWarmupCalls unmeasured calls fanned out first
 */
public record RunSettings(int runs, double pairedWarmupSeconds, int pairedRounds, int pairedCalls, int reuseCalls, List<Integer> seedingSizes, int fakeScrollUsers, int scrollUsers, int pageSize,
                          long workMillis, List<Long> uploadRows, long uploadWarmupRows, List<String> uploadHeaps, int startupRuns, int loadClients,
                          double loadWarmupSeconds, double loadSeconds, int threads, int calls, int warmupCalls,
                          String clientHeap, int asyncCalls, int asyncLimit, int asyncWarmupCalls) {

    /**
     * The sizes of the published figures.
     *
     * @return the settings
     */
    public static RunSettings full() {
        return new RunSettings(3, 10, 5, 2_000, 2_000, List.of(5_000, 10_000, 20_000), 20_000, 100_000, 999, 20,
                List.of(100_000L, 1_000_000L), 20_000, List.of("64m", "512m"), 5, 8, 3, 5, 64, 100_000, 10_000, "64m",
                10_000, 64, 10_000);
    }

    /**
     * Tiny sizes that only check that everything runs end to end.
     *
     * @return the settings
     */
    public static RunSettings quick() {
        return new RunSettings(1, 1, 2, 100, 200, List.of(1_000, 2_000), 2_000, 5_000, 999, 20, List.of(10_000L, 50_000L), 5_000, List.of("64m"), 1, 8, 0.5, 1,
                64, 2_000, 500, "64m", 1_000, 64, 500);
    }
}
