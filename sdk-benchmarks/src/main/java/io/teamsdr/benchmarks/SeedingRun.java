package io.teamsdr.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long the testkit's seeding DSL takes to build a Fusion tenant of a given size (the
 * {@code FusionSeed} alone, no server), in a JVM of its own.
 *
 * <p>Argument: the user count.
 */
public final class SeedingRun {
    private SeedingRun() {
    }

    /**
     * Builds the seed once and prints the time it took.
     *
     * @param args the user count
     */
    public static void main(String[] args) {
        int users = Integer.parseInt(args[0]);
        double cpuAtStart = ProcessCpu.millis();
        long started = System.nanoTime();
        LargeTenants.fusion(users);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("users", users);
        figures.put("seedSeconds", seconds);
        figures.put("microsPerUser", seconds * 1e6 / users);
        // All threads (GC, JIT, parallel sort): on a busy machine the wall time says little alone.
        figures.put("cpuSeconds", (ProcessCpu.millis() - cpuAtStart) / 1e3);
        ChildJvm.printResult(figures);
    }
}
