package io.teamsdr.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this JVM (all its threads, JIT and GC included) and of the server process, to tell
 * whether a run was limited by the client's own work or by the server's.
 */
public final class ProcessCpu {
    private ProcessCpu() {
    }

    /**
     * Returns the CPU time this process has used so far.
     *
     * @return milliseconds, or -1 when the JVM does not tell
     */
    public static double millis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e6;
        }
        return -1;
    }

    /**
     * Returns the CPU time another process has used so far, read from {@code /proc}.
     *
     * @param pid the process id
     * @return milliseconds, or -1 where {@code /proc} does not tell
     */
    public static double millisOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of proc(5), utime and stime, in clock ticks (USER_HZ: 100 per second on Linux).
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (IOException | RuntimeException unavailable) {
            return -1;
        }
    }
}
