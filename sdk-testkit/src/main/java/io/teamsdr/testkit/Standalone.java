package io.teamsdr.testkit;

import io.teamsdr.testkit.fusion.FusionLauncher;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.vsxi.VsxiLauncher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs the fakes as a process, for applications written in other languages or tests run outside
 * the JVM. Options: {@code --seed demo|empty}, one {@code --<fake>-port N} per fake and
 * {@code --control-port N} (0 = a free port, the default). Prints exactly one JSON line to stdout,
 * one object per fake and one for the control API, e.g.
 * {@code {"fusion":{"baseUrl":"http://127.0.0.1:PORT","draasInstance":"draas_v1","tenant":"<uuid>",
 * "subscription":42,"adminToken":"...","readOnlyToken":"..."},"vsxi":{"baseUrl":
 * "http://127.0.0.1:PORT/SSConfig/webresources","username":"admin","password":"..."},
 * "control":{"baseUrl":"http://127.0.0.1:PORT"}}}, then serves until stdin closes or the process is
 * terminated. The control API resets the fakes, saves and restores their state, advances their
 * shared clock, adds and clears fault rules and reads the journals ({@code StandaloneControl}).
 * Exit codes: 0 after stdin closed, 2 on a bad command line.
 */
public final class Standalone {

    /** The name of the control API in the printed line and its port option ({@code --control-port}). */
    static final String CONTROL = "control";

    /** The fakes started, in print order; a new fake adds its launcher here. */
    static final List<FakeLauncher> LAUNCHERS = List.of(new FusionLauncher(), new VsxiLauncher());

    private Standalone() {
    }

    /**
     * Entry point.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        int code = run(args, LAUNCHERS, System.in, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Starts the fakes, prints their JSON line, and blocks until {@code stdin} ends.
     *
     * @param args the options
     * @param launchers the fakes to start
     * @param stdin closing it stops the fakes
     * @param out where the JSON line goes
     * @param err where usage errors go
     * @return the exit code
     */
    static int run(String[] args, List<FakeLauncher> launchers, InputStream stdin, PrintStream out,
            PrintStream err) {
        StandaloneOptions options;
        try {
            options = StandaloneOptions.parse(args);
            checkNames(options, launchers);
            options.seed();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage(launchers));
            return 2;
        }
        List<AutoCloseable> running = new ArrayList<>();
        Thread hook = new Thread(() -> closeAll(running), "teamsdr-standalone-shutdown");
        try {
            StandaloneClock clock = new StandaloneClock();
            Map<String, Object> line = new LinkedHashMap<>();
            Map<String, LaunchedFake> fakes = launchAll(launchers, options, clock, running);
            fakes.forEach((name, fake) -> line.put(name, fake.describe()));
            StandaloneControl control = StandaloneControl.start(fakes, clock, options.port(CONTROL));
            running.add(control);
            line.put(CONTROL, Map.of("baseUrl", control.baseUrl().toString()));
            Runtime.getRuntime().addShutdownHook(hook);
            out.println(Json.text(line));
            out.flush();
            drain(stdin);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            closeAll(running);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotAdded) {
                // The JVM is already stopping (the hook runs) or the hook was never added.
            }
        }
    }

    /**
     * Starts the fakes at the same time, each on a thread of its own, and has each answer one call
     * ({@link LaunchedFake#warmUp()}), while this thread readies the JSON mapper every fake answers
     * with: on a multi-core machine the process is ready sooner than when they start one after the
     * other, and the suite's first call is not the slow one.
     */
    private static Map<String, LaunchedFake> launchAll(List<FakeLauncher> launchers, StandaloneOptions options,
            StandaloneClock clock, List<AutoCloseable> running) {
        List<CompletableFuture<LaunchedFake>> starting = new ArrayList<>();
        for (FakeLauncher launcher : launchers) {
            CompletableFuture<LaunchedFake> fake = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    LaunchedFake launched = launcher.launch(options, clock);
                    try {
                        launched.warmUp();
                    } catch (RuntimeException e) {
                        launched.close();
                        throw e;
                    }
                    fake.complete(launched);
                } catch (RuntimeException | Error e) {
                    fake.completeExceptionally(e);
                }
            }, "teamsdr-standalone-start-" + launcher.name());
            thread.setDaemon(true);
            thread.start();
            starting.add(fake);
        }
        Json.text(Map.of("ready", true));
        Map<String, LaunchedFake> fakes = new LinkedHashMap<>();
        RuntimeException failure = null;
        for (int i = 0; i < launchers.size(); i++) {
            try {
                LaunchedFake fake = starting.get(i).join();
                running.add(fake);
                fakes.put(launchers.get(i).name(), fake);
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return fakes;
    }

    private static void checkNames(StandaloneOptions options, List<FakeLauncher> launchers) {
        Set<String> known = new LinkedHashSet<>();
        known.add("seed");
        known.add(CONTROL + "-port");
        for (FakeLauncher l : launchers) {
            known.add(l.name() + "-port");
            known.addAll(l.extraOptions());
        }
        for (FakeLauncher l : launchers) {
            options.port(l.name());
        }
        options.port(CONTROL);
        for (String name : options.names()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name);
            }
        }
    }

    private static String usage(List<FakeLauncher> launchers) {
        StringBuilder sb = new StringBuilder("Usage: java -jar sdk-testkit-<version>-standalone.jar [--seed demo|empty]");
        launchers.forEach(l -> sb.append(" [--").append(l.name()).append("-port N]"));
        sb.append(" [--").append(CONTROL).append("-port N]");
        return sb.toString();
    }

    private static void drain(InputStream stdin) {
        byte[] buffer = new byte[256];
        try {
            while (stdin.read(buffer) >= 0) {
                // Input is ignored: only its end matters.
            }
        } catch (IOException closed) {
            // A broken stdin counts as closed.
        }
    }

    private static synchronized void closeAll(List<AutoCloseable> running) {
        for (AutoCloseable closeable : running) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Stopping: one that fails to close must not keep the others open.
            }
        }
        running.clear();
    }
}
