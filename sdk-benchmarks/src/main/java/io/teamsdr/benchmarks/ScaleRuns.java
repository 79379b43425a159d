package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The testkit at the size of real tenants (issue #15): seeding a Fusion tenant of 10,000 to
 * 1,000,000 users with the DSL, the time of a users page at 1,000 against 1,000,000 users, the
 * SDK scrolling all 1,000,000 users through the fake in a {@code -Xmx64m} client, and the VSXi fake
 * with 1,000,000 committed users under drafts of 1,000 and 100,000 rows. Every server and every
 * measured client runs in a JVM of its own.
 */
public final class ScaleRuns {
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(20);

    /** Receives one run's figures. */
    @FunctionalInterface
    public interface Recorder {
        /**
         * Records a run.
         *
         * @param phase the phase
         * @param variant the variant
         * @param run the run number
         * @param figures the figures
         */
        void record(String phase, String variant, int run, JsonNode figures);
    }

    private final boolean quick;
    private final Recorder recorder;

    /**
     * Sets the sizes.
     *
     * @param quick tiny sizes that check the pipeline only
     * @param recorder receives the figures
     */
    public ScaleRuns(boolean quick, Recorder recorder) {
        this.quick = quick;
        this.recorder = recorder;
    }

    /** Runs the four measurements. */
    public void run() {
        int large = quick ? 20_000 : 1_000_000;
        int runs = quick ? 1 : 3;
        for (int users : quick ? List.of(2_000, 20_000) : List.of(10_000, 100_000, 1_000_000)) {
            for (int run = 1; run <= runs; run++) {
                recorder.record("scale-seeding", users + " users", run, ChildJvm.run(List.of("-Xmx3g"), SeedingRun.class,
                        List.of(String.valueOf(users)), CHILD_TIMEOUT));
            }
        }
        for (int users : List.of(1_000, large)) {
            long started = System.nanoTime();
            try (ServerProcess server = ServerProcess.start("3g", Duration.ofMinutes(10), ServerKind.FUSION_LARGE,
                    String.valueOf(users))) {
                double startSeconds = (System.nanoTime() - started) / 1e9;
                String endpoint = json(server.endpoint());
                for (int run = 1; run <= runs; run++) {
                    JsonNode figures = ChildJvm.run(List.of("-Xmx256m"), PageTimeRun.class,
                            List.of(endpoint, quick ? "50" : "500", quick ? "50" : "500"), CHILD_TIMEOUT);
                    ((ObjectNode) figures).put("seedAndStartSeconds", startSeconds);
                    recorder.record("scale-page", users + " users", run, figures);
                }
                if (users == large) {
                    for (int run = 1; run <= runs; run++) {
                        recorder.record("scale-scroll", "plain, no work", run, ChildJvm.run(List.of("-Xmx64m"),
                                ScrollRun.class, List.of(endpoint, "999", "0", "plain"), CHILD_TIMEOUT));
                    }
                }
            }
        }
        List<String> drafts = quick ? List.of("200", "2000") : List.of("1000", "100000");
        for (int run = 1; run <= runs; run++) {
            List<String> args = new ArrayList<>(List.of(String.valueOf(large)));
            args.addAll(drafts);
            recorder.record("scale-vsxi", large + " committed users", run,
                    ChildJvm.run(List.of("-Xmx4g"), VsxiScaleRun.class, args, CHILD_TIMEOUT));
        }
    }

    private static String json(Endpoint endpoint) {
        try {
            return new ObjectMapper().writeValueAsString(endpoint);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
