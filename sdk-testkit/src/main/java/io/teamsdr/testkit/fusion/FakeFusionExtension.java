package io.teamsdr.testkit.fusion;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.testkit.RecordedRequest;
import io.teamsdr.testkit.RequestJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension running tests against a {@link FakeFusionServer}. Registered in a static
 * field (or through {@link WithFakeFusion}), it starts one server for the test class, resets it
 * before every test (state back to the seed, journal and fault rules cleared), injects the server,
 * a {@link FusionClient} configured for it and the default subscription's {@link MsTeams}, prints
 * the request journal when a test fails, and closes both after the class. Nested classes share
 * their outer class's server. Registered in an instance field, it gives each test its own server.
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
 * Tests of one class share the server, so they must not run concurrently with each other.
 */
public final class FakeFusionExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver, TestWatcher {

    private final List<Consumer<FakeFusionServer.Builder>> serverSettings;
    private final List<Consumer<FusionClient.Builder>> clientSettings;
    private final Function<FakeFusionServer, String> clientToken;
    private final boolean failOnUnmatched;
    private final boolean fromAnnotation;

    private FakeFusionServer server;
    private FusionClient client;
    private RequestJournal lastJournal;
    private String ownerId;
    private boolean perTest;

    /**
     * The extension as {@link WithFakeFusion} registers it: configured by the annotation.
     */
    public FakeFusionExtension() {
        this(List.of(), List.of(), FakeFusionServer::adminToken, true, true);
    }

    private FakeFusionExtension(List<Consumer<FakeFusionServer.Builder>> serverSettings,
            List<Consumer<FusionClient.Builder>> clientSettings, Function<FakeFusionServer, String> clientToken,
            boolean failOnUnmatched, boolean fromAnnotation) {
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
     * The running server, for tests that reach it through the registered field.
     *
     * @return the server
     * @throws IllegalStateException outside a test of the class
     */
    public synchronized FakeFusionServer server() {
        if (server == null) {
            throw new IllegalStateException("The fake Fusion server runs only during the tests of the class");
        }
        return server;
    }

    /**
     * The client configured for the running server.
     *
     * @return the client
     * @throws IllegalStateException outside a test of the class
     */
    public synchronized FusionClient client() {
        server();
        return client;
    }

    /**
     * The MS Teams resources of the server's default subscription.
     *
     * @return the resources
     * @throws IllegalStateException outside a test of the class
     */
    public synchronized MsTeams msTeams() {
        FakeFusionServer running = server();
        return client.msTeams(Subscription.of(running.draasInstance(), running.tenantUuid(),
                running.subscriptionId()));
    }

    /**
     * Starts the class's server unless an outer class already did.
     *
     * @param context the class context
     */
    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server == null) {
            start(context);
            ownerId = context.getUniqueId();
        }
    }

    /**
     * Stops the server started for this class.
     *
     * @param context the class context
     */
    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(ownerId)) {
            stop();
            ownerId = null;
        }
    }

    /**
     * Resets the server (starting one for a per-test registration).
     *
     * @param context the test context
     */
    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (server == null) {
            start(context);
            perTest = true;
        }
        server.reset();
    }

    /**
     * Fails the test when it sent requests no route matched (if enabled), and stops a per-test
     * server.
     *
     * @param context the test context
     */
    @Override
    public synchronized void afterEach(ExtensionContext context) {
        List<RecordedRequest> unmatched = failOnUnmatched(context) ? server.journal().unmatchedRequests() : List.of();
        if (perTest) {
            // testFailed runs after this and prints the journal; it outlives the server.
            lastJournal = server.journal();
            stop();
            perTest = false;
        }
        if (!unmatched.isEmpty() && context.getExecutionException().isEmpty()) {
            throw new AssertionError("The test sent " + unmatched.size()
                    + " request(s) that no Fusion endpoint matches (wrong path or method): " + unmatched);
        }
    }

    /**
     * Whether the parameter is the server, the client or the default subscription's resources.
     *
     * @param parameter the parameter
     * @param context the context
     * @return true for {@link FakeFusionServer}, {@link FusionClient} and {@link MsTeams}
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeFusionServer.class || type == FusionClient.class || type == MsTeams.class;
    }

    /**
     * Supplies the server, the client or the default subscription's resources.
     *
     * @param parameter the parameter
     * @param context the context
     * @return the value
     */
    @Override
    public synchronized Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (server == null) {
            start(context);
            perTest = true;
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == FakeFusionServer.class) {
            return server;
        }
        return type == FusionClient.class ? client : msTeams();
    }

    /**
     * Prints the request journal of the failed test to standard error (secrets are masked).
     *
     * @param context the test context
     * @param cause the failure
     */
    @Override
    public synchronized void testFailed(ExtensionContext context, Throwable cause) {
        RequestJournal journal = server != null ? server.journal() : lastJournal;
        if (journal != null) {
            System.err.println("FakeFusionServer requests of the failed test " + context.getDisplayName() + ":\n"
                    + journal.format());
        }
    }

    private boolean failOnUnmatched(ExtensionContext context) {
        if (!fromAnnotation) {
            return failOnUnmatched;
        }
        return annotation(context).map(WithFakeFusion::failOnUnmatchedRequests).orElse(true);
    }

    private static Optional<WithFakeFusion> annotation(ExtensionContext context) {
        return context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, WithFakeFusion.class));
    }

    private void start(ExtensionContext context) {
        FakeFusionServer.Builder builder = FakeFusionServer.builder();
        if (fromAnnotation) {
            boolean demo = annotation(context).map(WithFakeFusion::demoData).orElse(true);
            builder.seed(demo ? FusionSeed.demo() : FusionSeed.empty());
        }
        serverSettings.forEach(setting -> setting.accept(builder));
        FakeFusionServer started = builder.start();
        try {
            FusionClient.Builder clientBuilder = FusionClient.builder()
                    .endpoint(started.baseUrl())
                    .credentials(FusionCredentials.token(() -> clientToken.apply(started)));
            clientSettings.forEach(setting -> setting.accept(clientBuilder));
            client = clientBuilder.build();
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        server = started;
        lastJournal = null;
    }

    private void stop() {
        try {
            client.close();
        } finally {
            server.close();
            server = null;
            client = null;
        }
    }

    /** Configures a {@link FakeFusionExtension}. */
    public static final class Builder {
        private final List<Consumer<FakeFusionServer.Builder>> serverSettings = new ArrayList<>();
        private final List<Consumer<FusionClient.Builder>> clientSettings = new ArrayList<>();
        private Function<FakeFusionServer, String> clientToken = FakeFusionServer::adminToken;
        private boolean failOnUnmatched = true;

        private Builder() {
        }

        /**
         * Configures the server (seed, clock, lifetimes, settling); may be called several times.
         * Without a seed the server starts with the demo data.
         *
         * @param settings applied to the server builder
         * @return this builder
         */
        public Builder server(Consumer<FakeFusionServer.Builder> settings) {
            serverSettings.add(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        /**
         * The data the server starts from and returns to before each test.
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
         * Configures the client (timeouts, retries, sleeper); endpoint and credentials are set.
         *
         * @param settings applied to the client builder
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
