package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.FakeServerExtension;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension running tests against a {@link FakeVsxiServer}. Registered in a static field
 * (or through {@link WithFakeVsxi}), it starts one server for the test class, resets it before
 * every test (state back to the seed, journal and fault rules cleared), injects the server and a
 * {@link VsxiTeamsClient} configured for it, prints the server's request journal when a test
 * fails, and closes both after the class. Every test gets a client of its own, so nothing one test
 * leaves in its client reaches the next (see {@link FakeServerExtension}). Nested classes share
 * their outer class's server. Registered in an instance field, it gives each test its own server.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeVsxiExtension VSXI = FakeVsxiExtension.builder()
 *         .demoData().seed(s -> s.pbx("777"))              // the demo data plus a PBX
 *         .client(c -> c.callTimeout(Duration.ofSeconds(10)))
 *         .build();
 * }</pre>
 *
 * The options and defaults are the same as {@code FakeFusionExtension}'s: the demo data unless
 * {@code emptyData()} or {@code seed(...)}, and failing a test that sent unmatched requests.
 * Tests of one class share the server, so they must not run concurrently with each other.
 */
public final class FakeVsxiExtension extends FakeServerExtension<FakeVsxiServer, VsxiTeamsClient> {

    private final List<Consumer<FakeVsxiServer.Builder>> serverSettings;
    private final List<Consumer<VsxiTeamsClient.Builder>> clientSettings;
    private final boolean failOnUnmatched;
    private final boolean fromAnnotation;

    /**
     * The extension as {@link WithFakeVsxi} registers it: configured by the annotation.
     */
    public FakeVsxiExtension() {
        this(List.of(), List.of(), true, true);
    }

    private FakeVsxiExtension(List<Consumer<FakeVsxiServer.Builder>> serverSettings,
            List<Consumer<VsxiTeamsClient.Builder>> clientSettings, boolean failOnUnmatched, boolean fromAnnotation) {
        super(FakeVsxiServer.class, VsxiTeamsClient.class);
        this.serverSettings = List.copyOf(serverSettings);
        this.clientSettings = List.copyOf(clientSettings);
        this.failOnUnmatched = failOnUnmatched;
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
     * Starts a server with the annotation's settings or the builder's.
     *
     * @param context the context the server starts for
     * @return the running server
     */
    @Override
    protected FakeVsxiServer startServer(ExtensionContext context) {
        FakeVsxiServer.Builder builder = FakeVsxiServer.builder();
        if (fromAnnotation && !annotation(context).map(WithFakeVsxi::demoData).orElse(true)) {
            builder.emptyData();
        }
        serverSettings.forEach(setting -> setting.accept(builder));
        return builder.start();
    }

    /**
     * Builds a new client from {@link FakeVsxiServer#clientBuilder()}.
     *
     * @param server the running server
     * @return the client
     */
    @Override
    protected VsxiTeamsClient newClient(FakeVsxiServer server) {
        VsxiTeamsClient.Builder builder = server.clientBuilder();
        clientSettings.forEach(setting -> setting.accept(builder));
        return builder.build();
    }

    /**
     * The builder's or the annotation's {@code failOnUnmatchedRequests}.
     *
     * @param context the test context
     * @return whether unmatched requests fail a test
     */
    @Override
    protected boolean failOnUnmatchedRequests(ExtensionContext context) {
        if (!fromAnnotation) {
            return failOnUnmatched;
        }
        return annotation(context).map(WithFakeVsxi::failOnUnmatchedRequests).orElse(true);
    }

    private static Optional<WithFakeVsxi> annotation(ExtensionContext context) {
        return context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, WithFakeVsxi.class));
    }

    /** Configures a {@link FakeVsxiExtension}; the same options as {@code FakeFusionExtension.Builder}. */
    public static final class Builder {
        private final List<Consumer<FakeVsxiServer.Builder>> serverSettings = new ArrayList<>();
        private final List<Consumer<VsxiTeamsClient.Builder>> clientSettings = new ArrayList<>();
        private boolean failOnUnmatched = true;

        private Builder() {
        }

        /**
         * Configures the server (data, credentials, clock); may be called several times, settings
         * apply in order.
         *
         * @param settings applied to the server builder
         * @return this builder
         */
        public Builder server(Consumer<FakeVsxiServer.Builder> settings) {
            serverSettings.add(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * Starts the server with the {@link VsxiDemoData demo data} ({@code DEMO.md}); the default
         * unless seeds are given. Seeds given as well are added to it.
         *
         * @return this builder
         */
        public Builder demoData() {
            return server(FakeVsxiServer.Builder::demoData);
        }

        /**
         * Starts the server with no data.
         *
         * @return this builder
         */
        public Builder emptyData() {
            return server(FakeVsxiServer.Builder::emptyData);
        }

        /**
         * The data the server starts from instead of the demo data (added to it after
         * {@link #demoData()}), and returns to before each test.
         *
         * @param seed adds PBXs, service ports, tenants, users and sessions
         * @return this builder
         */
        public Builder seed(Consumer<VsxiSeed> seed) {
            Objects.requireNonNull(seed, "seed");
            return server(b -> b.seed(seed));
        }

        /**
         * Configures every client (timeouts, retries); endpoint and credentials are already set.
         *
         * @param settings applied to each client builder
         * @return this builder
         */
        public Builder client(Consumer<VsxiTeamsClient.Builder> settings) {
            clientSettings.add(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * Whether a test fails when it sent a request no route matched (default true).
         *
         * @param fail true to fail such tests
         * @return this builder
         */
        public Builder failOnUnmatchedRequests(boolean fail) {
            this.failOnUnmatched = fail;
            return this;
        }

        /**
         * Builds the extension.
         *
         * @return the extension, to assign to a {@code @RegisterExtension} field
         */
        public FakeVsxiExtension build() {
            return new FakeVsxiExtension(serverSettings, clientSettings, failOnUnmatched, false);
        }
    }
}
