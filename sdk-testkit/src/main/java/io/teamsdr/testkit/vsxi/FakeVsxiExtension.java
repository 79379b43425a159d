package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.FakeServerExtension;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension running tests against a {@link FakeVsxiServer}. Registered in a static field
 * (or through {@link WithFakeVsxi}), it starts one server for the test class, resets it before
 * every test (state back to the seed, journal and fault rules cleared), injects the server and a
 * {@link VsxiTeamsClient} configured for it, prints the server's request journal when a test
 * fails, and closes both after the class. Nested classes share their outer class's server.
 * Registered in an instance field, it gives each test its own server.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeVsxiExtension VSXI = FakeVsxiExtension.builder()
 *         .server(b -> b.demoData().seed(s -> s.pbx("777")))
 *         .client(c -> c.callTimeout(Duration.ofSeconds(10)))
 *         .build();
 * }</pre>
 *
 * Tests of one class share the server, so they must not run concurrently with each other.
 */
public final class FakeVsxiExtension extends FakeServerExtension<FakeVsxiServer, VsxiTeamsClient> {

    private final List<Consumer<FakeVsxiServer.Builder>> serverSettings;
    private final List<Consumer<VsxiTeamsClient.Builder>> clientSettings;
    private final boolean fromAnnotation;

    /**
     * The extension as {@link WithFakeVsxi} registers it: configured by the annotation.
     */
    public FakeVsxiExtension() {
        this(List.of(), List.of(), true);
    }

    private FakeVsxiExtension(List<Consumer<FakeVsxiServer.Builder>> serverSettings,
            List<Consumer<VsxiTeamsClient.Builder>> clientSettings, boolean fromAnnotation) {
        super(FakeVsxiServer.class, VsxiTeamsClient.class);
        this.serverSettings = List.copyOf(serverSettings);
        this.clientSettings = List.copyOf(clientSettings);
        this.fromAnnotation = fromAnnotation;
    }

    /**
     * Starts configuring an extension for {@code @RegisterExtension}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a server with the annotation's demo data or the builder's settings.
     *
     * @param context the context the server starts for
     * @return the running server
     */
    @Override
    protected FakeVsxiServer startServer(ExtensionContext context) {
        FakeVsxiServer.Builder builder = FakeVsxiServer.builder();
        if (fromAnnotation) {
            boolean demo = context.getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, WithFakeVsxi.class))
                    .map(WithFakeVsxi::demoData)
                    .orElse(true);
            if (demo) {
                builder.demoData();
            }
        }
        serverSettings.forEach(setting -> setting.accept(builder));
        return builder.start();
    }

    /**
     * Builds a client logging in with the server's credentials.
     *
     * @param server the running server
     * @return the client
     */
    @Override
    protected VsxiTeamsClient newClient(FakeVsxiServer server) {
        VsxiTeamsClient.Builder builder = VsxiTeamsClient.builder()
                .endpoint(server.baseUrl())
                .credentials(server.username(), server::password);
        clientSettings.forEach(setting -> setting.accept(builder));
        return builder.build();
    }

    /** Configures a {@link FakeVsxiExtension}. */
    public static final class Builder {
        private final List<Consumer<FakeVsxiServer.Builder>> serverSettings = new ArrayList<>();
        private final List<Consumer<VsxiTeamsClient.Builder>> clientSettings = new ArrayList<>();

        private Builder() {
        }

        /**
         * Configures the server (seeds, demo data, credentials, clock); may be called several
         * times. Without it the server starts empty.
         *
         * @param settings applied to the server builder
         * @return this builder
         */
        public Builder server(Consumer<FakeVsxiServer.Builder> settings) {
            serverSettings.add(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * Starts the server with the {@link VsxiDemoData demo data}.
         *
         * @return this builder
         */
        public Builder demoData() {
            return server(FakeVsxiServer.Builder::demoData);
        }

        /**
         * Adds seed data.
         *
         * @param seed adds PBXs, service ports, tenants, users and sessions
         * @return this builder
         */
        public Builder seed(Consumer<VsxiSeed> seed) {
            Objects.requireNonNull(seed, "seed");
            return server(b -> b.seed(seed));
        }

        /**
         * Configures the client (timeouts, retries); endpoint and credentials are already set.
         *
         * @param settings applied to the client builder
         * @return this builder
         */
        public Builder client(Consumer<VsxiTeamsClient.Builder> settings) {
            clientSettings.add(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * Builds the extension.
         *
         * @return the extension, to assign to a {@code @RegisterExtension} field
         */
        public FakeVsxiExtension build() {
            return new FakeVsxiExtension(serverSettings, clientSettings, false);
        }
    }
}
