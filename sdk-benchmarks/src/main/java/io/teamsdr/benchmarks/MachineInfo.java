package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records the machine a run measured on, read from the machine itself: cores, CPU, memory, JDK and
 * its default collector, and how busy the machine was when the run started.
 *
 * <p>Arguments: the results folder, the number of Maven processes running, the commit measured, the
 * number of files changed but not committed in the modules measured.
 */
public final class MachineInfo {
    private MachineInfo() {
    }

    /**
     * Writes {@code machine.json}.
     *
     * @param args results folder, Maven process count, commit, uncommitted file count
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("startedAt", Instant.now().toString());
        machine.put("commit", args.length > 2 ? args[2] : "");
        machine.put("uncommittedFiles", args.length > 3 ? args[3] : "");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", procField("/proc/cpuinfo", "model name"));
        String memory = procField("/proc/meminfo", "MemTotal").replace("kB", "").trim();
        machine.put("memoryGiB", memory.isEmpty() ? "?" : String.format("%.1f", Long.parseLong(memory) / 1024.0 / 1024.0));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("vmName", System.getProperty("java.vm.name"));
        machine.put("javaVersion", System.getProperty("java.runtime.version"));
        machine.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + ")));
        machine.put("mavenProcesses", args.length > 1 ? args[1] : "?");
        machine.put("loadAverage", firstLine("/proc/loadavg"));
        Files.createDirectories(Path.of(args[0]));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(Path.of(args[0], "machine.json").toFile(), machine);
    }

    private static String procField(String file, String name) {
        for (String line : lines(file)) {
            if (line.startsWith(name)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "";
    }

    private static String firstLine(String file) {
        List<String> lines = lines(file);
        return lines.isEmpty() ? "" : String.join(" ", List.of(lines.get(0).split(" ")).subList(0, 3));
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return List.of();
        }
    }
}
