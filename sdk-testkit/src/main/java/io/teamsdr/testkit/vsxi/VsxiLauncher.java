package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.FakeLauncher;
import io.teamsdr.testkit.LaunchedFake;
import io.teamsdr.testkit.StandaloneOptions;
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
     * @return the running fake
     */
    @Override
    public LaunchedFake launch(StandaloneOptions options) {
        FakeVsxiServer.Builder builder = FakeVsxiServer.builder().port(options.port(name()));
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
            public void close() {
                server.close();
            }
        };
    }
}
