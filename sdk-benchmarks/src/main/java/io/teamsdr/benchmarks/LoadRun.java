package io.teamsdr.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second a server answers: concurrent clients, each with its own {@code HttpClient}
 * (so its own connection), send the same GET back to back; requests answered in the measured
 * window after a warm-up are counted.
 *
 * <p>Arguments: URL, Authorization header value, clients, warm-up seconds, measured seconds, server pid.
 */
public final class LoadRun {
    private LoadRun() {
    }

    /**
     * Runs the load.
     *
     * @param args URL, authorization, clients, warm-up seconds, measured seconds, server pid
     * @throws Exception when a client fails to start
     */
    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String authorization = args[1];
        int clients = Integer.parseInt(args[2]);
        long warmupNanos = (long) (Double.parseDouble(args[3]) * 1e9);
        long measureNanos = (long) (Double.parseDouble(args[4]) * 1e9);
        long serverPid = Long.parseLong(args[5]);
        AtomicLong answered = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long measureTo = measureFrom + measureNanos;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(url)
                    .header("Accept", "application/json")
                    .header("Authorization", authorization)
                    .GET().build();
            Thread thread = new Thread(() -> {
                long now;
                while ((now = System.nanoTime()) < measureTo) {
                    boolean counted = now >= measureFrom;
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (counted && System.nanoTime() <= measureTo) {
                            (response.statusCode() == 200 ? answered : errors).incrementAndGet();
                        }
                    } catch (Exception failure) {
                        if (counted) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }, "load-" + i);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        double serverCpuAtStart = ProcessCpu.millisOf(serverPid);
        for (Thread thread : threads) {
            thread.join();
        }
        double serverCpu = ProcessCpu.millisOf(serverPid) - serverCpuAtStart;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("answered", answered.get());
        figures.put("errors", errors.get());
        figures.put("requestsPerSecond", answered.get() / (measureNanos / 1e9));
        figures.put("serverCpuMs", serverCpu);
        figures.put("serverCpuMsPerRequest", serverCpu / answered.get());
        ChildJvm.printResult(figures);
    }
}
