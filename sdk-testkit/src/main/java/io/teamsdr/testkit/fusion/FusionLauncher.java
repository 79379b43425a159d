package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.FakeLauncher;
import io.teamsdr.testkit.LaunchedFake;
import io.teamsdr.testkit.StandaloneOptions;
import io.teamsdr.testkit.StatefulFake;
import io.teamsdr.testkit.internal.LoopbackCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the Fusion fake for {@link io.teamsdr.testkit.Standalone}: {@code --fusion-port N}
 * (0 = free port) and {@code --seed demo|empty}. Its description includes the Graph base URL the
 * same server answers on ({@link FakeFusionServer#graph()}).
 */
public final class FusionLauncher implements FakeLauncher {

    /** Creates the launcher. */
    public FusionLauncher() {
    }

    /**
     * The name {@code fusion}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "fusion";
    }

    /**
     * Starts the fake on the requested port with the requested data set.
     *
     * @param options the command line
     * @param clock the shared clock of the standalone fakes
     * @return the running fake
     */
    @Override
    public LaunchedFake launch(StandaloneOptions options, Clock clock) {
        FusionSeed seed = options.seed().equals(StandaloneOptions.SEED_EMPTY) ? FusionSeed.empty() : FusionSeed.demo();
        FakeFusionServer server = FakeFusionServer.builder().seed(seed).clock(clock).port(options.port(name())).start();
        return new LaunchedFake() {
            @Override
            public Map<String, Object> describe() {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("baseUrl", server.baseUrl().toString());
                d.put("graphBaseUrl", server.graph().baseUrl().toString());
                d.put("draasInstance", server.draasInstance());
                d.put("tenant", server.tenantUuid());
                d.put("subscription", server.subscriptionId());
                d.put("adminToken", server.adminToken());
                d.put("readOnlyToken", server.readOnlyToken());
                return d;
            }

            @Override
            public void warmUp() {
                try {
                    LoopbackCall.get(server.baseUrl(), server.subscriptionPath() + "/msteams/status",
                            "Bearer " + server.adminToken());
                } catch (IOException e) {
                    throw new UncheckedIOException("The Fusion fake did not answer its warm-up call", e);
                }
                server.journal().clear();
            }

            @Override
            public StatefulFake fake() {
                return server;
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}
