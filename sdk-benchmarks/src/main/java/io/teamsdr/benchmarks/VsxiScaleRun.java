package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The VSXi fake holding a million committed SIP users: a draft of many rows over them commits and
 * rolls back in time proportional to its rows, and {@code smcFiles} streams. In a JVM of its own,
 * the fake in this process and a raw {@code java.net.http} client:
 * <ol>
 *   <li>a draft uploading {@code committed} users (streamed CSV), committed: the large configuration;</li>
 *   <li>for each draft size: a draft updating half its rows' users and adding the other half, its
 *       status, its commit, then a rollback of that session;</li>
 *   <li>{@code smcFiles} of the committed configuration read as a stream, with the heap watched.</li>
 * </ol>
 *
 * <p>Arguments: committed users, then the draft sizes (e.g. {@code 1000000 1000 100000}).
 */
public final class VsxiScaleRun {
    private static final String TENANT = ServerMain.VSXI_TENANT;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI root;
    private final String authorization;

    private VsxiScaleRun(FakeVsxiServer server) {
        this.root = server.baseUrl();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (server.username() + ":" + server.password()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs the steps and prints the figures.
     *
     * @param args committed users, draft sizes
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        int committed = Integer.parseInt(args[0]);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("committedUsers", committed);
        try (FakeVsxiServer server = LargeTenants.vsxi()) {
            VsxiScaleRun run = new VsxiScaleRun(server);
            run.post("/teams/draft/start", null);
            long started = System.nanoTime();
            JsonNode accepted = run.upload("/teams/draft/update/users", new GeneratedUsers(0, committed, 0));
            figures.put("initialUploadMs", millisSince(started));
            check(accepted.path("accepted").asInt() == committed, "accepted " + accepted);
            started = System.nanoTime();
            run.post("/teams/draft/commit", "{\"description\":\"a million users\"}");
            figures.put("initialCommitMs", millisSince(started));
            check(server.sipUsers().size() == committed, "committed " + server.sipUsers().size());
            for (int i = 1; i < args.length; i++) {
                run.draft(Integer.parseInt(args[i]), committed, figures);
            }
            run.smcFiles(committed, figures);
        }
        ChildJvm.printResult(figures);
    }

    /** A draft of {@code rows}: half updates of committed users, half new users; status, commit, rollback. */
    private void draft(int rows, int committed, Map<String, Object> figures) throws Exception {
        String prefix = "draft" + rows;
        post("/teams/draft/start", null);
        long started = System.nanoTime();
        upload("/teams/draft/update/users", new GeneratedUsers(0, rows / 2, 1));
        upload("/teams/draft/update/users", new GeneratedUsers(committed, rows - rows / 2, 0));
        figures.put(prefix + "UploadMs", millisSince(started));
        started = System.nanoTime();
        JsonNode status = get("/teams/draft/status").path("users");
        figures.put(prefix + "StatusMs", millisSince(started));
        check(status.path("added").asInt() == rows - rows / 2 && status.path("updated").asInt() == rows / 2,
                "status " + status);
        started = System.nanoTime();
        post("/teams/draft/commit", "{\"description\":\"" + rows + " rows\"}");
        figures.put(prefix + "CommitMs", millisSince(started));
        started = System.nanoTime();
        JsonNode rolledBack = post("/teams/rollback", null);
        figures.put(prefix + "RollbackMs", millisSince(started));
        check(rolledBack.path("rolledBack").size() == 1, "rollback " + rolledBack);
    }

    /** Reads the configuration package as a stream, counting what it holds, while watching the heap. */
    private void smcFiles(int committed, Map<String, Object> figures) throws Exception {
        try (HeapWatch heap = HeapWatch.start()) {
            long started = System.nanoTime();
            HttpResponse<InputStream> response = http.send(request("/teams/smcFiles").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            check(response.statusCode() == 200, "smcFiles answered " + response.statusCode());
            long uncompressed = 0;
            long userLines = 0;
            byte[] buffer = new byte[1 << 16];
            try (ZipInputStream zip = new ZipInputStream(response.body())) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                        uncompressed += n;
                        for (int i = 0; i < n; i++) {
                            userLines += buffer[i] == '\n' ? 1 : 0;
                        }
                    }
                }
            }
            figures.put("smcFilesMs", millisSince(started));
            figures.put("smcFilesUncompressedBytes", uncompressed);
            figures.put("smcFilesLines", userLines);
            figures.put("smcFilesHeapBaselineBytes", heap.baselineBytes());
            figures.put("smcFilesHeapPeakAfterGcBytes", heap.peakAfterGcBytes());
            figures.put("smcFilesHeapPeakUsedBytes", heap.peakUsedBytes());
            check(userLines > 2L * committed, "smcFiles held " + userLines + " lines");
        }
    }

    private JsonNode upload(String path, InputStream csv) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> csv)).build());
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.POST(json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(root + path)).header("Authorization", authorization);
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        check(response.statusCode() / 100 == 2, request.uri().getPath() + " answered " + response.statusCode() + ": "
                + new String(response.body(), StandardCharsets.UTF_8));
        return response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static double millisSince(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }

    /** A users CSV made row by row: SIP users {@code U<n>} from {@code first}, DIDs derived from n. */
    private static final class GeneratedUsers extends InputStream {
        private final long end;
        private final int passwordVersion;
        private long next;
        private boolean header = true;
        private byte[] chunk = new byte[0];
        private int position;

        GeneratedUsers(long first, long count, int passwordVersion) {
            this.next = first;
            this.end = first + count;
            this.passwordVersion = passwordVersion;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == chunk.length && !refill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            return n;
        }

        private boolean refill() {
            if (!header && next >= end) {
                return false;
            }
            StringBuilder sb = new StringBuilder(64 * 1024);
            if (header) {
                sb.append("tenantId,sipUser,sipPassword,did\n");
                header = false;
            }
            for (int i = 0; i < 1000 && next < end; i++, next++) {
                sb.append(TENANT).append(",U").append(next).append(",pw").append(passwordVersion).append('-')
                        .append(next).append(",+1777").append(10_000_000 + next).append('\n');
            }
            chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }

        @Override
        public void close() throws IOException {
            // Nothing to release; the generator holds no resource.
        }
    }
}
