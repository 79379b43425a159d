package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.RequestJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the whole-process benchmarks (paired SDK/raw calls, connection reuse, scroll, upload, testkit against WireMock,
 * concurrency, provisioning plan): servers
 * and measured clients each in a JVM of their own, every variant repeated and interleaved, every run
 * kept in {@code runs.json} and {@code runs.csv}.
 *
 * <p>Arguments: the results folder, then optionally {@code --quick} and {@code --only=a,b} with phases
 * among {@code paired, connections, scroll, upload, testkit, standalone, concurrency, async, provisioning, scale}.
 */
public final class RunAll {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(10);

    private final RunSettings settings;
    private final Path results;
    private final List<ObjectNode> runs = new ArrayList<>();

    private RunAll(RunSettings settings, Path results) {
        this.settings = settings;
        this.results = results;
    }

    /**
     * Runs the phases and writes the raw results.
     *
     * @param args the results folder and options
     * @throws IOException when the results cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        RunSettings settings = RunSettings.full();
        Set<String> phases = Set.of("paired", "connections", "scroll", "upload", "testkit", "standalone", "concurrency", "async",
                "provisioning", "scale");
        boolean quick = false;
        for (String arg : List.of(args).subList(1, args.length)) {
            if (arg.equals("--quick")) {
                settings = RunSettings.quick();
                quick = true;
            } else if (arg.startsWith("--only=")) {
                phases = Set.of(arg.substring("--only=".length()).split(","));
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Files.createDirectories(results);
        RunAll all = new RunAll(settings, results);
        JSON.writeValue(results.resolve("settings.json").toFile(), settings);
        if (phases.contains("paired")) {
            all.paired();
        }
        if (phases.contains("connections")) {
            all.connections();
        }
        if (phases.contains("scroll")) {
            all.scroll();
        }
        if (phases.contains("upload")) {
            all.upload();
        }
        if (phases.contains("testkit")) {
            all.testkit();
        }
        if (phases.contains("standalone")) {
            StandalonePhase.run(all.settings, all::record);
        }
        if (phases.contains("concurrency")) {
            all.concurrency();
        }
        if (phases.contains("async")) {
            all.async();
        }
        if (phases.contains("provisioning")) {
            // 100,000 users is the target; -Dteamsdr.bench.provisioningUsers=N runs another size.
            int users = Integer.getInteger("teamsdr.bench.provisioningUsers", quick ? 2_000 : 100_000);
            ProvisioningPlanRun.measure(users, settings.runs(), List.of("fresh", "steady"),
                    (variant, figures) -> all.record("provisioning", variant, figures.path("run").asInt(), figures));
        }
        if (phases.contains("scale")) {
            new ScaleRuns(quick, all::record).run();
        }
        all.write();
    }

    private void paired() {
        for (ServerKind kind : List.of(ServerKind.FIXED, ServerKind.FUSION_DEMO)) {
            try (ServerProcess server = ServerProcess.start("512m", Duration.ofMinutes(2), kind)) {
                String endpoint = json(server.endpoint());
                for (int run = 1; run <= settings.runs(); run++) {
                    record("paired", kind.name(), run, ChildJvm.run(List.of("-Xmx256m"), PairedCallRun.class,
                            List.of(endpoint, String.valueOf(settings.pairedWarmupSeconds()),
                                    String.valueOf(settings.pairedRounds()), String.valueOf(settings.pairedCalls())),
                            CHILD_TIMEOUT));
                    record("pairedSplit", kind.name(), run, ChildJvm.run(List.of("-Xmx256m"), PairedSplitRun.class,
                            List.of(endpoint, String.valueOf(settings.pairedWarmupSeconds()),
                                    String.valueOf(settings.pairedRounds()), String.valueOf(settings.pairedCalls())),
                            CHILD_TIMEOUT));
                }
            }
        }
    }

    private void connections() {
        try (ServerProcess fixed = ServerProcess.start("256m", Duration.ofMinutes(2), ServerKind.FIXED)) {
            String endpoint = json(fixed.endpoint());
            for (int run = 1; run <= settings.runs(); run++) {
                for (String call : List.of("GET user", "PUT user")) {
                    for (String client : List.of("SDK", "raw")) {
                        record("connections", client + " " + call, run, ChildJvm.run(List.of(), ConnectionReuseRun.class,
                                List.of(endpoint, client.toLowerCase(Locale.ROOT),
                                        call.substring(0, 3).toLowerCase(Locale.ROOT),
                                        String.valueOf(settings.reuseCalls())), CHILD_TIMEOUT));
                    }
                }
            }
        }
    }

    private void scroll() {
        for (int users : settings.seedingSizes()) {
            record("seeding", users + " users", 1,
                    ChildJvm.run(List.of("-Xmx2g"), SeedingRun.class, List.of(String.valueOf(users)), CHILD_TIMEOUT));
        }
        String pageSize = String.valueOf(settings.pageSize());
        long started = System.nanoTime();
        try (ServerProcess fusion = ServerProcess.start("2g", Duration.ofMinutes(10), ServerKind.FUSION_LARGE,
                String.valueOf(settings.fakeScrollUsers()))) {
            record("scroll-fake", "server start", 0, JSON.createObjectNode()
                    .put("users", settings.fakeScrollUsers())
                    .put("seedAndStartSeconds", (System.nanoTime() - started) / 1e9));
            scrollVariants("scroll-fake", fusion);
        }
        try (ServerProcess pages = ServerProcess.start("1g", Duration.ofMinutes(5), ServerKind.FUSION_PAGES,
                String.valueOf(settings.scrollUsers()), pageSize)) {
            scrollVariants("scroll-replay", pages);
        }
    }

    /** Without work (the network's time), with work, with work and prefetch; after one warm-up run. */
    private void scrollVariants(String phase, ServerProcess server) {
        String endpoint = json(server.endpoint());
        List<String> heap = List.of("-Xmx" + settings.clientHeap());
        String pageSize = String.valueOf(settings.pageSize());
        String work = String.valueOf(settings.workMillis());
        // Warms the server's code paths so that the first measured variant is not penalized.
        ChildJvm.run(heap, ScrollRun.class, List.of(endpoint, pageSize, "0", "plain"), CHILD_TIMEOUT);
        for (int run = 1; run <= settings.runs(); run++) {
            record(phase, "plain, no work", run,
                    ChildJvm.run(heap, ScrollRun.class, List.of(endpoint, pageSize, "0", "plain"), CHILD_TIMEOUT));
            record(phase, "plain, work", run,
                    ChildJvm.run(heap, ScrollRun.class, List.of(endpoint, pageSize, work, "plain"), CHILD_TIMEOUT));
            record(phase, "prefetch, work", run,
                    ChildJvm.run(heap, ScrollRun.class, List.of(endpoint, pageSize, work, "prefetch"), CHILD_TIMEOUT));
        }
    }

    private void upload() {
        try (ServerProcess vsxi = ServerProcess.start("4g", Duration.ofMinutes(2), ServerKind.VSXI)) {
            String endpoint = json(vsxi.endpoint());
            String warmup = String.valueOf(settings.uploadWarmupRows());
            for (int run = 1; run <= settings.runs(); run++) {
                for (String heap : settings.uploadHeaps()) {
                    for (long rows : settings.uploadRows()) {
                        record("upload", rows + " rows, -Xmx" + heap, run,
                                uploadOrFailure(List.of("-Xmx" + heap), endpoint, rows, warmup));
                    }
                }
            }
        }
    }

    /** An upload that runs out of memory is a result to publish, not a reason to stop. */
    private JsonNode uploadOrFailure(List<String> heap, String endpoint, long rows, String warmup) {
        try {
            return ChildJvm.run(heap, UploadRun.class, List.of(endpoint, String.valueOf(rows), warmup), CHILD_TIMEOUT);
        } catch (IllegalStateException failure) {
            String message = failure.getMessage();
            return JSON.createObjectNode().put("rows", rows).put("failed", true)
                    .put("reason", message.contains("OutOfMemoryError") ? "OutOfMemoryError" : message);
        }
    }

    private void testkit() throws IOException {
        try (ServerProcess fake = ServerProcess.start("512m", Duration.ofMinutes(2), ServerKind.FUSION_DEMO)) {
            Endpoint endpoint = fake.endpoint();
            String statusPath = endpoint.subscriptionPath() + "/msteams/status";
            String authorization = "Bearer " + endpoint.token();
            Path statusJson = Files.createTempFile("teamsdr-bench-status", ".json");
            try {
                Files.writeString(statusJson, get(endpoint.baseUrl() + statusPath, authorization), StandardCharsets.UTF_8);
                for (int run = 1; run <= settings.startupRuns(); run++) {
                    for (String kind : List.of("fake-demo", "fake-empty", "vsxi-demo", "wiremock", "floor")) {
                        List<String> args = switch (kind) {
                            case "wiremock" -> List.of(kind, statusJson.toString(), statusPath);
                            case "floor" -> List.of(kind, statusJson.toString());
                            default -> List.of(kind);
                        };
                        record("startup", kind, run, ChildJvm.run(List.of(), StartupRun.class, args, CHILD_TIMEOUT));
                    }
                }
                // Fresh servers for every run: WireMock's default journal keeps every request, so one server
                // serving all runs would spend the later ones collecting garbage in a full heap.
                for (int run = 1; run <= settings.runs(); run++) {
                    try (ServerProcess freshFake = ServerProcess.start("512m", Duration.ofMinutes(2), ServerKind.FUSION_DEMO);
                         ServerProcess wireMock = ServerProcess.start("512m", Duration.ofMinutes(2), ServerKind.WIREMOCK,
                                 statusJson.toString(), statusPath);
                         ServerProcess cappedWireMock = ServerProcess.start("512m", Duration.ofMinutes(2),
                                 ServerKind.WIREMOCK, statusJson.toString(), statusPath,
                                 String.valueOf(RequestJournal.DEFAULT_MAX_ENTRIES))) {
                        Map<String, ServerProcess> servers = new LinkedHashMap<>();
                        servers.put("FakeFusionServer", freshFake);
                        servers.put("WireMock, defaults", wireMock);
                        servers.put("WireMock, journal capped like the fake's", cappedWireMock);
                        for (Map.Entry<String, ServerProcess> server : servers.entrySet()) {
                            Endpoint target = server.getValue().endpoint();
                            boolean isFake = server.getValue() == freshFake;
                            String freshStatusPath = isFake ? target.subscriptionPath() + "/msteams/status" : statusPath;
                            String freshAuthorization = isFake ? "Bearer " + target.token() : authorization;
                            // WireMock needs over 10 s to reach its pace, hence the longer warm-up of every server.
                            List<String> args = List.of(target.baseUrl() + freshStatusPath, freshAuthorization,
                                    String.valueOf(settings.loadClients()), String.valueOf(settings.loadWarmupSeconds() + 10),
                                    String.valueOf(settings.loadSeconds()), String.valueOf(target.pid()));
                            record("load", server.getKey(), run, ChildJvm.run(List.of("-Xmx256m"), LoadRun.class, args, CHILD_TIMEOUT));
                            record("load-raw", server.getKey(), run, ChildJvm.run(List.of("-Xmx256m"), RawLoadRun.class, args, CHILD_TIMEOUT));
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(statusJson);
            }
        }
    }

    private void concurrency() {
        try (ServerProcess fake = ServerProcess.start("512m", Duration.ofMinutes(2), ServerKind.FUSION_DEMO)) {
            String endpoint = json(fake.endpoint());
            for (int run = 1; run <= settings.runs(); run++) {
                for (String client : List.of("SDK", "raw")) {
                    record("concurrency", client, run, ChildJvm.run(List.of("-Xmx" + settings.clientHeap()),
                            ConcurrencyRun.class, List.of(endpoint, client.toLowerCase(Locale.ROOT),
                                    String.valueOf(settings.threads()), String.valueOf(settings.calls()),
                                    String.valueOf(settings.warmupCalls())), CHILD_TIMEOUT));
                }
            }
        }
    }

    /**
     * Async fan-out over one client, SDK and raw alternating, against the same fake. Each runs twice: as
     * the JVM comes, and with the common pool given two threads. On a machine of two cores the JDK's
     * {@code HttpClient.sendAsync} hands every completed exchange to a new thread (the default executor of
     * {@code CompletableFuture} when the common pool has one thread), which SDK and raw client pay alike;
     * with more cores, or that setting, it uses the common pool.
     */
    private void async() {
        Map<String, List<String>> jvms = new LinkedHashMap<>();
        jvms.put("", List.of("-Xmx256m"));
        jvms.put(", common pool 2", List.of("-Xmx256m", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"));
        try (ServerProcess fake = ServerProcess.start("512m", Duration.ofMinutes(2), ServerKind.FUSION_DEMO)) {
            String endpoint = json(fake.endpoint());
            for (int run = 1; run <= settings.runs(); run++) {
                for (Map.Entry<String, List<String>> jvm : jvms.entrySet()) {
                    for (String client : List.of("SDK", "raw")) {
                        record("async", client + jvm.getKey(), run, ChildJvm.run(jvm.getValue(), AsyncFanOutRun.class,
                                List.of(endpoint, client.toLowerCase(Locale.ROOT), String.valueOf(settings.asyncCalls()),
                                        String.valueOf(settings.asyncLimit()), String.valueOf(settings.asyncWarmupCalls())),
                                CHILD_TIMEOUT));
                    }
                }
            }
        }
    }

    private void record(String phase, String variant, int run, JsonNode figures) {
        ObjectNode entry = JSON.createObjectNode().put("phase", phase).put("variant", variant).put("run", run);
        entry.set("figures", figures);
        runs.add(entry);
        System.out.printf("%-12s %-20s run %d  %s%n", phase, variant, run, figures);
        try {
            // Written after every run, so a phase that hangs or a run that is stopped keeps what was measured.
            write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() throws IOException {
        JSON.writeValue(results.resolve("runs.json").toFile(), runs);
        StringBuilder csv = new StringBuilder("phase,variant,run,metric,value\n");
        for (ObjectNode entry : runs) {
            Iterator<Map.Entry<String, JsonNode>> fields = entry.get("figures").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isValueNode()) {
                    csv.append(entry.get("phase").asText()).append(',').append(entry.get("variant").asText()).append(',')
                            .append(entry.get("run").asInt()).append(',').append(field.getKey()).append(',')
                            .append(csvValue(field.getValue().asText())).append('\n');
                }
            }
        }
        Files.writeString(results.resolve("runs.csv"), csv, StandardCharsets.UTF_8);
    }

    private static String csvValue(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String json(Endpoint endpoint) {
        try {
            return new ObjectMapper().writeValueAsString(endpoint);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String get(String url, String authorization) throws IOException {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }
}
