package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this jar in a fresh JVM, so that its heap limit, start-up and allocation are
 * its own, and reads back the one {@code RESULT <json>} line it prints.
 */
public final class ChildJvm {
    /** The prefix of the line a measuring main prints with its figures. */
    public static final String RESULT = "RESULT ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildJvm() {
    }

    /**
     * Builds the command line of a JVM running a main class of this jar.
     *
     * @param jvmOptions options such as {@code -Xmx64m}
     * @param main the main class
     * @param args its arguments
     * @return the command
     */
    public static List<String> command(List<String> jvmOptions, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    /**
     * Runs the main class to its end and returns what it measured.
     *
     * @param jvmOptions options such as {@code -Xmx64m}
     * @param main the main class, which prints one {@code RESULT} line
     * @param args its arguments
     * @param timeout how long it may take
     * @return the figures of the {@code RESULT} line
     */
    public static JsonNode run(List<String> jvmOptions, Class<?> main, List<String> args, Duration timeout) {
        List<String> command = command(jvmOptions, main, args);
        Path log = null;
        try {
            log = Files.createTempFile("teamsdr-bench-" + main.getSimpleName(), ".log");
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            process.getOutputStream().close();
            JsonNode result = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(RESULT)) {
                        result = JSON.readTree(line.substring(RESULT.length()));
                    }
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getSimpleName() + " did not end within " + timeout);
            }
            if (process.exitValue() != 0 || result == null) {
                throw new IllegalStateException(main.getSimpleName() + " " + args + " failed (exit "
                        + process.exitValue() + "):\n" + tail(log));
            }
            return result;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        } finally {
            deleteQuietly(log);
        }
    }

    /**
     * Prints a measuring main's figures in the form {@link #run} reads.
     *
     * @param figures the figures, as a JSON-serializable object
     */
    public static void printResult(Object figures) {
        try {
            System.out.println(RESULT + JSON.writeValueAsString(figures));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteQuietly(Path log) {
        if (log == null) {
            return;
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // A leftover temporary log is harmless.
        }
    }
}
