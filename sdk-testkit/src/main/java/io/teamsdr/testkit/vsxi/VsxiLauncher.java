package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.FakeLauncher;
import io.teamsdr.testkit.LaunchedFake;
import io.teamsdr.testkit.StandaloneOptions;
import io.teamsdr.testkit.StatefulFake;
import io.teamsdr.testkit.internal.LoopbackCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Starts the VSXi fake for {@link io.teamsdr.testkit.Standalone}: {@code --vsxi-port N} (0 = a
 * free port) and {@code --seed demo|empty}. Its JSON object is
 * {@code {"baseUrl":"http://127.0.0.1:PORT/SSConfig/webresources","username":"admin","password":"..."}}.
 */
public final class VsxiLauncher implements FakeLauncher {

    /** Creates the launcher. */
    public VsxiLauncher() {
    }

    /**
     * The name {@code vsxi}.
     *
     * @return the name
     */
    @Override
    public String name() {
        return "vsxi";
    }

    /**
     * Starts the fake on the requested port with the requested data set and a generated password.
     *
     * @param options the command line
     * @param clock the shared clock of the standalone fakes
     * @return the running fake
     */
    @Override
    public LaunchedFake launch(StandaloneOptions options, Clock clock) {
        FakeVsxiServer.Builder builder = FakeVsxiServer.builder().clock(clock).port(options.port(name()));
        if (options.seed().equals(StandaloneOptions.SEED_EMPTY)) {
            builder.emptyData();
        }
        FakeVsxiServer server = builder.start();
        return new LaunchedFake() {
            @Override
            public Map<String, Object> describe() {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("baseUrl", server.baseUrl().toString());
                d.put("username", server.username());
                d.put("password", server.password());
                return d;
            }

            @Override
            public void warmUp() {
                String basic = "Basic " + Base64.getEncoder().encodeToString(
                        (server.username() + ":" + server.password()).getBytes(StandardCharsets.UTF_8));
                try {
                    LoopbackCall.get(server.baseUrl(), server.baseUrl().getPath() + "/teams/tenants", basic);
                } catch (IOException e) {
                    throw new UncheckedIOException("The VSXi fake did not answer its warm-up call", e);
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
