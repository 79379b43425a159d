package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.RequestJournal;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
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
public final class FakeVsxiExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver, TestWatcher {

    private final List<Consumer<FakeVsxiServer.Builder>> serverSettings;
    private final List<Consumer<VsxiTeamsClient.Builder>> clientSettings;
    private final boolean fromAnnotation;

    private FakeVsxiServer server;
    private RequestJournal lastJournal;
    private VsxiTeamsClient client;
    private String ownerId;
    private boolean perTest;

    /**
     * The extension as {@link WithFakeVsxi} registers it: configured by the annotation.
     */
    public FakeVsxiExtension() {
        this(List.of(), List.of(), true);
    }

    private FakeVsxiExtension(List<Consumer<FakeVsxiServer.Builder>> serverSettings,
            List<Consumer<VsxiTeamsClient.Builder>> clientSettings, boolean fromAnnotation) {
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
     * The running server, for tests that reach it through the registered field.
     *
     * @return the server
     * @throws IllegalStateException outside a test of the class
     */
    public synchronized FakeVsxiServer server() {
        if (server == null) {
            throw new IllegalStateException("The fake VSXi server runs only during the tests of the class");
        }
        return server;
    }

    /**
     * The client configured for the running server.
     *
     * @return the client
     * @throws IllegalStateException outside a test of the class
     */
    public synchronized VsxiTeamsClient client() {
        server();
        return client;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server == null) {
            start(context);
            ownerId = context.getUniqueId();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(ownerId)) {
            stop();
            ownerId = null;
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (server == null) {
            start(context);
            perTest = true;
        }
        server.reset();
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (perTest) {
            // The journal is read by testFailed, which runs after this; it outlives the server.
            lastJournal = server.journal();
            stop();
            perTest = false;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeVsxiServer.class || type == VsxiTeamsClient.class;
    }

    @Override
    public synchronized Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (server == null) {
            start(context);
            perTest = true;
        }
        return parameter.getParameter().getType() == FakeVsxiServer.class ? server : client;
    }

    @Override
    public synchronized void testFailed(ExtensionContext context, Throwable cause) {
        RequestJournal journal = server != null ? server.journal() : lastJournal;
        if (journal != null) {
            System.err.println("FakeVsxiServer requests of the failed test " + context.getDisplayName() + ":\n"
                    + journal.format());
        }
    }

    private void start(ExtensionContext context) {
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
        FakeVsxiServer started = builder.start();
        try {
            VsxiTeamsClient.Builder clientBuilder = VsxiTeamsClient.builder()
                    .endpoint(started.baseUrl())
                    .credentials(started.username(), started::password);
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
