package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the raw results of one run (JMH JSON, {@code runs.json}, {@code machine.json}) into the
 * Markdown tables of {@code summary.md}: every figure as min / median / max over its repetitions,
 * and the ratios against the references measured in the same run.
 *
 * <p>Argument: the results folder.
 */
public final class Summary {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MB = 1024 * 1024;

    private final Path results;
    private final StringBuilder out = new StringBuilder();
    private final List<JsonNode> runs = new ArrayList<>();

    private Summary(Path results) {
        this.results = results;
    }

    /**
     * Writes {@code summary.md} beside the raw results and prints it.
     *
     * @param args the results folder
     * @throws IOException when a result file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Summary summary = new Summary(Path.of(args[0]));
        summary.build();
        Files.writeString(summary.results.resolve("summary.md"), summary.out, StandardCharsets.UTF_8);
        System.out.print(summary.out);
    }

    private void build() throws IOException {
        Optional<JsonNode> machine = read("machine.json");
        if (machine.isPresent()) {
            JsonNode m = machine.get();
            line("Machine: %s, %d cores, %s GiB RAM; %s %s (%s); %s. Run started %s at commit %s (%s files of the measured "
                            + "modules not committed); Maven processes running at start: %s; load average at start: %s.",
                    m.path("cpu").asText(), m.path("cores").asInt(), m.path("memoryGiB").asText(),
                    m.path("vmName").asText(), m.path("javaVersion").asText(), m.path("gc").asText(), m.path("os").asText(),
                    m.path("startedAt").asText(), m.path("commit").asText(), m.path("uncommittedFiles").asText(),
                    m.path("mavenProcesses").asText(), m.path("loadAverage").asText());
            line("");
        }
        read("runs.json").ifPresent(node -> node.forEach(runs::add));
        Optional<JsonNode> jmh = read("jmh-call-overhead.json");
        if (jmh.isPresent()) {
            callOverhead(jmh.get());
        }
        if (has("paired")) {
            paired();
        }
        if (has("connections")) {
            connections();
        }
        Optional<JsonNode> parts = read("jmh-parts.json");
        if (parts.isPresent()) {
            parts(parts.get());
        }
        if (has("seeding")) {
            seeding();
        }
        if (has("scroll-fake")) {
            scroll("scroll-fake", "2b. Infinite scroll against FakeFusionServer");
        }
        if (has("scroll-replay")) {
            scroll("scroll-replay", "2c. Infinite scroll of the large tenant, pages replayed from the fake");
        }
        if (has("upload")) {
            upload();
        }
        if (has("startup") || has("load") || has("standalone")) {
            testkit();
        }
        if (has("concurrency")) {
            concurrency();
        }
        if (has("async")) {
            async();
        }
        Optional<JsonNode> listener = read("jmh-listener.json");
        if (listener.isPresent()) {
            listener(listener.get());
        }
        if (has("provisioning")) {
            provisioning();
        }
        out.append(ScaleSummary.markdown(runs));
    }

    private void callOverhead(JsonNode jmh) {
        line("## 1. Call overhead (JMH, 1 thread; time per call and bytes allocated per call, `-prof gc`)");
        line("");
        line("| server | call | SDK µs/call | raw µs/call | time SDK/raw | SDK B/call | raw B/call | alloc SDK/raw |");
        line("|---|---|---|---|---|---|---|---|");
        for (String server : List.of("FIXED", "FUSION_DEMO")) {
            for (String call : List.of("GetUser", "PutUser")) {
                Optional<JsonNode> sdk = benchmark(jmh, "sdk" + call, server);
                Optional<JsonNode> raw = benchmark(jmh, "raw" + call, server);
                if (sdk.isEmpty() || raw.isEmpty()) {
                    continue;
                }
                Stats sdkTime = iterations(sdk.get().path("primaryMetric"));
                Stats rawTime = iterations(raw.get().path("primaryMetric"));
                Stats sdkAlloc = iterations(sdk.get().path("secondaryMetrics").path("gc.alloc.rate.norm"));
                Stats rawAlloc = iterations(raw.get().path("secondaryMetrics").path("gc.alloc.rate.norm"));
                line("| %s | %s | %s | %s | **%.2f** | %s | %s | **%.2f** |", server, call.equals("GetUser") ? "GET user (#6)"
                                : "PUT user (#8)", range(sdkTime, "%.1f"), range(rawTime, "%.1f"),
                        sdkTime.median() / rawTime.median(), range(sdkAlloc, "%.0f"), range(rawAlloc, "%.0f"),
                        sdkAlloc.median() / rawAlloc.median());
            }
        }
        line("");
        line("Each cell: min / **median** / max over the measured iterations of all forks; ratios of medians. "
                + "Targets (#12): allocation ≤ 1.25; time ≤ 1.05 is read from the paired figures below, which see "
                + "both sides under the same conditions.");
        line("");
        line("GET user with the raw client reading the body as the SDK does (`BodyHandlers.ofInputStream()` + "
                + "`readAllBytes()`), to split the SDK's difference between its own code and that choice:");
        line("");
        line("| server | raw, body as stream µs/call | B/call | time vs raw | time SDK vs this |");
        line("|---|---|---|---|---|");
        for (String server : benchmark(jmh, "rawStreamGetUser", "FIXED").isPresent()
                ? List.of("FIXED", "FUSION_DEMO") : List.<String>of()) {
            Optional<JsonNode> stream = benchmark(jmh, "rawStreamGetUser", server);
            Optional<JsonNode> raw = benchmark(jmh, "rawGetUser", server);
            Optional<JsonNode> sdk = benchmark(jmh, "sdkGetUser", server);
            if (stream.isEmpty() || raw.isEmpty() || sdk.isEmpty()) {
                continue;
            }
            Stats time = iterations(stream.get().path("primaryMetric"));
            line("| %s | %s | %s | %.2f | %.2f |", server, range(time, "%.1f"),
                    range(iterations(stream.get().path("secondaryMetrics").path("gc.alloc.rate.norm")), "%.0f"),
                    time.median() / iterations(raw.get().path("primaryMetric")).median(),
                    iterations(sdk.get().path("primaryMetric")).median() / time.median());
        }
        line("");
    }

    private void paired() {
        line("Time per call measured in alternation (SDK call, raw call, SDK call... in one JVM, one thread, after a "
                + "%s s warm-up; %s rounds of %s pairs; per round the ratio of median latencies; one JVM per run):",
                setting("pairedWarmupSeconds"), setting("pairedRounds"), setting("pairedCalls"));
        line("");
        line("| server | SDK GET µs | raw GET µs | **GET SDK/raw** | SDK PUT µs | raw PUT µs | **PUT SDK/raw** |");
        line("|---|---|---|---|---|---|---|");
        for (String variant : variants("paired")) {
            line("| %s | %s | %s | %s | %s | %s | %s |", variant,
                    range(stats("paired", variant, "sdkGetUs", 1), "%.0f"),
                    range(stats("paired", variant, "rawGetUs", 1), "%.0f"),
                    range(stats("paired", variant, "getRatio", 1), "%.2f"),
                    range(stats("paired", variant, "sdkPutUs", 1), "%.0f"),
                    range(stats("paired", variant, "rawPutUs", 1), "%.0f"),
                    range(stats("paired", variant, "putRatio", 1), "%.2f"));
        }
        line("");
        if (has("pairedSplit")) {
            pairedSplit();
        }
    }

    private void pairedSplit() {
        line("**1c, split: where the paired gap goes.** GET user measured the same way, three calls in turn: raw, raw "
                + "sending also the SDK's two extra headers (its `User-Agent` and a fresh `X-Request-Id`), and the "
                + "SDK, each on an HTTP client of its own, built alike and wrapped to note when `send` is entered and "
                + "left: *before* is building the request, *in* the exchange, *after* decoding (medians, µs):");
        line("");
        line("| server | raw µs | raw + SDK headers µs | SDK µs | **headers/raw** | **SDK/raw** | **SDK/(raw + headers)** "
                + "| before: raw / SDK | in: raw / SDK | after: raw / SDK |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String variant : variants("pairedSplit")) {
            line("| %s | %s | %s | %s | %s | %s | %s | %.1f / %.1f | %.0f / %.0f | %.1f / %.1f |", variant,
                    range(stats("pairedSplit", variant, "rawUs", 1), "%.0f"),
                    range(stats("pairedSplit", variant, "rawHeadersUs", 1), "%.0f"),
                    range(stats("pairedSplit", variant, "sdkUs", 1), "%.0f"),
                    range(stats("pairedSplit", variant, "headersRatio", 1), "%.2f"),
                    range(stats("pairedSplit", variant, "sdkRatio", 1), "%.2f"),
                    range(stats("pairedSplit", variant, "sdkToHeadersRatio", 1), "%.2f"),
                    stats("pairedSplit", variant, "rawBeforeUs", 1).median(), stats("pairedSplit", variant, "sdkBeforeUs", 1).median(),
                    stats("pairedSplit", variant, "rawInUs", 1).median(), stats("pairedSplit", variant, "sdkInUs", 1).median(),
                    stats("pairedSplit", variant, "rawAfterUs", 1).median(), stats("pairedSplit", variant, "sdkAfterUs", 1).median());
        }
        line("");
    }

    private void connections() {
        line("New TCP connections the server saw while one client made %s calls in a row (FIXED server; "
                + "a client that keeps its connection opens 1):", setting("reuseCalls"));
        line("");
        line("| client, call | new connections (min / median / max) |");
        line("|---|---|");
        for (String variant : variants("connections")) {
            line("| %s | %s |", variant, range(stats("connections", variant, "newConnections", 1), "%.0f"));
        }
        line("");
    }

    private void parts(JsonNode jmh) {
        line("## 1b. Where the SDK's per-call time and allocation go (JMH, `-prof gc`)");
        line("");
        line("| operation | ns/op (min / median / max) | B/op (median) |");
        line("|---|---|---|");
        for (JsonNode benchmark : jmh) {
            String name = benchmark.path("benchmark").asText();
            Stats time = iterations(benchmark.path("primaryMetric"));
            Stats alloc = iterations(benchmark.path("secondaryMetrics").path("gc.alloc.rate.norm"));
            line("| %s | %s | %.0f |", name.substring(name.lastIndexOf('.') + 1), range(time, "%.0f"), alloc.median());
        }
        line("");
    }

    private void seeding() {
        line("## 2a. Seeding a Fusion tenant with the testkit DSL (`FusionSeed` build alone, one JVM per size)");
        line("");
        line("| users | seconds | µs per user |");
        line("|---|---|---|");
        for (String variant : variants("seeding")) {
            line("| %s | %.1f | %.0f |", variant, stats("seeding", variant, "seedSeconds", 1).median(),
                    stats("seeding", variant, "microsPerUser", 1).median());
        }
        line("");
    }

    private void scroll(String phase, String title) {
        line("## %s (client JVM `-Xmx%s`, page size %s, %s ms of caller work per page where said)", title,
                setting("clientHeap"), setting("pageSize"), setting("workMillis"));
        line("");
        for (JsonNode run : runsOf(phase, "server start")) {
            line("Server: FakeFusionServer in its own JVM, %d users seeded with the DSL; seed and start took %.0f s.",
                    run.path("figures").path("users").asInt(), run.path("figures").path("seedAndStartSeconds").asDouble());
            line("");
        }
        line("| variant | users | users/s | elapsed s | waiting for pages s | caller work s | client CPU s | server CPU s | heap peak used MB | heap peak after GC MB |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String variant : List.of("plain, no work", "plain, work", "prefetch, work")) {
            line("| %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s |", variant, stats(phase, variant, "users", 1).median(),
                    range(stats(phase, variant, "usersPerSecond", 1), "%.0f"),
                    range(stats(phase, variant, "elapsedMs", 1000), "%.2f"),
                    range(stats(phase, variant, "waitMs", 1000), "%.2f"),
                    range(stats(phase, variant, "workMs", 1000), "%.2f"),
                    range(stats(phase, variant, "clientCpuMs", 1000), "%.2f"),
                    range(stats(phase, variant, "serverCpuMs", 1000), "%.2f"),
                    range(stats(phase, variant, "heapPeakUsedBytes", MB), "%.1f"),
                    range(stats(phase, variant, "heapPeakAfterGcBytes", MB), "%.1f"));
        }
        double network = stats(phase, "plain, no work", "elapsedMs", 1000).median();
        double work = stats(phase, "plain, work", "workMs", 1000).median();
        double plain = stats(phase, "plain, work", "elapsedMs", 1000).median();
        double prefetch = stats(phase, "prefetch, work", "elapsedMs", 1000).median();
        line("");
        line("Network alone (no work) %.2f s, caller work alone %.2f s: sum %.2f s, max %.2f s. "
                        + "Measured with work: plain %.2f s (%.2f × the sum), prefetch %.2f s (%.2f × the max). "
                        + "**prefetch/plain = %.2f** (ideal here: max/sum = %.2f).",
                network, work, network + work, Math.max(network, work), plain, plain / (network + work),
                prefetch, prefetch / Math.max(network, work), prefetch / plain, Math.max(network, work) / (network + work));
        line("");
    }

    private void upload() {
        line("## 3. Streamed CSV upload to FakeVsxiServer (client JVM `-Xmx%s`, rows generated lazily)", setting("clientHeap"));
        line("");
        line("| rows, client heap | runs ok | MB/s | rows/s | client CPU s | server CPU s | heap peak used MB | heap peak after GC MB |");
        line("|---|---|---|---|---|---|---|---|");
        List<String> variants = variants("upload");
        for (String variant : variants) {
            long ok = runsOf("upload", variant).stream().filter(r -> !r.path("figures").path("failed").asBoolean()).count();
            long all = runsOf("upload", variant).size();
            if (ok == 0) {
                line("| %s | 0 of %d (%s) | - | - | - | - | - | - |", variant, all,
                        runsOf("upload", variant).get(0).path("figures").path("reason").asText());
                continue;
            }
            line("| %s | %d of %d | %s | %s | %s | %s | %s | %s |", variant, ok, all,
                    range(stats("upload", variant, "mbPerSecond", 1), "%.1f"),
                    range(stats("upload", variant, "rowsPerSecond", 1), "%.0f"),
                    range(stats("upload", variant, "clientCpuMs", 1000), "%.2f"),
                    range(stats("upload", variant, "serverCpuMs", 1000), "%.2f"),
                    range(stats("upload", variant, "heapPeakUsedBytes", MB), "%.1f"),
                    range(stats("upload", variant, "heapPeakAfterGcBytes", MB), "%.1f"));
        }
        for (String heap : List.of("64m", "512m")) {
            List<String> sameHeap = variants.stream().filter(v -> v.endsWith("-Xmx" + heap)).toList();
            if (sameHeap.size() < 2) {
                continue;
            }
            Optional<Stats> small = okStats("upload", sameHeap.get(0), "heapPeakAfterGcBytes");
            Optional<Stats> large = okStats("upload", sameHeap.get(sameHeap.size() - 1), "heapPeakAfterGcBytes");
            if (small.isPresent() && large.isPresent()) {
                line("");
                line("Heap peak after GC at `-Xmx%s`, %s / %s: **%.2f**.", heap, sameHeap.get(sameHeap.size() - 1),
                        sameHeap.get(0), large.get().median() / small.get().median());
            }
        }
        line("");
    }

    private void testkit() {
        line("## 4. Testkit against WireMock 3 (GET status, same JSON)");
        line("");
        if (has("startup")) {
            line("| server | new → first answer, fresh JVM (ms) | second server in the same JVM (ms) | median of 20 more (ms) "
                    + "| of which new → accepting, median of 20 (ms) |");
            line("|---|---|---|---|---|");
            for (String variant : variants("startup")) {
                line("| %s | %s | %s | %s | %s |", variant, range(stats("startup", variant, "coldMs", 1), "%.0f"),
                        range(stats("startup", variant, "warmMs", 1), "%.1f"),
                        range(stats("startup", variant, "warmMedianMs", 1), "%.1f"),
                        range(stats("startup", variant, "warmStartMedianMs", 1), "%.2f"));
            }
            line("");
        }
        loadTable("load", "one `java.net.http.HttpClient` per client (the client's own CPU per request bounds the ratio)");
        loadTable("load-raw", "lean raw-socket keep-alive clients, as `wrk` (the servers' own capacity)");
        if (has("standalone")) {
            line("`java -jar` of each standalone jar, spawn → first answered request (the testkit: both demo fakes "
                    + "started and one real call answered by each; WireMock: its stub answered), fresh processes, interleaved:");
            line("");
            line("| process | first answer (ms) | CPU used by then (ms) |");
            line("|---|---|---|");
            for (String variant : variants("standalone")) {
                line("| %s | %s | %s |", variant, range(stats("standalone", variant, "firstAnswerMs", 1), "%.0f"),
                        range(stats("standalone", variant, "cpuMs", 1), "%.0f"));
            }
            String wireMock = StandalonePhase.WIREMOCK;
            for (String variant : variants("standalone")) {
                if (!variant.equals(wireMock) && variants("standalone").contains(wireMock)) {
                    line("");
                    line("%s / %s, first answer: **%.2f** (CPU: %.2f).", variant, wireMock,
                            stats("standalone", variant, "firstAnswerMs", 1).median()
                                    / stats("standalone", wireMock, "firstAnswerMs", 1).median(),
                            stats("standalone", variant, "cpuMs", 1).median()
                                    / stats("standalone", wireMock, "cpuMs", 1).median());
                }
            }
            line("");
        }
    }

    private void loadTable(String phase, String clients) {
        if (!has(phase)) {
            return;
        }
        line("Requests per second, %s concurrent clients, %s:", setting("loadClients"), clients);
        line("");
        line("| server | requests/s | server CPU s per run | server CPU µs per request | errors |");
        line("|---|---|---|---|---|");
        for (String variant : variants(phase)) {
            line("| %s | %s | %s | %s | %.0f |", variant, range(stats(phase, variant, "requestsPerSecond", 1), "%.0f"),
                    range(stats(phase, variant, "serverCpuMs", 1000), "%.2f"),
                    range(stats(phase, variant, "serverCpuMsPerRequest", 0.001), "%.0f"),
                    runsOf(phase, variant).stream().mapToDouble(r -> r.path("figures").path("errors").asDouble()).sum());
        }
        for (String wireMock : variants(phase)) {
            if (wireMock.startsWith("WireMock") && variants(phase).contains("FakeFusionServer")) {
                line("");
                line("FakeFusionServer / %s, requests/s: **%.2f**.", wireMock,
                        stats(phase, "FakeFusionServer", "requestsPerSecond", 1).median()
                                / stats(phase, wireMock, "requestsPerSecond", 1).median());
            }
        }
        line("");
    }

    private void concurrency() {
        line("## 5. Concurrency: one shared client, %s threads, GET user against FakeFusionServer (client JVM `-Xmx%s`)",
                setting("threads"), setting("clientHeap"));
        line("");
        line("| client | calls | errors | calls/s | p50 ms | p99 ms | p99.9 ms | max ms | client CPU s | server CPU s |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String variant : variants("concurrency")) {
            line("| %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s |", variant, setting("calls"),
                    runsOf("concurrency", variant).stream().mapToDouble(r -> r.path("figures").path("errors").asDouble()).sum(),
                    range(stats("concurrency", variant, "callsPerSecond", 1), "%.0f"),
                    range(stats("concurrency", variant, "p50Ms", 1), "%.1f"),
                    range(stats("concurrency", variant, "p99Ms", 1), "%.1f"),
                    range(stats("concurrency", variant, "p999Ms", 1), "%.1f"),
                    range(stats("concurrency", variant, "maxMs", 1), "%.1f"),
                    range(stats("concurrency", variant, "clientCpuMs", 1000), "%.2f"),
                    range(stats("concurrency", variant, "serverCpuMs", 1000), "%.2f"));
        }
        if (variants("concurrency").containsAll(List.of("SDK", "raw"))) {
            line("");
            line("SDK/raw: calls/s **%.2f**, p99 **%.2f**, client CPU per call **%.2f**.",
                    stats("concurrency", "SDK", "callsPerSecond", 1).median()
                            / stats("concurrency", "raw", "callsPerSecond", 1).median(),
                    stats("concurrency", "SDK", "p99Ms", 1).median() / stats("concurrency", "raw", "p99Ms", 1).median(),
                    stats("concurrency", "SDK", "clientCpuMs", 1).median()
                            / stats("concurrency", "raw", "clientCpuMs", 1).median());
        }
        line("");
    }

    private void provisioning() {
        line("## 8. Provisioning plan of a large tenant (client JVM `-Xmx256m`, both fakes in one server process)");
        line("");
        line("| scenario | plan s | users/s | single-user reads | heap peak after GC MB | heap peak used MB | client CPU s | server CPU s | text + JSON rendering ms |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (String variant : variants("provisioning")) {
            line("| %s | %s | %s | %s | %s | %s | %s | %s | %s |", variant,
                    range(stats("provisioning", variant, "planSeconds", 1), "%.2f"),
                    range(stats("provisioning", variant, "usersPerSecond", 1), "%.0f"),
                    range(stats("provisioning", variant, "userDetailsRead", 1), "%.0f"),
                    range(stats("provisioning", variant, "heapPeakAfterGcMb", 1), "%.1f"),
                    range(stats("provisioning", variant, "heapPeakUsedMb", 1), "%.0f"),
                    range(stats("provisioning", variant, "clientCpuSeconds", 1), "%.1f"),
                    range(stats("provisioning", variant, "serverCpuSeconds", 1), "%.1f"),
                    range(stats("provisioning", variant, "renderTextAndJsonMillis", 1), "%.0f"));
        }
        line("");
        line("fresh: the users hold no number and the SBC has no tenant for the customer (every user is planned on both "
                + "platforms); steady: everything is provisioned, and the plan reads each user once more because the list "
                + "shows neither policy nor groups.");
        line("");
    }

    private void async() {
        line("## 6. Async fan-out: %s GET user calls started at once over one client, at most %s in flight, against "
                + "FakeFusionServer (client JVM `-Xmx256m`)", setting("asyncCalls"), setting("asyncLimit"));
        line("");
        line("| client | errors | wall ms | calls/s | thread growth | named thread growth | connections peak | connections seen | client CPU s | server CPU s |");
        line("|---|---|---|---|---|---|---|---|---|---|");
        for (String variant : variants("async")) {
            line("| %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %s |", variant,
                    runsOf("async", variant).stream().mapToDouble(r -> r.path("figures").path("errors").asDouble()).sum(),
                    range(stats("async", variant, "elapsedMs", 1), "%.0f"),
                    range(stats("async", variant, "callsPerSecond", 1), "%.0f"),
                    range(stats("async", variant, "threadGrowth", 1), "%.0f"),
                    range(stats("async", variant, "namedThreadGrowth", 1), "%.0f"),
                    range(stats("async", variant, "connectionsPeak", 1), "%.0f"),
                    range(stats("async", variant, "connectionsDistinct", 1), "%.0f"),
                    range(stats("async", variant, "clientCpuMs", 1000), "%.2f"),
                    range(stats("async", variant, "serverCpuMs", 1000), "%.2f"));
        }
        line("");
        for (String jvm : List.of("", ", common pool 2")) {
            if (variants("async").containsAll(List.of("SDK" + jvm, "raw" + jvm))) {
                line("SDK/raw wall time%s: **%.2f** (target <= 1.0).", jvm,
                        stats("async", "SDK" + jvm, "elapsedMs", 1).median() / stats("async", "raw" + jvm, "elapsedMs", 1).median());
                line("");
            }
        }
        line("Thread growth is the JVM's peak live threads minus those before the first call (target <= 32); named thread "
                + "growth leaves out the JDK's unnamed one-off threads (`Thread-N`, sampled every 5 ms). Connections are "
                + "sampled from `/proc/net/tcp` every 5 ms. \"common pool 2\": the JVM ran with "
                + "`-Djava.util.concurrent.ForkJoinPool.common.parallelism=2`, as on a machine of three cores or more.");
        line("");
    }

    private void listener(JsonNode jmh) {
        line("## 7. A call without a listener and with one that does nothing (JMH, GET user against the FIXED server, `-prof gc`)");
        line("");
        line("| listener | µs/call | B/call |");
        line("|---|---|---|");
        for (JsonNode benchmark : jmh) {
            String method = benchmark.path("benchmark").asText();
            line("| %s | %s | %s |", method.substring(method.lastIndexOf('.') + 1),
                    range(iterations(benchmark.path("primaryMetric")), "%.1f"),
                    range(iterations(benchmark.path("secondaryMetrics").path("gc.alloc.rate.norm")), "%.0f"));
        }
        line("");
    }

    private Optional<JsonNode> benchmark(JsonNode jmh, String method, String server) {
        for (JsonNode benchmark : jmh) {
            if (benchmark.path("benchmark").asText().endsWith("." + method)
                    && benchmark.path("params").path("server").asText().equals(server)) {
                return Optional.of(benchmark);
            }
        }
        return Optional.empty();
    }

    /** All measured iterations of all forks of a JMH metric. */
    private static Stats iterations(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        metric.path("rawData").forEach(fork -> fork.forEach(value -> values.add(value.asDouble())));
        return Stats.of(values);
    }

    private boolean has(String phase) {
        return runs.stream().anyMatch(r -> r.path("phase").asText().equals(phase));
    }

    private List<String> variants(String phase) {
        List<String> variants = new ArrayList<>();
        for (JsonNode run : runs) {
            String variant = run.path("variant").asText();
            if (run.path("phase").asText().equals(phase) && !variants.contains(variant)) {
                variants.add(variant);
            }
        }
        return variants;
    }

    private List<JsonNode> runsOf(String phase, String variant) {
        return runs.stream().filter(r -> r.path("phase").asText().equals(phase)
                && r.path("variant").asText().equals(variant)).toList();
    }

    private Stats stats(String phase, String variant, String metric, double divisor) {
        return okStats(phase, variant, metric).map(s -> new Stats(s.min() / divisor, s.median() / divisor,
                s.max() / divisor, s.count())).orElse(new Stats(Double.NaN, Double.NaN, Double.NaN, 0));
    }

    private Optional<Stats> okStats(String phase, String variant, String metric) {
        List<Double> values = runsOf(phase, variant).stream()
                .filter(r -> !r.path("figures").path("failed").asBoolean())
                .map(r -> r.path("figures").path(metric))
                .filter(JsonNode::isNumber)
                .map(JsonNode::asDouble)
                .toList();
        return values.isEmpty() ? Optional.empty() : Optional.of(Stats.of(values));
    }

    private String setting(String name) {
        return read("settings.json").map(s -> s.path(name).asText()).orElse("?");
    }

    private static String range(Stats stats, String format) {
        if (stats.count() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, format + " / **" + format + "** / " + format, stats.min(), stats.median(), stats.max());
    }

    private Optional<JsonNode> read(String file) {
        Path path = results.resolve(file);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(path.toFile()));
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read " + path, unreadable);
        }
    }

    private void line(String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values)).append('\n');
    }
}
