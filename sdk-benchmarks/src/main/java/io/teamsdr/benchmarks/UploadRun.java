package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.Rows;
import io.teamsdr.vsxi.StartOptions;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadResult;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Streamed CSV upload in a JVM of its own: starts a draft on the VSXi fake, uploads users generated
 * lazily by a stream (never held as a whole), and discards the draft. A smaller upload first warms
 * the JIT up, so that both sizes are measured at the same steady state. Prints MB/s of CSV sent, the
 * client's CPU time and the heap figures of {@link HeapWatch}.
 *
 * <p>Arguments: endpoint JSON, row count, warm-up row count.
 */
public final class UploadRun {
    private static final String HEADER = "tenantId,sipUser,sipPassword,did\r\n";

    private UploadRun() {
    }

    /**
     * Runs one upload.
     *
     * @param args endpoint JSON, row count, warm-up row count
     * @throws Exception when the upload fails
     */
    public static void main(String[] args) throws Exception {
        Endpoint endpoint = new ObjectMapper().readValue(args[0], Endpoint.class);
        long rows = Long.parseLong(args[1]);
        long warmupRows = Long.parseLong(args[2]);
        String tenant = endpoint.tenantUuid();
        try (VsxiTeamsClient client = Clients.vsxi(endpoint)) {
            try (Draft warmup = client.drafts().start(StartOptions.discardExisting())) {
                warmup.upsertSipUsers(Rows.of(users(tenant, warmupRows)));
            }
            measure(client, endpoint, rows);
        }
    }

    private static void measure(VsxiTeamsClient client, Endpoint endpoint, long rows) {
        String tenant = endpoint.tenantUuid();
        try (Draft draft = client.drafts().start(StartOptions.discardExisting());
             HeapWatch heap = HeapWatch.start()) {
            double cpuAtStart = ProcessCpu.millis();
            double serverCpuAtStart = ProcessCpu.millisOf(endpoint.pid());
            long started = System.nanoTime();
            UploadResult result = draft.upsertSipUsers(Rows.of(users(tenant, rows)));
            long elapsed = System.nanoTime() - started;
            if (result.accepted() != rows) {
                throw new IllegalStateException("the server accepted " + result.accepted() + " rows of " + rows);
            }
            long bytes = csvBytes(tenant, rows);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rows", rows);
            figures.put("bytes", bytes);
            figures.put("elapsedMs", elapsed / 1e6);
            figures.put("clientCpuMs", ProcessCpu.millis() - cpuAtStart);
            figures.put("serverCpuMs", ProcessCpu.millisOf(endpoint.pid()) - serverCpuAtStart);
            figures.put("mbPerSecond", bytes / 1e6 / (elapsed / 1e9));
            figures.put("rowsPerSecond", rows / (elapsed / 1e9));
            figures.put("heapBaselineBytes", heap.baselineBytes());
            figures.put("heapPeakUsedBytes", heap.peakUsedBytes());
            figures.put("heapPeakAfterGcBytes", heap.peakAfterGcBytes());
            figures.put("gcCount", heap.collections());
            figures.put("maxHeapBytes", heap.maxHeapBytes());
            ChildJvm.printResult(figures);
        }
    }

    /** The rows, made one at a time as the upload asks for them. */
    static Stream<SipUser> users(String tenant, long rows) {
        return LongStream.range(0, rows).mapToObj(i -> user(tenant, i));
    }

    static SipUser user(String tenant, long i) {
        return new SipUser(tenant, "u" + (10_000_000L + i), "pw-" + Long.toHexString(i * 0x9E3779B97F4A7C15L),
                "+1" + (5_550_000_000L + i));
    }

    /** The size of the CSV the SDK sends for these rows: none of the values needs quoting. */
    static long csvBytes(String tenant, long rows) {
        long bytes = HEADER.getBytes(StandardCharsets.UTF_8).length;
        for (long i = 0; i < rows; i++) {
            SipUser user = user(tenant, i);
            bytes += user.tenantId().length() + user.sipUser().length() + user.sipPassword().length()
                    + user.did().length() + 3 + 2;
        }
        return bytes;
    }
}
