package io.teamsdr.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The lifecycle the JUnit 5 extensions of the fakes share. Registered in a static field (or
 * through an annotation), an extension starts one server for the test class, resets it before
 * every test (state back to the seed, journal and fault rules cleared), injects the server and a
 * client, prints the request journal when a test fails, and closes everything after the class.
 * Nested classes share their outer class's server. Registered in an instance field, it gives each
 * test its own server.
 *
 * <p>Every test gets a client of its own, built before its first use in the test and closed after
 * it, so nothing the client keeps (a 429 pause, a token, a session) passes from one test to the
 * next. A client injected into a {@code @BeforeAll} or {@code @AfterAll} method, or into the
 * constructor of a {@code PER_CLASS} test class, lives as long as the class instead.
 *
 * <p>By default a test that passed fails when it sent a request no route matched (a wrong path or
 * method would otherwise show only as a puzzling 404 in the client).
 *
 * <p>A subclass says how to start its server and build its client, and may inject more parameter
 * types. Tests of one class share the server, so they must not run concurrently with each other.
 *
 * @param <S> the fake server
 * @param <C> the client the tests talk to the server with
 */
public abstract class FakeServerExtension<S extends StatefulFake, C extends AutoCloseable> implements
        BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver, TestWatcher {

    private final Class<S> serverType;
    private final Class<C> clientType;

    private S server;
    private C classClient;
    private C testClient;
    private boolean inTest;
    private RequestJournal lastJournal;
    private String ownerId;
    private boolean perTest;

    /**
     * Sets the types injected into test parameters.
     *
     * @param serverType the fake server's class
     * @param clientType the client's class
     */
    protected FakeServerExtension(Class<S> serverType, Class<C> clientType) {
        this.serverType = Objects.requireNonNull(serverType, "serverType");
        this.clientType = Objects.requireNonNull(clientType, "clientType");
    }

    /**
     * Starts a server for a test class, or for a test when registered in an instance field.
     *
     * @param context the context of the class or the test the server starts for
     * @return the running server
     */
    protected abstract S startServer(ExtensionContext context);

    /**
     * Builds a new client pointed at the running server; called once per test that uses a client.
     *
     * @param server the running server
     * @return the client
     */
    protected abstract C newClient(S server);

    /**
     * Whether a test that passed fails when it sent a request no route matched.
     *
     * @param context the test context
     * @return the setting of the builder or the annotation
     */
    protected abstract boolean failOnUnmatchedRequests(ExtensionContext context);

    /**
     * Whether a test parameter of this type is injected; overridden to inject values derived from
     * the server or the client.
     *
     * @param type the parameter's declared type
     * @return true for the server's and the client's types
     */
    protected boolean resolves(Class<?> type) {
        return type == serverType || type == clientType;
    }

    /**
     * The value injected for a parameter type {@link #resolves(Class)} accepts; called while the
     * server runs.
     *
     * @param type the parameter's declared type
     * @param client the client of the test (or of the class, for class-level injection)
     * @return the server or the client
     */
    protected Object resolve(Class<?> type, C client) {
        return type == serverType ? server : client;
    }

    /**
     * The running server, for tests that reach it through the registered field.
     *
     * @return the server
     * @throws IllegalStateException outside a test of the class
     */
    public synchronized S server() {
        if (server == null) {
            throw new IllegalStateException("The " + serverType.getSimpleName()
                    + " runs only during the tests of the class");
        }
        return server;
    }

    /**
     * The client of the running test (built on first use, closed after the test); outside a test,
     * the class's client.
     *
     * @return the client
     * @throws IllegalStateException outside the tests of the class
     */
    public synchronized C client() {
        return client(inTest || testClient != null);
    }

    private C client(boolean forTest) {
        S running = server();
        if (forTest) {
            if (testClient == null) {
                testClient = newClient(running);
            }
            return testClient;
        }
        if (classClient == null) {
            classClient = newClient(running);
        }
        return classClient;
    }

    /**
     * Starts the class's server unless an outer class already did.
     *
     * @param context the class context
     */
    @Override
    public final synchronized void beforeAll(ExtensionContext context) {
        if (server == null) {
            start(context);
            ownerId = context.getUniqueId();
        }
    }

    /**
     * Stops the server started for this class; a nested class leaves its outer class's server
     * running.
     *
     * @param context the class context
     * @throws Exception when a client fails to close
     */
    @Override
    public final synchronized void afterAll(ExtensionContext context) throws Exception {
        if (context.getUniqueId().equals(ownerId)) {
            ownerId = null;
            stop();
        }
    }

    /**
     * Resets the server (starting one for a per-test registration).
     *
     * @param context the test context
     */
    @Override
    public final synchronized void beforeEach(ExtensionContext context) {
        startPerTestIfIdle(context);
        server.reset();
        inTest = true;
    }

    /**
     * Fails a passed test that sent unmatched requests (when enabled), closes the test's client,
     * then stops a per-test server even when the check failed.
     *
     * @param context the test context
     * @throws Exception when the client fails to close
     */
    @Override
    public final synchronized void afterEach(ExtensionContext context) throws Exception {
        inTest = false;
        if (server == null) {
            // The server failed to start in beforeEach, which already failed the test.
            return;
        }
        try {
            verifyNoUnmatchedRequests(context);
        } finally {
            try {
                closeTestClient();
            } finally {
                if (perTest) {
                    // testFailed runs after this and prints the journal; it outlives the server.
                    lastJournal = server.journal();
                    perTest = false;
                    stop();
                }
            }
        }
    }

    /**
     * Whether the parameter is one {@link #resolves(Class)} accepts.
     *
     * @param parameter the parameter
     * @param context the context
     * @return true for an injected type
     */
    @Override
    public final boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return resolves(parameter.getParameter().getType());
    }

    /**
     * Supplies the parameter's value, starting a per-test server when none runs yet (parameters
     * of a test registered in an instance field resolve before its {@code beforeEach}).
     *
     * @param parameter the parameter
     * @param context the context
     * @return the value
     */
    @Override
    public final synchronized Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        startPerTestIfIdle(context);
        return resolve(parameter.getParameter().getType(), client(forTest(parameter, context)));
    }

    /**
     * Prints the request journal of the failed test to standard error (secrets are masked).
     *
     * @param context the test context
     * @param cause the failure
     */
    @Override
    public final synchronized void testFailed(ExtensionContext context, Throwable cause) {
        RequestJournal journal = server != null ? server.journal() : lastJournal;
        if (journal != null) {
            System.err.println(serverType.getSimpleName() + " requests of the failed test "
                    + context.getDisplayName() + ":\n" + journal.format());
        }
    }

    /**
     * A parameter belongs to a test unless it is one of a class-level method ({@code @BeforeAll},
     * {@code @AfterAll}: static, or any method of a {@code PER_CLASS} class outside a test) or of
     * the constructor of a {@code PER_CLASS} class, which runs once for all tests.
     */
    private static boolean forTest(ParameterContext parameter, ExtensionContext context) {
        Executable executable = parameter.getDeclaringExecutable();
        boolean perClass = context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                == TestInstance.Lifecycle.PER_CLASS;
        if (executable instanceof Constructor<?>) {
            return !perClass;
        }
        return !Modifier.isStatic(executable.getModifiers()) && (!perClass || context.getTestMethod().isPresent());
    }

    private void verifyNoUnmatchedRequests(ExtensionContext context) {
        if (context.getExecutionException().isPresent() || !failOnUnmatchedRequests(context)) {
            return;
        }
        List<RecordedRequest> unmatched = server.journal().unmatchedRequests();
        if (!unmatched.isEmpty()) {
            throw new AssertionError("The test sent " + unmatched.size() + " request(s) that no "
                    + serverType.getSimpleName() + " endpoint matches (wrong path or method): " + unmatched);
        }
    }

    private void startPerTestIfIdle(ExtensionContext context) {
        if (server == null) {
            start(context);
            perTest = true;
        }
    }

    private void start(ExtensionContext context) {
        server = startServer(context);
        lastJournal = null;
    }

    private void closeTestClient() throws Exception {
        C closing = testClient;
        testClient = null;
        if (closing != null) {
            closing.close();
        }
    }

    private void stop() throws Exception {
        try {
            closeTestClient();
        } finally {
            try {
                if (classClient != null) {
                    classClient.close();
                }
            } finally {
                classClient = null;
                server.close();
                server = null;
            }
        }
    }
}
