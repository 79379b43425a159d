package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.UsersApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One shared {@link FusionClient}, many threads, a fixed number of GET user calls against the fake:
 * errors, calls per second and latency percentiles (from a sorted array of each call's nanoseconds).
 * A warm-up batch of calls runs first and is not counted. The {@code raw} mode makes the same calls
 * through one shared {@link RawFusionClient}, as the reference.
 *
 * <p>Arguments: endpoint JSON, {@code sdk} or {@code raw}, threads, calls, warm-up calls.
 */
public final class ConcurrencyRun {
    private ConcurrencyRun() {
    }

    /**
     * Runs the calls.
     *
     * @param args endpoint JSON, {@code sdk|raw}, threads, calls, warm-up calls
     * @throws Exception when the run cannot start
     */
    public static void main(String[] args) throws Exception {
        Endpoint endpoint = new ObjectMapper().readValue(args[0], Endpoint.class);
        boolean raw = args[1].equals("raw");
        int threads = Integer.parseInt(args[2]);
        int calls = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        try (FusionClient client = Clients.fusion(endpoint)) {
            UsersApi sdkUsers = Clients.msTeams(client, endpoint).users();
            RawFusionClient rawClient = new RawFusionClient(endpoint);
            Consumer<String> users = raw ? rawClient::getUser : sdkUsers::get;
            run(users, endpoint.userId(), threads, warmup, new long[warmup], new AtomicLong(), new ConcurrentHashMap<>());
            long[] nanos = new long[calls];
            AtomicLong errors = new AtomicLong();
            Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
            double cpuAtStart = ProcessCpu.millis();
            double serverCpuAtStart = ProcessCpu.millisOf(endpoint.pid());
            long started = System.nanoTime();
            run(users, endpoint.userId(), threads, calls, nanos, errors, errorKinds);
            long elapsed = System.nanoTime() - started;
            double cpu = ProcessCpu.millis() - cpuAtStart;
            double serverCpu = ProcessCpu.millisOf(endpoint.pid()) - serverCpuAtStart;
            Percentiles latency = new Percentiles(nanos);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("client", raw ? "raw" : "sdk");
            figures.put("threads", threads);
            figures.put("calls", calls);
            figures.put("errors", errors.get());
            figures.put("errorKinds", errorKinds);
            figures.put("elapsedMs", elapsed / 1e6);
            figures.put("callsPerSecond", calls / (elapsed / 1e9));
            figures.put("clientCpuMs", cpu);
            figures.put("serverCpuMs", serverCpu);
            figures.put("p50Ms", latency.millis(50));
            figures.put("p90Ms", latency.millis(90));
            figures.put("p99Ms", latency.millis(99));
            figures.put("p999Ms", latency.millis(99.9));
            figures.put("maxMs", latency.maxMillis());
            ChildJvm.printResult(figures);
        }
    }

    private static void run(Consumer<String> users, String userId, int threads, int calls, long[] nanos, AtomicLong errors,
                            Map<String, Integer> errorKinds) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < calls) {
                    long started = System.nanoTime();
                    try {
                        users.accept(userId);
                    } catch (RuntimeException failure) {
                        errors.incrementAndGet();
                        errorKinds.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    nanos[i] = System.nanoTime() - started;
                }
            }, "caller-" + t);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
    }
}
