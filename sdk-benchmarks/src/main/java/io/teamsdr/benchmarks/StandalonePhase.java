package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;

/**
 * The {@code standalone} phase of {@link RunAll}: {@code java -jar} of the testkit's standalone jar
 * (both demo fakes) against {@code java -jar} of WireMock's standalone jar, each in fresh processes,
 * interleaved ({@link StandaloneStartupRun}). The testkit runs three ways: as is; with an AppCDS
 * archive made by one unmeasured training run ({@code -XX:ArchiveClassesAtExit}, the JDK 17 way;
 * JDK 19+ can use {@code -XX:+AutoCreateSharedArchive}); and with the archive plus
 * {@code -XX:TieredStopAtLevel=1}, the fast start the README documents.
 *
 * <p>The jars come from the system properties {@code teamsdr.standaloneJar} and
 * {@code teamsdr.wiremockJar} (set by {@code run.sh}).
 */
final class StandalonePhase {

    /** Receives one measured run. */
    @FunctionalInterface
    interface Recorder {
        void record(String phase, String variant, int run, JsonNode figures);
    }

    /** The variant names, as they appear in the results. */
    static final String PLAIN = "testkit, java -jar";
    static final String CDS = "testkit, AppCDS archive";
    static final String FAST = "testkit, AppCDS archive + C1 only";
    static final String WIREMOCK = "WireMock standalone, java -jar";

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private StandalonePhase() {
    }

    static void run(RunSettings settings, Recorder recorder) throws IOException {
        Path testkitJar = Path.of(required("teamsdr.standaloneJar"));
        Path wireMockJar = Path.of(required("teamsdr.wiremockJar"));
        Path work = Files.createTempDirectory("teamsdr-bench-standalone");
        Path archive = work.resolve("testkit-standalone.jsa");
        Path statusJson = work.resolve("status.json");
        String statusPath;
        try (ServerProcess fake = ServerProcess.start("512m", Duration.ofMinutes(2), ServerKind.FUSION_DEMO)) {
            Endpoint endpoint = fake.endpoint();
            statusPath = endpoint.subscriptionPath() + "/msteams/status";
            Files.writeString(statusJson, get(endpoint.baseUrl() + statusPath, "Bearer " + endpoint.token()),
                    StandardCharsets.UTF_8);
        }
        try {
            ChildJvm.run(List.of(), StandaloneStartupRun.class,
                    List.of("testkit", testkitJar.toString(), "-XX:ArchiveClassesAtExit=" + archive), TIMEOUT);
            for (int run = 1; run <= settings.startupRuns(); run++) {
                recorder.record("standalone", PLAIN, run, testkit(testkitJar));
                recorder.record("standalone", CDS, run, testkit(testkitJar, "-XX:SharedArchiveFile=" + archive));
                recorder.record("standalone", FAST, run,
                        testkit(testkitJar, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1"));
                recorder.record("standalone", WIREMOCK, run, ChildJvm.run(List.of(), StandaloneStartupRun.class,
                        List.of("wiremock", wireMockJar.toString(), statusJson.toString(), statusPath), TIMEOUT));
            }
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(statusJson);
            Files.deleteIfExists(work);
        }
    }

    private static JsonNode testkit(Path jar, String... jvmOptions) {
        List<String> args = new ArrayList<>(List.of("testkit", jar.toString()));
        args.addAll(List.of(jvmOptions));
        return ChildJvm.run(List.of(), StandaloneStartupRun.class, args, TIMEOUT);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("-D" + property + " must name a jar (run.sh sets it): " + value);
        }
        return value;
    }

    private static String get(String url, String authorization) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
