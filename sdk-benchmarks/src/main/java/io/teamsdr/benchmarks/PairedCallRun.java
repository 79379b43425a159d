package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.UsersApi;
import io.teamsdr.fusion.model.UserUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's time per call against the raw reference's, measured in alternation: each round makes
 * the SDK call and the raw call one after the other, many times, and compares their median
 * latencies. Both sides see the same machine at the same moment, so the ratio holds on a busy
 * machine where separate JMH trials drift. One caller thread, after a warm-up.
 *
 * <p>Arguments: endpoint JSON, warm-up seconds, rounds, pairs per round.
 */
public final class PairedCallRun {
    private PairedCallRun() {
    }

    /**
     * Runs the rounds and prints the per-round medians and ratios.
     *
     * @param args endpoint JSON, warm-up seconds, rounds, pairs per round
     * @throws Exception when a call fails
     */
    public static void main(String[] args) throws Exception {
        Endpoint endpoint = new ObjectMapper().readValue(args[0], Endpoint.class);
        long warmupNanos = (long) (Double.parseDouble(args[1]) * 1e9);
        int rounds = Integer.parseInt(args[2]);
        int pairs = Integer.parseInt(args[3]);
        try (FusionClient client = Clients.fusion(endpoint)) {
            UsersApi users = Clients.msTeams(client, endpoint).users();
            RawFusionClient raw = new RawFusionClient(endpoint);
            UserUpdate update = UserUpdate.builder().displayName(ReplayServer.UPDATE.displayName())
                    .location(ReplayServer.UPDATE.location()).build();
            String id = endpoint.userId();
            Runnable[] calls = {() -> users.get(id), () -> raw.getUser(id),
                () -> users.update(id, update), () -> raw.updateUser(id, ReplayServer.UPDATE)};
            long until = System.nanoTime() + warmupNanos;
            while (System.nanoTime() < until) {
                for (Runnable call : calls) {
                    call.run();
                }
            }
            List<Double> getRatios = new ArrayList<>();
            List<Double> putRatios = new ArrayList<>();
            List<Map<String, Double>> medians = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long[][] nanos = new long[calls.length][pairs];
                for (int i = 0; i < pairs; i++) {
                    // The order alternates so that neither side always runs right after the other.
                    for (int k = 0; k < calls.length; k++) {
                        int c = i % 2 == 0 ? k : k ^ 1;
                        long started = System.nanoTime();
                        calls[c].run();
                        nanos[c][i] = System.nanoTime() - started;
                    }
                }
                Map<String, Double> median = new LinkedHashMap<>();
                median.put("sdkGetUs", new Percentiles(nanos[0]).millis(50) * 1000);
                median.put("rawGetUs", new Percentiles(nanos[1]).millis(50) * 1000);
                median.put("sdkPutUs", new Percentiles(nanos[2]).millis(50) * 1000);
                median.put("rawPutUs", new Percentiles(nanos[3]).millis(50) * 1000);
                medians.add(median);
                getRatios.add(median.get("sdkGetUs") / median.get("rawGetUs"));
                putRatios.add(median.get("sdkPutUs") / median.get("rawPutUs"));
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rounds", rounds);
            figures.put("pairsPerRound", pairs);
            figures.put("getRatio", Stats.of(getRatios).median());
            figures.put("putRatio", Stats.of(putRatios).median());
            figures.put("sdkGetUs", Stats.of(medians.stream().map(m -> m.get("sdkGetUs")).toList()).median());
            figures.put("rawGetUs", Stats.of(medians.stream().map(m -> m.get("rawGetUs")).toList()).median());
            figures.put("sdkPutUs", Stats.of(medians.stream().map(m -> m.get("sdkPutUs")).toList()).median());
            figures.put("rawPutUs", Stats.of(medians.stream().map(m -> m.get("rawPutUs")).toList()).median());
            figures.put("roundMedians", medians);
            ChildJvm.printResult(figures);
        }
    }
}
