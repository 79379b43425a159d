package io.teamsdr.benchmarks;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ServerMain} running in a process of its own. The server ends when this object is closed,
 * and also when the process that started it dies (its standard input then closes).
 */
public final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Endpoint endpoint;
    private final Path log;

    private ServerProcess(Process process, Endpoint endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /**
     * Starts a server and waits until it answers.
     *
     * @param heap the server's maximum heap, e.g. {@code 512m}
     * @param startTimeout how long seeding and start-up may take
     * @param kind the server
     * @param args the kind's arguments
     * @return the running server
     */
    public static ServerProcess start(String heap, Duration startTimeout, ServerKind kind, String... args) {
        List<String> serverArgs = new ArrayList<>();
        serverArgs.add(kind.name());
        serverArgs.addAll(List.of(args));
        List<String> command = ChildJvm.command(List.of("-Xmx" + heap, "-Xms" + heap,
                "-Dsun.net.httpserver.nodelay=true"), ServerMain.class, serverArgs);
        Path log = null;
        try {
            log = Files.createTempFile("teamsdr-bench-server-" + kind.name().toLowerCase(), ".log");
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readyLine(out));
            String line;
            try {
                line = ready.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException notReady) {
                process.destroyForcibly();
                throw new IllegalStateException("server " + kind + " did not start:\n" + ChildJvm.tail(log), notReady);
            }
            if (line == null) {
                throw new IllegalStateException("server " + kind + " ended before it was ready:\n" + ChildJvm.tail(log));
            }
            Thread drain = new Thread(() -> readyLine(out), "server-stdout-" + kind);
            drain.setDaemon(true);
            drain.start();
            return new ServerProcess(process, JSON.readValue(line.substring(ServerMain.READY.length()), Endpoint.class),
                    log);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    /** Reads lines until the READY line, or to the end, returning {@code null} then. */
    private static String readyLine(BufferedReader out) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(ServerMain.READY)) {
                    return line;
                }
            }
            return null;
        } catch (IOException closed) {
            return null;
        }
    }

    /**
     * Returns where the server listens and what to call.
     *
     * @return the endpoint
     */
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        stop(process, log);
    }

    /**
     * Ends a server process by closing its input (its signal to stop), forcibly after 20 s, and deletes its log.
     *
     * @param process the server process
     * @param log its log file
     */
    static void stop(Process process, Path log) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            process.destroyForcibly();
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
