package io.teamsdr.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The TCP connections this machine has open to one server port, read from {@code /proc/net/tcp} and
 * {@code tcp6} (Linux): how many a client holds at once and how many different ones it opened. Polled
 * by a sampler while a run goes on; connections that open and close between two samples are missed,
 * which is why the distinct count is a lower bound and the run reports the sampler's interval.
 */
final class TcpConnections {
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";

    private final String remotePortHex;
    private final Set<String> seen = new HashSet<>();
    private int peak;

    TcpConnections(int serverPort) {
        this.remotePortHex = String.format(Locale.ROOT, "%04X", serverPort);
    }

    /** Reads the tables once, noting the connections open now. */
    void sample() {
        // A set: the kernel may list a socket twice while its table changes under the read.
        Set<String> open = new HashSet<>();
        for (Path table : TABLES) {
            List<String> lines;
            try {
                lines = Files.readAllLines(table);
            } catch (IOException absent) {
                continue;
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String local = fields[1];
                String remote = fields[2];
                if (remote.endsWith(":" + remotePortHex) && fields[3].equals(ESTABLISHED)) {
                    open.add(local);
                }
            }
        }
        seen.addAll(open);
        peak = Math.max(peak, open.size());
    }

    /** The most connections open at one sample. */
    int peak() {
        return peak;
    }

    /** The different connections (client ports) seen in all samples. */
    int distinct() {
        return seen.size();
    }
}
