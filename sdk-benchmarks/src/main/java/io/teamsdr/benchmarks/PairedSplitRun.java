package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.UsersApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntToLongFunction;

/**
 * Where the SDK's extra time per GET goes, measured like {@link PairedCallRun} (calls in alternation in
 * one JVM, one thread, medians per round): the raw client, the raw client sending also the SDK's two
 * extra headers (its {@code User-Agent} and a fresh {@code X-Request-Id}), and the SDK. Each of the three
 * runs on an HTTP client of its own, built the same way (a client used for more of the calls would have
 * its threads warmer) and wrapped in a {@link SendClock}, so each call splits into the
 * time before the HTTP client's {@code send} (building the request: the SDK's own work), in it (the
 * exchange) and after it (decoding).
 *
 * <p>Arguments: endpoint JSON, warm-up seconds, rounds, calls of each kind per round.
 */
public final class PairedSplitRun {
    private static final String[] KINDS = {"raw", "rawHeaders", "sdk"};

    private PairedSplitRun() {
    }

    /**
     * Runs the rounds and prints the medians.
     *
     * @param args endpoint JSON, warm-up seconds, rounds, calls of each kind per round
     * @throws Exception when a call fails
     */
    public static void main(String[] args) throws Exception {
        Endpoint endpoint = new ObjectMapper().readValue(args[0], Endpoint.class);
        long warmupNanos = (long) (Double.parseDouble(args[1]) * 1e9);
        int rounds = Integer.parseInt(args[2]);
        int calls = Integer.parseInt(args[3]);
        SendClock sdkClock = new SendClock(RawFusionClient.newHttpClient());
        SendClock rawClock = new SendClock(RawFusionClient.newHttpClient());
        SendClock headersClock = new SendClock(RawFusionClient.newHttpClient());
        try (FusionClient client = FusionClient.builder()
                .endpoint(endpoint.uri())
                .credentials(FusionCredentials.token(endpoint.token()))
                .httpClient(sdkClock)
                .build()) {
            UsersApi users = Clients.msTeams(client, endpoint).users();
            RawFusionClient raw = new RawFusionClient(endpoint, rawClock);
            RawFusionClient rawWithHeaders = new RawFusionClient(endpoint, headersClock);
            String id = endpoint.userId();
            users.get(id);
            String userAgent = sdkClock.lastRequest().headers().firstValue("User-Agent").orElseThrow();
            Runnable[] kinds = {() -> raw.getUser(id), () -> rawWithHeaders.getUser(id, userAgent, requestId()), () -> users.get(id)};
            SendClock[] clocks = {rawClock, headersClock, sdkClock};
            long until = System.nanoTime() + warmupNanos;
            while (System.nanoTime() < until) {
                for (Runnable kind : kinds) {
                    kind.run();
                }
            }
            Map<String, List<Double>> perRound = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                long[][][] parts = new long[kinds.length][3][calls];
                for (int i = 0; i < calls; i++) {
                    for (int k = 0; k < kinds.length; k++) {
                        // Rotates the order so that no kind always runs right after the same other kind.
                        int c = (k + i) % kinds.length;
                        long started = System.nanoTime();
                        kinds[c].run();
                        long ended = System.nanoTime();
                        parts[c][0][i] = clocks[c].entered() - started;
                        parts[c][1][i] = clocks[c].left() - clocks[c].entered();
                        parts[c][2][i] = ended - clocks[c].left();
                    }
                }
                for (int c = 0; c < kinds.length; c++) {
                    long[][] p = parts[c];
                    add(perRound, KINDS[c] + "Us", median(p, i -> p[0][i] + p[1][i] + p[2][i]));
                    add(perRound, KINDS[c] + "BeforeUs", median(p, i -> p[0][i]));
                    add(perRound, KINDS[c] + "InUs", median(p, i -> p[1][i]));
                    add(perRound, KINDS[c] + "AfterUs", median(p, i -> p[2][i]));
                }
                List<Double> totals = perRound.get("rawUs");
                double rawUs = totals.get(totals.size() - 1);
                add(perRound, "sdkRatio", last(perRound, "sdkUs") / rawUs);
                add(perRound, "headersRatio", last(perRound, "rawHeadersUs") / rawUs);
                add(perRound, "sdkToHeadersRatio", last(perRound, "sdkUs") / last(perRound, "rawHeadersUs"));
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rounds", rounds);
            figures.put("callsPerRound", calls);
            perRound.forEach((name, values) -> figures.put(name, Stats.of(values).median()));
            ChildJvm.printResult(figures);
        }
    }

    /** A request id made as the SDK makes its own. */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    private static double median(long[][] parts, IntToLongFunction nanosOfCall) {
        long[] nanos = new long[parts[0].length];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = nanosOfCall.applyAsLong(i);
        }
        return new Percentiles(nanos).millis(50) * 1000;
    }

    private static void add(Map<String, List<Double>> perRound, String name, double value) {
        perRound.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    private static double last(Map<String, List<Double>> perRound, String name) {
        List<Double> values = perRound.get(name);
        return values.get(values.size() - 1);
    }
}
