package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.async.UsersApiAsync;
import io.teamsdr.fusion.model.TeamsUser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fans out many async GET user calls over one client against the fake, as an operator's service
 * would over hundreds of tenants: every call is started at once and the client's concurrency limit
 * spreads them. Measures the wall time, errors, the JVM's thread growth (peak live threads over the
 * count before the first call) and the TCP connections to the server (sampled from {@code /proc}).
 *
 * <p>{@code sdk} uses {@code async().msTeams(...).users().get} with {@code maxConcurrentRequests(limit)}; {@code raw}
 * is what a developer writes with {@code HttpClient.sendAsync} and Jackson for the same limit:
 * {@code limit} chains, each starting the next request when its answer is decoded.
 *
 * <p>Arguments: endpoint JSON, {@code sdk|raw}, calls, limit, warm-up calls.
 */
public final class AsyncFanOutRun {
    private static final long SAMPLE_MILLIS = 5;
    /** The name {@code new Thread(task)} gives: the JDK's one-off threads (see {@link RunAll}'s async phase). */
    private static final String UNNAMED = "Thread-";

    private AsyncFanOutRun() {
    }

    /**
     * Runs the fan-out and prints the figures.
     *
     * @param args endpoint JSON, client, calls, limit, warm-up calls
     * @throws Exception when the run cannot start
     */
    public static void main(String[] args) throws Exception {
        Endpoint endpoint = new ObjectMapper().readValue(args[0], Endpoint.class);
        boolean raw = args[1].equals("raw");
        int calls = Integer.parseInt(args[2]);
        int limit = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        TcpConnections connections = new TcpConnections(endpoint.uri().getPort());
        Sampler sampler = new Sampler(connections);
        sampler.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (FusionClient client = FusionClient.builder().endpoint(endpoint.uri())
                .credentials(FusionCredentials.token(endpoint.token())).maxConcurrentRequests(limit).build()) {
            UsersApiAsync users = client.async().msTeams(Subscription.of(endpoint.draasInstance(), endpoint.tenantUuid(),
                    endpoint.subscriptionId())).users();
            RawFusionClient rawClient = new RawFusionClient(endpoint);
            String id = endpoint.userId();
            int threadsBefore = threads.getThreadCount();
            threads.resetPeakThreadCount();
            fanOut(raw, users, rawClient, id, warmup, limit, new AtomicLong(), new ConcurrentHashMap<>());
            AtomicLong errors = new AtomicLong();
            Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
            double cpuAtStart = ProcessCpu.millis();
            double serverCpuAtStart = ProcessCpu.millisOf(endpoint.pid());
            long started = System.nanoTime();
            fanOut(raw, users, rawClient, id, calls, limit, errors, errorKinds);
            long elapsed = System.nanoTime() - started;
            double cpu = ProcessCpu.millis() - cpuAtStart;
            double serverCpu = ProcessCpu.millisOf(endpoint.pid()) - serverCpuAtStart;
            sampler.halt();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("client", raw ? "raw" : "sdk");
            figures.put("calls", calls);
            figures.put("limit", limit);
            figures.put("errors", errors.get());
            figures.put("errorKinds", errorKinds);
            figures.put("elapsedMs", elapsed / 1e6);
            figures.put("callsPerSecond", calls / (elapsed / 1e9));
            figures.put("threadsBefore", threadsBefore);
            figures.put("threadsPeak", threads.getPeakThreadCount());
            figures.put("threadGrowth", threads.getPeakThreadCount() - threadsBefore);
            figures.put("namedThreadGrowth", sampler.namedPeak - threadsBefore);
            figures.put("connectionsPeak", connections.peak());
            figures.put("connectionsDistinct", connections.distinct());
            figures.put("connectionSampleMs", SAMPLE_MILLIS);
            figures.put("clientCpuMs", cpu);
            figures.put("serverCpuMs", serverCpu);
            ChildJvm.printResult(figures);
        }
    }

    private static void fanOut(boolean raw, UsersApiAsync users, RawFusionClient rawClient, String id, int calls, int limit,
                               AtomicLong errors, Map<String, Integer> errorKinds) {
        List<CompletableFuture<TeamsUser>> all = new ArrayList<>(calls);
        if (raw) {
            all.addAll(rawClient.getUsersAsync(id, calls, limit));
        } else {
            for (int i = 0; i < calls; i++) {
                all.add(users.get(id));
            }
        }
        for (CompletableFuture<TeamsUser> call : all) {
            try {
                call.join();
            } catch (RuntimeException failure) {
                errors.incrementAndGet();
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                errorKinds.merge(cause.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
    }

    /**
     * Samples the connections, and the live threads other than the JDK's unnamed one-off ones, every
     * few milliseconds until halted; started before the thread baseline.
     */
    private static final class Sampler extends Thread {
        private final TcpConnections connections;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private volatile boolean running = true;
        private volatile int namedPeak;

        Sampler(TcpConnections connections) {
            super("connection-sampler");
            setDaemon(true);
            this.connections = connections;
        }

        @Override
        public void run() {
            while (running) {
                connections.sample();
                int named = 0;
                for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                    if (info != null && !info.getThreadName().startsWith(UNNAMED)) {
                        named++;
                    }
                }
                namedPeak = Math.max(namedPeak, named);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }

        void halt() throws InterruptedException {
            running = false;
            join();
            connections.sample();
        }
    }
}
