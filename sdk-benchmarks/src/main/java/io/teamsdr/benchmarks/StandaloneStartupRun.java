package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Time from spawning {@code java -jar} to the first answered request, for a whole process as a test
 * suite in another language starts it: the testkit's standalone jar (both fakes, demo data) and
 * WireMock's standalone jar (one stub answering the same status JSON). The testkit's time ends when
 * both fakes have answered one real call each (Fusion GET status with the printed token, VSXi GET
 * tenants with the printed password); WireMock's when its stub has answered 200 (polled every 5 ms
 * from the spawn on). Requests go over raw sockets, so this JVM's own HTTP client start-up is not
 * counted. {@code cpuMs} is the CPU time the process used up to its first answer: less sensitive to
 * a busy machine than the elapsed time.
 *
 * <p>Arguments: {@code testkit <standalone jar> [JVM option...]}, or
 * {@code wiremock <wiremock-standalone jar> <status JSON file> <status path>}.
 */
public final class StandaloneStartupRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StandaloneStartupRun() {
    }

    /**
     * Starts the process once and prints the figures.
     *
     * @param args see the class comment
     * @throws Exception when the process does not start or answer
     */
    public static void main(String[] args) throws Exception {
        warmUpThisJvm();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("server", args[0]);
        switch (args[0]) {
            case "testkit" -> testkit(Path.of(args[1]), List.of(args).subList(2, args.length), figures);
            case "wiremock" -> wireMock(Path.of(args[1]), Files.readString(Path.of(args[2])), args[3], figures);
            default -> throw new IllegalArgumentException("unknown server " + args[0]);
        }
        ChildJvm.printResult(figures);
    }

    private static void testkit(Path jar, List<String> jvmOptions, Map<String, Object> figures) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--seed", "demo", "--fusion-port", String.valueOf(freePort()),
                "--vsxi-port", String.valueOf(freePort()), "--control-port", String.valueOf(freePort())));
        long spawned = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            long printed = System.nanoTime();
            if (line == null) {
                throw new IllegalStateException("the standalone jar ended without printing its line");
            }
            JsonNode fakes = JSON.readTree(line);
            JsonNode fusion = fakes.path("fusion");
            String status = "/api/v01/draas/" + fusion.path("draasInstance").asText() + "/tenants/"
                    + fusion.path("tenant").asText() + "/subscriptions/" + fusion.path("subscription").asInt()
                    + "/msteams/status";
            int fusionStatus = get(fusion.path("baseUrl").asText(), status, "Bearer " + fusion.path("adminToken").asText());
            long fusionAnswered = System.nanoTime();
            JsonNode vsxi = fakes.path("vsxi");
            String basic = "Basic " + Base64.getEncoder().encodeToString((vsxi.path("username").asText() + ":"
                    + vsxi.path("password").asText()).getBytes(StandardCharsets.UTF_8));
            String root = vsxi.path("baseUrl").asText();
            int slash = root.indexOf('/', "http://".length());
            int vsxiStatus = get(root.substring(0, slash), root.substring(slash) + "/teams/tenants", basic);
            long vsxiAnswered = System.nanoTime();
            if (fusionStatus != 200 || vsxiStatus != 200) {
                throw new IllegalStateException("the fakes answered " + fusionStatus + " and " + vsxiStatus);
            }
            figures.put("jvmOptions", String.join(" ", jvmOptions));
            figures.put("linePrintedMs", millis(spawned, printed));
            figures.put("fusionAnsweredMs", millis(spawned, fusionAnswered));
            figures.put("firstAnswerMs", millis(spawned, vsxiAnswered));
            figures.put("cpuMs", ProcessCpu.millisOf(process.pid()));
        } finally {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void wireMock(Path jar, String body, String path, Map<String, Object> figures) throws Exception {
        Path root = Files.createTempDirectory("teamsdr-bench-wiremock");
        Path mappings = Files.createDirectories(root.resolve("mappings"));
        Map<String, Object> stub = Map.of("request", Map.of("method", "GET", "url", path),
                "response", Map.of("status", 200, "headers", Map.of("Content-Type", "application/json"), "body", body));
        Files.writeString(mappings.resolve("status.json"), JSON.writeValueAsString(stub));
        int port = freePort();
        List<String> command = List.of(java(), "-jar", jar.toString(), "--port", String.valueOf(port), "--bind-address",
                "127.0.0.1", "--root-dir", root.toString());
        long spawned = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int status = -1;
            while (status != 200) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("WireMock ended with " + process.exitValue());
                }
                try {
                    status = get("http://127.0.0.1:" + port, path, "Bearer benchmark");
                } catch (ConnectException notYet) {
                    Thread.sleep(5);
                }
            }
            figures.put("firstAnswerMs", millis(spawned, System.nanoTime()));
            figures.put("cpuMs", ProcessCpu.millisOf(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (var files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Runs this JVM's side of a measurement once before the clock starts (JSON parsing, a socket
     * exchange), so the measured time is the spawned process's, not this JVM loading its own code.
     */
    private static void warmUpThisJvm() throws Exception {
        JSON.readTree("{\"fusion\":{\"baseUrl\":\"http://127.0.0.1:1\",\"subscription\":42},\"vsxi\":{}}")
                .path("fusion").path("subscription").asInt();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread answer = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read(new byte[1024]);
                    s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                } catch (IOException ignored) {
                    // The warm-up's own failure shows in the get below.
                }
            });
            answer.start();
            get("http://127.0.0.1:" + server.getLocalPort(), "/", "Basic " + Base64.getEncoder()
                    .encodeToString("a:b".getBytes(StandardCharsets.UTF_8)));
            answer.join();
        }
    }

    /** One GET over a fresh socket; the status code of the answer, whose body is read to its end. */
    private static int get(String base, String path, String authorization) throws IOException {
        String hostPort = base.substring("http://".length());
        int colon = hostPort.lastIndexOf(':');
        try (Socket socket = new Socket(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)))) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + hostPort + "\r\nAuthorization: " + authorization
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            if (!answer.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + answer);
            }
            return Integer.parseInt(answer.substring(9, 12));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }
}
