package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.Page;
import io.teamsdr.core.Paged;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserQuery;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Infinite scroll in a JVM of its own: iterates every user of the server page by page, optionally
 * spending a fixed time on each page as a caller would (a sleep, so that it takes no CPU from the
 * server on a small machine), with or without one-page prefetch. Prints users per second, the time
 * spent waiting for pages and the heap figures of {@link HeapWatch}.
 *
 * <p>Arguments: endpoint JSON, page size, milliseconds of work per page, {@code prefetch} or {@code plain}.
 */
public final class ScrollRun {
    private ScrollRun() {
    }

    /**
     * Runs one scroll.
     *
     * @param args endpoint JSON, page size, work per page in ms, {@code prefetch|plain}
     * @throws Exception when the scroll fails
     */
    public static void main(String[] args) throws Exception {
        Endpoint endpoint = new ObjectMapper().readValue(args[0], Endpoint.class);
        int pageSize = Integer.parseInt(args[1]);
        long workMillis = Long.parseLong(args[2]);
        boolean prefetch = args[3].equals("prefetch");
        try (FusionClient client = Clients.fusion(endpoint); HeapWatch heap = HeapWatch.start()) {
            Paged<TeamsUser> users = Clients.msTeams(client, endpoint).users()
                    .list(UserQuery.builder().pageSize(pageSize).build());
            if (prefetch) {
                users = users.withPrefetch();
            }
            long count = 0;
            long pages = 0;
            long waitNanos = 0;
            long checksum = 0;
            double cpuAtStart = ProcessCpu.millis();
            double serverCpuAtStart = ProcessCpu.millisOf(endpoint.pid());
            long started = System.nanoTime();
            Iterator<Page<TeamsUser>> iterator = users.byPage().iterator();
            while (true) {
                long asked = System.nanoTime();
                Page<TeamsUser> page = iterator.hasNext() ? iterator.next() : null;
                waitNanos += System.nanoTime() - asked;
                if (page == null) {
                    break;
                }
                pages++;
                for (TeamsUser user : page.items()) {
                    checksum += user.msTeams().id().hashCode();
                    count++;
                }
                if (workMillis > 0) {
                    Thread.sleep(workMillis);
                }
            }
            long elapsed = System.nanoTime() - started;
            if (count != endpoint.users()) {
                throw new IllegalStateException("listed " + count + " users of " + endpoint.users());
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("users", count);
            figures.put("pages", pages);
            figures.put("elapsedMs", elapsed / 1e6);
            figures.put("clientCpuMs", ProcessCpu.millis() - cpuAtStart);
            figures.put("serverCpuMs", ProcessCpu.millisOf(endpoint.pid()) - serverCpuAtStart);
            figures.put("usersPerSecond", count / (elapsed / 1e9));
            figures.put("waitMs", waitNanos / 1e6);
            figures.put("workMs", (double) pages * workMillis);
            figures.put("heapBaselineBytes", heap.baselineBytes());
            figures.put("heapPeakUsedBytes", heap.peakUsedBytes());
            figures.put("heapPeakAfterGcBytes", heap.peakAfterGcBytes());
            figures.put("gcCount", heap.collections());
            figures.put("maxHeapBytes", heap.maxHeapBytes());
            figures.put("checksum", checksum);
            ChildJvm.printResult(figures);
        }
    }
}
