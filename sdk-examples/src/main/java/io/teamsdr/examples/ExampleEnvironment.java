package io.teamsdr.examples;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the examples send their requests: the real Fusion and VSXi platforms named by environment
 * variables, or, for each platform whose endpoint variable is absent, an embedded fake started on
 * loopback with the {@code demo} data set.
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><th>variable</th><th>meaning</th></tr>
 *   <tr><td>{@code FUSION_ENDPOINT}</td><td>Fusion base URI, e.g. {@code https://fusion.example.net}; absent: embedded fake</td></tr>
 *   <tr><td>{@code FUSION_TOKEN}</td><td>a machine-to-machine token, or else</td></tr>
 *   <tr><td>{@code FUSION_USERNAME}, {@code FUSION_PASSWORD}</td><td>a login</td></tr>
 *   <tr><td>{@code FUSION_DRAAS_INSTANCE}, {@code FUSION_TENANT}, {@code FUSION_SUBSCRIPTION}</td>
 *       <td>the subscription: DraaS instance, tenant UUID, subscription id</td></tr>
 *   <tr><td>{@code VSXI_ENDPOINT}</td><td>VSXi REST root, e.g. {@code https://sbc.example.net:8888/SSConfig/webresources}; absent: embedded fake</td></tr>
 *   <tr><td>{@code VSXI_USERNAME}, {@code VSXI_PASSWORD}</td><td>the SBC's API user</td></tr>
 * </table>
 *
 * <p>Clients and fakes are created on first use and closed with the environment. Secrets are read
 * when a client is built and never printed.
 */
public final class ExampleEnvironment implements AutoCloseable {
    private static final String USER_AGENT = "teamsdr-examples/0.1";

    private final Map<String, String> variables;
    private FakeFusionServer fakeFusion;
    private FakeVsxiServer fakeVsxi;
    private FusionClient fusion;
    private Subscription subscription;
    private VsxiTeamsClient vsxi;

    private ExampleEnvironment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /**
     * Reads the process environment.
     *
     * @return the environment; nothing is started yet
     */
    public static ExampleEnvironment fromSystem() {
        return from(System.getenv());
    }

    /**
     * Reads the given variables instead of the process environment (tests pass an empty map to get
     * both fakes).
     *
     * @param variables variable names to values
     * @return the environment; nothing is started yet
     */
    public static ExampleEnvironment from(Map<String, String> variables) {
        return new ExampleEnvironment(variables);
    }

    /**
     * Tells whether Fusion calls go to the embedded fake.
     *
     * @return {@code true} when {@code FUSION_ENDPOINT} is absent
     */
    public boolean embeddedFusion() {
        return value("FUSION_ENDPOINT").isEmpty();
    }

    /**
     * Tells whether VSXi calls go to the embedded fake.
     *
     * @return {@code true} when {@code VSXI_ENDPOINT} is absent
     */
    public boolean embeddedVsxi() {
        return value("VSXI_ENDPOINT").isEmpty();
    }

    /**
     * Returns the Fusion client, building it (and starting the fake) on first use.
     *
     * @return the client, shared by every caller of this environment
     * @throws IllegalStateException when {@code FUSION_ENDPOINT} is set but other Fusion variables are missing
     */
    public synchronized FusionClient fusion() {
        if (fusion == null) {
            if (embeddedFusion()) {
                fakeFusion = FakeFusionServer.builder().seed(FusionSeed.demo()).start();
                fusion = FusionClient.builder()
                        .endpoint(fakeFusion.baseUrl())
                        .credentials(FusionCredentials.token(fakeFusion.adminToken()))
                        .userAgentSuffix(USER_AGENT)
                        .build();
                subscription = Subscription.of(fakeFusion.draasInstance(), fakeFusion.tenantUuid(),
                        fakeFusion.subscriptionId());
            } else {
                require("FUSION_ENDPOINT", "FUSION_DRAAS_INSTANCE", "FUSION_TENANT", "FUSION_SUBSCRIPTION");
                subscription = Subscription.of(value("FUSION_DRAAS_INSTANCE").orElseThrow(),
                        value("FUSION_TENANT").orElseThrow(), parseSubscriptionId());
                fusion = FusionClient.builder()
                        .endpoint(URI.create(value("FUSION_ENDPOINT").orElseThrow()))
                        .credentials(fusionCredentials())
                        .userAgentSuffix(USER_AGENT)
                        .build();
            }
        }
        return fusion;
    }

    /**
     * Returns the MS Teams resources of the configured subscription.
     *
     * @return the resources
     */
    public synchronized MsTeams teams() {
        return fusion().msTeams(subscription);
    }

    /**
     * Returns the VSXi client, building it (and starting the fake) on first use.
     *
     * @return the client, shared by every caller of this environment
     * @throws IllegalStateException when {@code VSXI_ENDPOINT} is set but the credentials are missing
     */
    public synchronized VsxiTeamsClient vsxi() {
        if (vsxi == null) {
            if (embeddedVsxi()) {
                fakeVsxi = FakeVsxiServer.builder().demoData().start();
                FakeVsxiServer fake = fakeVsxi;
                vsxi = VsxiTeamsClient.builder()
                        .endpoint(fake.baseUrl())
                        .credentials(fake.username(), fake::password)
                        .userAgentSuffix(USER_AGENT)
                        .build();
            } else {
                require("VSXI_ENDPOINT", "VSXI_USERNAME", "VSXI_PASSWORD");
                vsxi = VsxiTeamsClient.builder()
                        .endpoint(URI.create(value("VSXI_ENDPOINT").orElseThrow()))
                        .credentials(value("VSXI_USERNAME").orElseThrow(), () -> value("VSXI_PASSWORD").orElseThrow())
                        .userAgentSuffix(USER_AGENT)
                        .build();
            }
        }
        return vsxi;
    }

    /**
     * Returns the embedded Fusion fake, once {@link #fusion()} has started it.
     *
     * @return the fake, empty against a real platform or before first use
     */
    public synchronized Optional<FakeFusionServer> fakeFusion() {
        return Optional.ofNullable(fakeFusion);
    }

    /**
     * Returns the embedded VSXi fake, once {@link #vsxi()} has started it.
     *
     * @return the fake, empty against a real SBC or before first use
     */
    public synchronized Optional<FakeVsxiServer> fakeVsxi() {
        return Optional.ofNullable(fakeVsxi);
    }

    /**
     * Describes the Fusion target in one line, without secrets.
     *
     * @return e.g. {@code embedded fake at http://127.0.0.1:40123 (seed demo)}
     */
    public String describeFusion() {
        fusion();
        return fakeFusion().map(fake -> "embedded fake at " + fake.baseUrl() + " (seed demo)")
                .orElseGet(() -> value("FUSION_ENDPOINT").orElseThrow() + " (" + credentialKind() + ")")
                + ", subscription " + subscription.subscriptionId() + " of tenant " + subscription.tenantUuid();
    }

    /**
     * Describes the VSXi target in one line, without secrets.
     *
     * @return e.g. {@code embedded fake at http://127.0.0.1:40124/SSConfig/webresources (seed demo)}
     */
    public String describeVsxi() {
        vsxi();
        return fakeVsxi().map(fake -> "embedded fake at " + fake.baseUrl() + " (seed demo)")
                .orElseGet(() -> value("VSXI_ENDPOINT").orElseThrow() + " (user " + value("VSXI_USERNAME").orElseThrow() + ")");
    }

    /** Closes the clients, then stops the fakes this environment started. */
    @Override
    public synchronized void close() {
        if (vsxi != null) {
            vsxi.close();
        }
        if (fusion != null) {
            fusion.close();
        }
        if (fakeVsxi != null) {
            fakeVsxi.close();
        }
        if (fakeFusion != null) {
            fakeFusion.close();
        }
    }

    @Override
    public String toString() {
        return "ExampleEnvironment[fusion=" + (embeddedFusion() ? "embedded" : "remote")
                + ", vsxi=" + (embeddedVsxi() ? "embedded" : "remote") + "]";
    }

    private FusionCredentials fusionCredentials() {
        Optional<String> token = value("FUSION_TOKEN");
        if (token.isPresent()) {
            return FusionCredentials.token(token.get());
        }
        require("FUSION_ENDPOINT", "FUSION_USERNAME", "FUSION_PASSWORD");
        return FusionCredentials.login(value("FUSION_USERNAME").orElseThrow(), () -> value("FUSION_PASSWORD").orElseThrow());
    }

    private String credentialKind() {
        return value("FUSION_TOKEN").isPresent() ? "token" : "login " + value("FUSION_USERNAME").orElse("?");
    }

    private long parseSubscriptionId() {
        String raw = value("FUSION_SUBSCRIPTION").orElseThrow();
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException notNumber) {
            throw new IllegalStateException("FUSION_SUBSCRIPTION must be the subscription's numeric id, was '" + raw + "'");
        }
    }

    private void require(String trigger, String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (value(name).isEmpty()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(trigger + " is set, so the example runs against that platform, but "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " missing. Set them, or unset " + trigger + " to use the embedded fake (see sdk-examples/README.md).");
        }
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(variables.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
