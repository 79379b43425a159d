package io.teamsdr.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time from {@code new} to the first answered GET status, in a fresh JVM (cold: classes load and
 * nothing is compiled yet, as in a test suite's first test), then again for a second server in the
 * same JVM (warm, as in the following tests), and the median of 20 more such starts. For those 20 it
 * also reports the start alone, from {@code new} until the server accepts connections, which is what a
 * test waits for before its first line runs. The HTTP client is created before the clock starts.
 *
 * <p>Arguments: {@code fake-demo} (the default seed, 260 users), {@code fake-empty}, {@code vsxi-demo}
 * (GET tenants of the VSXi fake with its demo data), {@code wiremock <status JSON file> <status path>},
 * or {@code floor <status JSON file>}: a bare loopback socket that answers the status JSON from a
 * pooled thread, the least any server can cost here (this JVM's client opening a connection).
 */
public final class StartupRun {
    /** Further starts in the same JVM after the second, whose median is reported: one start is noisy. */
    private static final int WARM_STARTS = 20;

    private StartupRun() {
    }

    /** A started server and the URL of its status resource. */
    record Started(AutoCloseable server, URI status, String authorization) {
    }

    /**
     * Measures the two starts.
     *
     * @param args the server and, for WireMock, the JSON to serve and its path
     * @throws Exception when a start fails
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        String kind = args[0];
        String body = kind.equals("wiremock") || kind.equals("floor")
                ? Files.readString(Path.of(args[1]), StandardCharsets.UTF_8) : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long jvmUptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        double coldMs = startAndAsk(kind, body, args, http)[1];
        double warmMs = startAndAsk(kind, body, args, http)[1];
        double[] more = new double[WARM_STARTS];
        double[] startsOnly = new double[WARM_STARTS];
        for (int i = 0; i < more.length; i++) {
            double[] figures = startAndAsk(kind, body, args, http);
            startsOnly[i] = figures[0];
            more[i] = figures[1];
        }
        java.util.Arrays.sort(more);
        java.util.Arrays.sort(startsOnly);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("server", kind);
        figures.put("coldMs", coldMs);
        figures.put("warmMs", warmMs);
        figures.put("warmMedianMs", more[more.length / 2]);
        figures.put("warmStartMedianMs", startsOnly[startsOnly.length / 2]);
        figures.put("jvmUptimeBeforeMs", jvmUptimeMs);
        ChildJvm.printResult(figures);
    }

    /** Milliseconds from {@code new} to accepting, and to the first answer. */
    private static double[] startAndAsk(String kind, String body, String[] args, HttpClient http) throws Exception {
        long started = System.nanoTime();
        Started server = start(kind, body, args);
        long accepting = System.nanoTime();
        try (AutoCloseable closing = server.server()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.status())
                    .header("Accept", "application/json")
                    .header("Authorization", server.authorization())
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (response.statusCode() != 200 || (body != null && !response.body().equals(body))) {
                throw new IllegalStateException(kind + " answered " + response.statusCode() + ": " + response.body());
            }
            return new double[] {(accepting - started) / 1e6, (answered - started) / 1e6};
        }
    }

    private static Started start(String kind, String body, String[] args) throws IOException {
        switch (kind) {
            case "fake-demo", "fake-empty" -> {
                FakeFusionServer fusion = FakeFusionServer.builder()
                        .seed(kind.equals("fake-demo") ? FusionSeed.demo() : FusionSeed.empty())
                        .start();
                return new Started(fusion, URI.create(fusion.baseUrl() + fusion.subscriptionPath() + "/msteams/status"),
                        "Bearer " + fusion.adminToken());
            }
            case "vsxi-demo" -> {
                FakeVsxiServer vsxi = FakeVsxiServer.builder().demoData().start();
                return new Started(vsxi, URI.create(vsxi.baseUrl() + "/teams/tenants"), "Basic " + java.util.Base64
                        .getEncoder().encodeToString((vsxi.username() + ":" + vsxi.password()).getBytes(StandardCharsets.UTF_8)));
            }
            case "floor" -> {
                return FloorServer.start(body);
            }
            case "wiremock" -> {
                WireMockServer wireMock = ServerMain.startWireMock(args[2], body, 0);
                return new Started(wireMock::stop, URI.create(wireMock.baseUrl() + args[2]), "Bearer benchmark");
            }
            default -> throw new IllegalArgumentException("unknown server " + kind);
        }
    }
}
