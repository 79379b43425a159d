package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.provisioning.ActionKind;
import io.teamsdr.provisioning.DesiredState;
import io.teamsdr.provisioning.FusionSubscription;
import io.teamsdr.provisioning.Plan;
import io.teamsdr.provisioning.Platform;
import io.teamsdr.provisioning.Provisioner;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.provisioning.SipUserNaming;
import io.teamsdr.provisioning.VoiceUser;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.fusion.VoiceCapability;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.testkit.vsxi.VsxiSeed;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A provisioning plan for a large tenant, in a {@code -Xmx256m} JVM: the desired state of
 * {@code users} voice users is built in code, then {@code Provisioner.plan} reads both fakes (the
 * Fusion users through the infinite scroll, the SBC's SIP users as a stream) and works out the plan.
 * Two scenarios:
 * <ul>
 *   <li>{@code fresh}: nothing is provisioned yet (users hold an E3 licence and no number, the SBC
 *       has no tenant for the customer): the plan adds every user on both platforms;</li>
 *   <li>{@code steady}: everything is provisioned already (numbers, Teams Phone licence, policy,
 *       group, one SIP user each): the plan reads each user's policy and groups one by one (eight in
 *       flight) and finds nothing to change.</li>
 * </ul>
 * Both fakes run in a process of their own ({@code server} mode), seeded with the testkit's DSL, so
 * that the client's heap is its own. Prints the plan's time, its read rates and the heap figures of
 * {@link HeapWatch}.
 *
 * <p>Modes: {@code server <users> <fresh|steady>} (prints {@code READY <json>}, serves until standard
 * input closes), {@code plan <server json> <users>} (one measured plan), and
 * {@code <results folder> [--users=N] [--runs=N] [--scenarios=fresh,steady]} to run both and write
 * {@code provisioning.json} there.
 */
public final class ProvisioningPlanRun {
    /** The heap the plan must fit in. */
    public static final String CLIENT_HEAP = "-Xmx256m";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOMAIN = "bench.example";
    private static final String TENANT = "2001";
    private static final long FIRST_NUMBER = 3220000000L;
    private static final String MCOEV_SKU = "e43b5b99-8dfb-405f-9987-dc307f34bcbd";
    private static final String E3_SKU = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    private static final Duration SEED_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration PLAN_TIMEOUT = Duration.ofMinutes(20);

    private ProvisioningPlanRun() {
    }

    /**
     * Runs one of the modes.
     *
     * @param args the mode and its arguments
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "server" -> serve(Integer.parseInt(args[1]), args[2].equals("steady"));
            case "plan" -> plan(JSON.readTree(args[1]), Integer.parseInt(args[2]));
            default -> standalone(args);
        }
    }

    private static void standalone(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        int users = 100_000;
        int runs = 3;
        List<String> scenarios = List.of("fresh", "steady");
        for (String arg : List.of(args).subList(1, args.length)) {
            if (arg.startsWith("--users=")) {
                users = Integer.parseInt(arg.substring("--users=".length()));
            } else if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(arg.substring("--runs=".length()));
            } else if (arg.startsWith("--scenarios=")) {
                scenarios = List.of(arg.substring("--scenarios=".length()).split(","));
            } else {
                throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        Files.createDirectories(results);
        List<ObjectNode> all = new ArrayList<>();
        measure(users, runs, scenarios, (variant, figures) -> {
            ObjectNode entry = JSON.createObjectNode().put("phase", "provisioning").put("variant", variant);
            entry.set("figures", figures);
            all.add(entry);
            System.out.println("provisioning " + variant + "  " + figures);
        });
        JSON.writerWithDefaultPrettyPrinter().writeValue(results.resolve("provisioning.json").toFile(), all);
    }

    /**
     * Measures the plans: for each scenario, seeds a server process, then plans {@code runs} times
     * (after one warm-up plan), each in a fresh {@value #CLIENT_HEAP} JVM. A server that cannot be
     * seeded in time, or a plan that fails (out of memory included), is recorded as a failed result.
     *
     * @param users the tenant's size
     * @param runs measured plans per scenario
     * @param scenarios {@code fresh} and/or {@code steady}
     * @param record receives each result: the variant name and its figures
     */
    public static void measure(int users, int runs, List<String> scenarios, BiConsumer<String, JsonNode> record) {
        for (String scenario : scenarios) {
            String variant = scenario + ", " + users + " users";
            long started = System.nanoTime();
            try (Server server = Server.start(users, scenario)) {
                double seedSeconds = (System.nanoTime() - started) / 1e9;
                String endpoint = server.endpoint.toString();
                ChildJvm.run(List.of(CLIENT_HEAP), ProvisioningPlanRun.class, List.of("plan", endpoint,
                        String.valueOf(users)), PLAN_TIMEOUT);
                for (int run = 1; run <= runs; run++) {
                    JsonNode figures = planOrFailure(endpoint, users);
                    ((ObjectNode) figures).put("run", run).put("seedAndStartSeconds", seedSeconds);
                    record.accept(variant, figures);
                }
            } catch (IllegalStateException failed) {
                record.accept(variant, JSON.createObjectNode().put("users", users).put("failed", true)
                        .put("reason", failed.getMessage()));
            }
        }
    }

    private static JsonNode planOrFailure(String endpoint, int users) {
        try {
            return ChildJvm.run(List.of(CLIENT_HEAP), ProvisioningPlanRun.class, List.of("plan", endpoint,
                    String.valueOf(users)), PLAN_TIMEOUT);
        } catch (IllegalStateException failure) {
            String message = failure.getMessage();
            return JSON.createObjectNode().put("users", users).put("failed", true)
                    .put("reason", message.contains("OutOfMemoryError") ? "OutOfMemoryError" : message);
        }
    }

    /** One measured plan, in this JVM. */
    private static void plan(JsonNode server, int users) throws Exception {
        Endpoint fusionEndpoint = JSON.treeToValue(server.get("fusion"), Endpoint.class);
        Endpoint vsxiEndpoint = JSON.treeToValue(server.get("vsxi"), Endpoint.class);
        try (FusionClient fusion = Clients.fusion(fusionEndpoint); VsxiTeamsClient vsxi = Clients.vsxi(vsxiEndpoint)) {
            Provisioner provisioner = Provisioner.builder().fusion(fusion).vsxi(vsxi).build();
            long buildStarted = System.nanoTime();
            DesiredState desired = desired(fusionEndpoint, users);
            double buildMillis = (System.nanoTime() - buildStarted) / 1e6;
            try (HeapWatch heap = HeapWatch.start()) {
                double cpuAtStart = ProcessCpu.millis();
                double fusionCpuAtStart = ProcessCpu.millisOf(fusionEndpoint.pid());
                long started = System.nanoTime();
                Plan plan = provisioner.plan(desired);
                double planMillis = (System.nanoTime() - started) / 1e6;
                long renderStarted = System.nanoTime();
                plan.writeText(Writer.nullWriter());
                plan.writeJson(Writer.nullWriter());
                double renderMillis = (System.nanoTime() - renderStarted) / 1e6;
                ObjectNode figures = JSON.createObjectNode()
                        .put("users", users)
                        .put("fusionUsersRead", plan.observed().fusionUsers())
                        .put("userDetailsRead", plan.observed().userDetails())
                        .put("sipUsersRead", plan.observed().sipUsers())
                        .put("fusionAdds", plan.count(Platform.FUSION, ActionKind.ADD))
                        .put("sbcAdds", plan.count(Platform.SBC, ActionKind.ADD))
                        .put("actions", plan.actions().size())
                        .put("conflicts", plan.conflicts().size())
                        .put("empty", plan.isEmpty())
                        .put("buildDesiredStateMillis", buildMillis)
                        .put("planSeconds", planMillis / 1000)
                        .put("usersPerSecond", users / (planMillis / 1000))
                        .put("renderTextAndJsonMillis", renderMillis)
                        .put("clientCpuSeconds", (ProcessCpu.millis() - cpuAtStart) / 1000)
                        .put("serverCpuSeconds", (ProcessCpu.millisOf(fusionEndpoint.pid()) - fusionCpuAtStart) / 1000)
                        .put("heapMaxMb", heap.maxHeapBytes() / 1e6)
                        .put("heapPeakAfterGcMb", heap.peakAfterGcBytes() / 1e6)
                        .put("heapPeakUsedMb", heap.peakUsedBytes() / 1e6)
                        .put("gcCount", heap.collections());
                System.out.println(ChildJvm.RESULT + figures);
            }
        }
    }

    /** The desired state of the benchmark tenant: every user a voice user with its number. */
    static DesiredState desired(Endpoint fusion, int users) {
        DesiredState.Builder desired = DesiredState.builder()
                .subscription(FusionSubscription.of(fusion.draasInstance(), fusion.tenantUuid(), fusion.subscriptionId()))
                .sbcTenant(SbcTenant.builder().tenantId(TENANT).tenantName("Bench").microsoftFqdn("dr." + DOMAIN)
                        .localIp("192.0.2.10").did("+3229999999").pbxId("100").spId("1").build());
        List<String> licenses = List.of("MCOEV");
        List<String> groups = List.of("Voice");
        for (int i = 0; i < users; i++) {
            desired.user(VoiceUser.builder(upn(i), number(i)).vrp("Europe").licenses(licenses).groups(groups).build());
        }
        return desired.build();
    }

    /** Both fakes, seeded, in this process, until standard input closes. */
    private static void serve(int users, boolean steady) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        FusionSeed seed = FusionSeed.builder(9).subscription(FusionSeed.DEFAULT_DRAAS_INSTANCE,
                FusionSeed.DEFAULT_SUBSCRIPTION_ID, s -> {
                    s.verifiedDomains(DOMAIN)
                            .license(E3_SKU, "SPE_E3", "Microsoft 365 E3", users + 10, VoiceCapability.NO)
                            .license(MCOEV_SKU, "MCOEV", "Microsoft Teams Phone Standard", users + 10, VoiceCapability.YES)
                            .vrp("Global").vrp("Europe")
                            .group("Voice", "Voice users", true)
                            .numbers(number(0), users);
                    for (int i = 0; i < users; i++) {
                        String upn = upn(i);
                        String number = number(i);
                        String name = String.format(Locale.ROOT, "Bench User %07d", i);
                        if (steady) {
                            s.user(name, u -> u.upn(upn).location("BE").licenses("SPE_E3", "MCOEV").groups("Voice")
                                    .number(number).vrp("Europe"));
                        } else {
                            s.user(name, u -> u.upn(upn).location("BE").licenses("SPE_E3"));
                        }
                    }
                }).build();
        try (FakeFusionServer fusion = FakeFusionServer.builder().seed(seed).start();
             FakeVsxiServer vsxi = FakeVsxiServer.builder().credentials("bench", "bench-secret")
                     .seed(s -> sbc(s, users, steady)).start()) {
            ObjectNode ready = JSON.createObjectNode();
            ready.set("fusion", JSON.valueToTree(ServerMain.fusionEndpoint(ServerKind.FUSION_LARGE, fusion,
                    fusion.userIdByUpn(upn(0)).orElseThrow())));
            ready.set("vsxi", JSON.valueToTree(new Endpoint(ServerKind.VSXI.name(), vsxi.baseUrl().toString(),
                    vsxi.password(), vsxi.username(), "", TENANT, 0, "", users, ProcessHandle.current().pid())));
            System.out.println(ServerMain.READY + ready);
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            while (in.read(buffer) != -1) {
                // Serves until the parent closes the pipe or dies.
                continue;
            }
        }
    }

    private static void sbc(VsxiSeed seed, int users, boolean steady) {
        seed.pbx("100").servicePort("1");
        if (steady) {
            seed.tenant(TENANT, t -> t.name("Bench").microsoftFqdn("dr." + DOMAIN).localIp("192.0.2.10")
                    .did("+3229999999").pbxId("100").spId("1"));
            for (int i = 0; i < users; i++) {
                seed.user(TENANT, SipUserNaming.DEFAULT.sipUser(upn(i), TENANT), "sip-secret-" + i, number(i));
            }
        }
    }

    static String upn(int i) {
        return String.format(Locale.ROOT, "u%07d@%s", i, DOMAIN);
    }

    static String number(int i) {
        return "+" + (FIRST_NUMBER + i);
    }

    /** The server process of one scenario. */
    private static final class Server implements AutoCloseable {
        private final Process process;
        private final JsonNode endpoint;
        private final Path log;

        private Server(Process process, JsonNode endpoint, Path log) {
            this.process = process;
            this.endpoint = endpoint;
            this.log = log;
        }

        static Server start(int users, String scenario) {
            List<String> command = ChildJvm.command(List.of("-Xmx4g", "-Dsun.net.httpserver.nodelay=true"),
                    ProvisioningPlanRun.class, List.of("server", String.valueOf(users), scenario));
            try {
                Path log = Files.createTempFile("teamsdr-bench-provisioning-server", ".log");
                Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8));
                CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
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
                });
                String line;
                try {
                    line = ready.get(SEED_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException slow) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the fakes were not seeded with " + users + " users within "
                            + SEED_TIMEOUT.toMinutes() + " minutes");
                } catch (java.util.concurrent.ExecutionException failed) {
                    process.destroyForcibly();
                    throw new IllegalStateException("the server failed: " + failed.getCause());
                }
                if (line == null) {
                    throw new IllegalStateException("the server ended before it was ready:\n" + ChildJvm.tail(log));
                }
                return new Server(process, JSON.readTree(line.substring(ServerMain.READY.length())), log);
            } catch (IOException failure) {
                throw new IllegalStateException("cannot start the server: " + failure.getMessage(), failure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", interrupted);
            }
        }

        @Override
        public void close() {
            ServerProcess.stop(process, log);
        }
    }
}
