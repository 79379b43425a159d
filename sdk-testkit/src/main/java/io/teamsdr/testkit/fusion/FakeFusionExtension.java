package io.teamsdr.testkit.fusion;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.testkit.FakeServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension running tests against a {@link FakeFusionServer}. Registered in a static
 * field (or through {@link WithFakeFusion}), it starts one server for the test class, resets it
 * before every test (state back to the seed, journal and fault rules cleared), injects the server,
 * a {@link FusionClient} configured for it and the default subscription's {@link MsTeams}, prints
 * the request journal when a test fails, and closes both after the class. Every test gets a client
 * of its own, so a 429 pause or a token of one test never reaches the next (see
 * {@link FakeServerExtension}). Nested classes share their outer class's server. Registered in an
 * instance field, it gives each test its own server.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeFusionExtension FUSION = FakeFusionExtension.builder()
 *         .seed(FusionSeed.builder(7).subscription("draas_v1", 42, s -> s.verifiedDomains("x.onmicrosoft.com")).build())
 *         .clientToken(FakeFusionServer::readOnlyToken)
 *         .client(c -> c.callTimeout(Duration.ofSeconds(10)))
 *         .build();
 * }</pre>
 *
 * The options and defaults are the same as {@code FakeVsxiExtension}'s: the demo data unless
 * {@code emptyData()} or {@code seed(...)}, and failing a test that sent unmatched requests.
 * Tests of one class share the server, so they must not run concurrently with each other.
 */
public final class FakeFusionExtension extends FakeServerExtension<FakeFusionServer, FusionClient> {

    private final List<Consumer<FakeFusionServer.Builder>> serverSettings;
    private final List<Consumer<FusionClient.Builder>> clientSettings;
    private final Function<FakeFusionServer, String> clientToken;
    private final boolean failOnUnmatched;
    private final boolean fromAnnotation;

    /**
     * The extension as {@link WithFakeFusion} registers it: configured by the annotation.
     */
    public FakeFusionExtension() {
        this(List.of(), List.of(), FakeFusionServer::adminToken, true, true);
    }

    private FakeFusionExtension(List<Consumer<FakeFusionServer.Builder>> serverSettings,
            List<Consumer<FusionClient.Builder>> clientSettings, Function<FakeFusionServer, String> clientToken,
            boolean failOnUnmatched, boolean fromAnnotation) {
        super(FakeFusionServer.class, FusionClient.class);
        this.serverSettings = List.copyOf(serverSettings);
        this.clientSettings = List.copyOf(clientSettings);
        this.clientToken = clientToken;
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
     * The MS Teams resources of the server's default subscription, through the running test's client.
     *
     * @return the resources
     * @throws IllegalStateException outside a test of the class
     */
    public synchronized MsTeams msTeams() {
        return client().msTeams(server().subscription());
    }

    /**
     * Starts a server with the annotation's settings or the builder's.
     *
     * @param context the context the server starts for
     * @return the running server
     */
    @Override
    protected FakeFusionServer startServer(ExtensionContext context) {
        FakeFusionServer.Builder builder = FakeFusionServer.builder();
        if (fromAnnotation && !annotation(context).map(WithFakeFusion::demoData).orElse(true)) {
            builder.emptyData();
        }
        serverSettings.forEach(setting -> setting.accept(builder));
        return builder.start();
    }

    /**
     * Builds a new client from {@link FakeFusionServer#clientBuilder()}, sending the configured
     * token, read from the server on every request.
     *
     * @param server the running server
     * @return the client
     */
    @Override
    protected FusionClient newClient(FakeFusionServer server) {
        FusionClient.Builder builder = server.clientBuilder()
                .credentials(FusionCredentials.token(() -> clientToken.apply(server)));
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
        return annotation(context).map(WithFakeFusion::failOnUnmatchedRequests).orElse(true);
    }

    /**
     * Also injects the default subscription's {@link MsTeams}.
     *
     * @param type the parameter's declared type
     * @return true for {@link FakeFusionServer}, {@link FusionClient} and {@link MsTeams}
     */
    @Override
    protected boolean resolves(Class<?> type) {
        return type == MsTeams.class || super.resolves(type);
    }

    /**
     * Supplies the server, the client or the default subscription's resources through that client.
     *
     * @param type the parameter's declared type
     * @param client the client of the test or the class
     * @return the value
     */
    @Override
    protected Object resolve(Class<?> type, FusionClient client) {
        return type == MsTeams.class ? client.msTeams(server().subscription()) : super.resolve(type, client);
    }

    private static Optional<WithFakeFusion> annotation(ExtensionContext context) {
        return context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, WithFakeFusion.class));
    }

    /** Configures a {@link FakeFusionExtension}; the same options as {@code FakeVsxiExtension.Builder}. */
    public static final class Builder {
        private final List<Consumer<FakeFusionServer.Builder>> serverSettings = new ArrayList<>();
        private final List<Consumer<FusionClient.Builder>> clientSettings = new ArrayList<>();
        private Function<FakeFusionServer, String> clientToken = FakeFusionServer::adminToken;
        private boolean failOnUnmatched = true;

        private Builder() {
        }

        /**
         * Configures the server (data, clock, lifetimes, settling); may be called several times,
         * settings apply in order.
         *
         * @param settings applied to the server builder
         * @return this builder
         */
        public Builder server(Consumer<FakeFusionServer.Builder> settings) {
            serverSettings.add(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * Starts the server with the demo data ({@code DEMO.md}); the default.
         *
         * @return this builder
         */
        public Builder demoData() {
            return server(FakeFusionServer.Builder::demoData);
        }

        /**
         * Starts the server with no data ({@link FusionSeed#empty()}).
         *
         * @return this builder
         */
        public Builder emptyData() {
            return server(FakeFusionServer.Builder::emptyData);
        }

        /**
         * The data the server starts from, instead of the demo data, and returns to before each test.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(FusionSeed seed) {
            Objects.requireNonNull(seed, "seed");
            return server(b -> b.seed(seed));
        }

        /**
         * Which token the client sends (default {@link FakeFusionServer#adminToken()}); read on
         * every request, so a test may switch it through the server.
         *
         * @param token picks the token from the running server
         * @return this builder
         */
        public Builder clientToken(Function<FakeFusionServer, String> token) {
            this.clientToken = Objects.requireNonNull(token, "token");
            return this;
        }

        /**
         * Configures every client (timeouts, retries, sleeper); endpoint and credentials are set.
         *
         * @param settings applied to each client builder
         * @return this builder
         */
        public Builder client(Consumer<FusionClient.Builder> settings) {
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
        public FakeFusionExtension build() {
            return new FakeFusionExtension(serverSettings, clientSettings, clientToken, failOnUnmatched, false);
        }
    }
}
