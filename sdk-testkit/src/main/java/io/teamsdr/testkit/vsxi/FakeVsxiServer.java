package io.teamsdr.testkit.vsxi;

import io.teamsdr.testkit.FaultRule;
import io.teamsdr.testkit.Faults;
import io.teamsdr.testkit.RequestJournal;
import io.teamsdr.testkit.Snapshot;
import io.teamsdr.testkit.StatefulFake;
import io.teamsdr.testkit.internal.FakeHttpServer;
import io.teamsdr.testkit.vsxi.internal.BasicAuthGuard;
import io.teamsdr.testkit.vsxi.internal.CommitRecord;
import io.teamsdr.testkit.vsxi.internal.ConfigState;
import io.teamsdr.testkit.vsxi.internal.KeyGenerator;
import io.teamsdr.testkit.vsxi.internal.SeedEditor;
import io.teamsdr.testkit.vsxi.internal.StoreSnapshot;
import io.teamsdr.testkit.vsxi.internal.VsxiErrors;
import io.teamsdr.testkit.vsxi.internal.VsxiRoutes;
import io.teamsdr.testkit.vsxi.internal.VsxiRuleException;
import io.teamsdr.testkit.vsxi.internal.VsxiStore;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A stateful fake of the VSXi Teams Provisioning API on a loopback HTTP server: real in-memory
 * tenants, users, one draft at a time and a commit history, with the API's rules (the shapes and
 * status codes the API document leaves open are listed below). HTTP Basic authentication on every request.
 *
 * <pre>{@code
 * try (FakeVsxiServer vsxi = FakeVsxiServer.builder().start();          // the demo data
 *      VsxiTeamsClient client = vsxi.clientBuilder().build()) {         // endpoint and credentials set
 *     URI root = vsxi.baseUrl();          // http://127.0.0.1:PORT/SSConfig/webresources
 *     ...
 * }
 * }</pre>
 *
 * <p>Test controls: seeding ({@link Builder#seed}, {@link #seed}), {@link #reset()},
 * {@link #snapshot()}/{@link #restore}, fault rules per endpoint ({@link #fault}), the request
 * journal with SIP passwords masked, and another administrator simulated by
 * {@link #simulateForeignDraft()} and {@link #simulateForeignCommit(String)}.
 *
 * <p>Behaviour where the API document is silent (every behaviour is listed in
 * {@code sdk-testkit/FIDELITY.md} of the project as documented, assumed or fake-only):
 * <ul>
 *   <li>Errors are {@code {"error":{"code":"...","reason":"..."}}} with string codes, the fake's
 *       own (assert on the status, never branch on a code):
 *       401 {@code UNAUTHORIZED} (with a {@code WWW-Authenticate: Basic} challenge), 404
 *       {@code NOT_FOUND} / {@code UNKNOWN_SESSION}, 404 {@code NO_DRAFT} (status, diff or discard
 *       without a draft), 405 {@code METHOD_NOT_ALLOWED}, 409
 *       {@code DRAFT_ACTIVE} (start or rollback while a draft is active; the error object also
 *       carries {@code draftId} and {@code createdAt}), 409 {@code NO_DRAFT} (an upload or commit
 *       without a draft), 409 {@code NO_COMMITS} (rollback with an empty history), 415
 *       {@code UNSUPPORTED_MEDIA_TYPE} (an upload that is not {@code text/csv} UTF-8).</li>
 *   <li>An upload with any problem is refused whole: 400 with
 *       {@code {"error":{"code":"VALIDATION_FAILED",...},"accepted":0,"errors":[{"line","field","reason"}]}},
 *       every problem listed, lines counted from the header (line 1). A valid upload answers
 *       200 {@code {"accepted":n,"errors":[]}}.</li>
 *   <li>Start and commit answer 201, everything else 200. Status also returns {@code draftId}
 *       and {@code createdAt}; commit also returns {@code summary}; rollbacks answer
 *       {@code {"rolledBack":[sessions, newest first]}}; discard answers
 *       {@code {"draftId","discarded":true}}.</li>
 *   <li>The {@code smcFiles} ZIP holds {@code tenants/<tenantId>.cfg} per tenant (SIP passwords
 *       only as a salted SHA-256 prefix) and is byte-identical for equal states; the diff ZIP holds
 *       {@code tenants/<tenantId>.cfg.diff} unified diffs for changed tenants only.</li>
 * </ul>
 *
 * <p>Thread-safe. Every state change is atomic: an upload applies completely or not at all. State
 * is indexed and layered: a million committed users cost per user what a thousand do, and a draft,
 * its status, its commit and a rollback cost what the draft changes.
 */
public final class FakeVsxiServer implements StatefulFake {

    /** The user name when none is configured. */
    public static final String DEFAULT_USERNAME = "admin";

    private final VsxiStore store;
    private final FakeHttpServer http;
    private final StoreSnapshot initial;
    private final String username;
    private final String password;

    private FakeVsxiServer(Builder b) {
        this.username = b.username;
        this.password = b.password != null ? b.password : generatedPassword();
        this.store = new VsxiStore(b.clock, new KeyGenerator(b.keySeed));
        store.atomically(() -> b.data().forEach(this::applySeed));
        this.initial = store.snapshot();
        this.http = FakeHttpServer.builder("vsxi")
                .host(b.host)
                .port(b.port)
                .apiBase(VsxiRoutes.ROOT)
                .routes(VsxiRoutes.table(store))
                .errorFormat(VsxiErrors.FORMAT)
                .guard(new BasicAuthGuard(username, password))
                .start();
    }

    /**
     * Starts configuring a server (the demo data, a free loopback port, the system clock by default).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The VSXi REST root, below which the documented {@code /teams/...} paths hang.
     *
     * @return e.g. {@code http://127.0.0.1:54321/SSConfig/webresources}
     */
    @Override
    public URI baseUrl() {
        return URI.create(http.baseUrl() + VsxiRoutes.ROOT);
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return http.port();
    }

    /**
     * The accepted HTTP Basic user name.
     *
     * @return the user name
     */
    public String username() {
        return username;
    }

    /**
     * The accepted HTTP Basic password (generated unless configured).
     *
     * @return the password
     */
    public String password() {
        return password;
    }

    /**
     * A client builder set up for this server: its REST root and credentials. Add options and call
     * {@code build()}; for programs outside JUnit (the extensions build their clients the same way).
     *
     * @return a new builder
     */
    public VsxiTeamsClient.Builder clientBuilder() {
        return VsxiTeamsClient.builder()
                .endpoint(baseUrl())
                .credentials(username, this::password);
    }

    /**
     * The server path of an endpoint, as recorded in the journal and matched by fault rules.
     *
     * @param endpoint the endpoint
     * @return e.g. {@code /SSConfig/webresources/teams/draft/commit}
     */
    public String path(VsxiEndpoint endpoint) {
        return VsxiRoutes.ROOT + endpoint.path();
    }

    /**
     * Adds a fault rule for one endpoint, e.g. a commit that is applied but whose answer is lost:
     * {@code server.fault(VsxiEndpoint.COMMIT).times(1).applyThenDropConnection()}.
     *
     * @param endpoint the endpoint
     * @return the new rule (answers 500 on every call until configured)
     */
    public FaultRule fault(VsxiEndpoint endpoint) {
        return http.faults().on(endpoint.method(), path(endpoint));
    }

    /**
     * Adds data while the server runs; same DSL and rules as {@link Builder#seed}. Not part of
     * what {@link #reset()} returns to.
     *
     * @param seed adds PBXs, service ports, tenants, users and sessions
     * @throws IllegalArgumentException when the data breaks a rule (nothing is applied)
     * @throws IllegalStateException when tenants or users are seeded while a draft is active
     */
    public void seed(Consumer<VsxiSeed> seed) {
        store.atomically(() -> applySeed(seed));
    }

    /**
     * Simulates another administrator holding the draft: a draft is active that this test did
     * not start, so {@code start} answers 409 and the client must resume it (use the draft
     * endpoints without starting) or discard it.
     *
     * @return the draft id
     * @throws IllegalStateException when a draft is already active
     */
    public String simulateForeignDraft() {
        return simulateForeignDraft(changes -> { });
    }

    /**
     * Simulates another administrator holding a draft with staged changes.
     *
     * @param staged the changes staged in that draft
     * @return the draft id
     * @throws IllegalStateException when a draft is already active
     * @throws IllegalArgumentException when a change breaks a rule (no draft is left behind)
     */
    public String simulateForeignDraft(Consumer<VsxiChanges> staged) {
        Set<String> pbx = store.pbxIds();
        Set<String> ports = store.servicePortIds();
        try {
            return store.startDraft(working -> staged.accept(new EditorChanges(new SeedEditor(working, pbx, ports))))
                    .draftId();
        } catch (VsxiRuleException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Simulates another administrator committing a session without changes, e.g. between a
     * client's commit and its rollback in a confirmed-commit test.
     *
     * @param description the session's description
     * @return the new session key
     * @throws IllegalStateException when a draft is active (the SBC allows one draft at a time)
     */
    public String simulateForeignCommit(String description) {
        return simulateForeignCommit(description, changes -> { });
    }

    /**
     * Simulates another administrator committing a session with changes.
     *
     * @param description the session's description
     * @param changes the changes committed
     * @return the new session key
     * @throws IllegalStateException when a draft is active
     * @throws IllegalArgumentException when a change breaks a rule (nothing is committed)
     */
    public String simulateForeignCommit(String description, Consumer<VsxiChanges> changes) {
        Objects.requireNonNull(description, "description");
        AtomicReference<CommitRecord> record = new AtomicReference<>();
        store.atomically(() -> {
            ConfigState next = store.view(false).committed().copy();
            changes.accept(new EditorChanges(new SeedEditor(next, store.pbxIds(), store.servicePortIds())));
            record.set(store.replaceCommitted(next, description));
        });
        return record.get().session();
    }

    /**
     * The active draft, whoever started it.
     *
     * @return its id, empty when no draft is active
     */
    public Optional<String> activeDraftId() {
        return store.activeDraftId();
    }

    /**
     * The commit history.
     *
     * @return sessions, newest first
     */
    public List<VsxiSession> sessions() {
        List<VsxiSession> sessions = new ArrayList<>();
        for (CommitRecord r : store.commits()) {
            sessions.add(new VsxiSession(r.session(), r.timestamp(), r.description()));
        }
        return sessions;
    }

    /**
     * Committed tenant ids.
     *
     * @return sorted ids
     */
    public List<String> tenantIds() {
        return List.copyOf(store.view(false).committed().tenantMap().keySet());
    }

    /**
     * Committed SIP users.
     *
     * @return sorted SIP user names
     */
    public List<String> sipUsers() {
        return List.copyOf(store.view(false).committed().userMap().keySet());
    }

    /**
     * The PBXs tenants may use.
     *
     * @return sorted ids
     */
    public List<String> pbxIds() {
        return List.copyOf(new TreeSet<>(store.pbxIds()));
    }

    /**
     * The service ports tenants may use.
     *
     * @return sorted ids
     */
    public List<String> servicePortIds() {
        return List.copyOf(new TreeSet<>(store.servicePortIds()));
    }

    /**
     * Who holds a DID in the committed configuration: DIDs are unique across tenants and users.
     *
     * @param did an E.164 number
     * @return e.g. {@code tenant 1002} or {@code SIP user 3000_C}; empty when the DID is free
     */
    public Optional<String> didHolder(String did) {
        return store.view(false).committed().didHolder(did).map(Object::toString);
    }

    /**
     * Returns to the state the server started with (its builder seeds), and clears the journal
     * and the fault rules.
     */
    @Override
    public void reset() {
        store.restore(initial);
        http.journal().clear();
        http.faults().clear();
    }

    @Override
    public Snapshot snapshot() {
        return Snapshot.of(this, store.snapshot());
    }

    @Override
    public void restore(Snapshot snapshot) {
        store.restore((StoreSnapshot) snapshot.stateFor(this));
    }

    @Override
    public RequestJournal journal() {
        return http.journal();
    }

    @Override
    public Faults faults() {
        return http.faults();
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "FakeVsxiServer[" + baseUrl() + ", user " + username + "]";
    }

    private void applySeed(Consumer<VsxiSeed> seed) {
        SeedSession session = new SeedSession(store);
        seed.accept(session);
        session.baseline();
    }

    private static String generatedPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Configures a {@link FakeVsxiServer}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String username = DEFAULT_USERNAME;
        private String password;
        private Clock clock = Clock.systemUTC();
        private long keySeed = 0x5EED;
        /** Whether the demo data comes first; {@code null} until asked: demo unless only seeds were given. */
        private Boolean demo;
        private final List<Consumer<VsxiSeed>> seeds = new ArrayList<>();

        private Builder() {
        }

        /**
         * The address to bind; loopback by default, so the fake is never reachable from outside.
         *
         * @param bindHost host name or IP address
         * @return this builder
         */
        public Builder host(String bindHost) {
            this.host = Objects.requireNonNull(bindHost, "bindHost");
            return this;
        }

        /**
         * The port; 0 (the default) picks a free one.
         *
         * @param listenPort port number
         * @return this builder
         */
        public Builder port(int listenPort) {
            if (listenPort < 0 || listenPort > 65535) {
                throw new IllegalArgumentException("port out of range: " + listenPort);
            }
            this.port = listenPort;
            return this;
        }

        /**
         * The HTTP Basic credentials the server accepts; by default {@value FakeVsxiServer#DEFAULT_USERNAME}
         * and a generated password.
         *
         * @param user user name, without {@code :}
         * @param secret password
         * @return this builder
         */
        public Builder credentials(String user, String secret) {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(secret, "secret");
            if (user.isEmpty() || user.indexOf(':') >= 0) {
                throw new IllegalArgumentException("The user name must be non-empty and must not contain ':'");
            }
            this.username = user;
            this.password = secret;
            return this;
        }

        /**
         * The clock for draft and session timestamps; the system UTC clock by default.
         *
         * @param source the clock, e.g. a {@code TestClock}
         * @return this builder
         */
        public Builder clock(Clock source) {
            this.clock = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * The seed of the random-looking part of draft ids and session keys; the same seed and
         * the same calls give the same keys. Fixed by default.
         *
         * @param seed any number
         * @return this builder
         */
        public Builder keySeed(long seed) {
            this.keySeed = seed;
            return this;
        }

        /**
         * The data to start from instead of the demo data; may be called several times, seeds
         * apply in order. After {@link #demoData()} the seeds are added to the demo data.
         *
         * @param seed adds PBXs, service ports, tenants, users and sessions
         * @return this builder
         */
        public Builder seed(Consumer<VsxiSeed> seed) {
            seeds.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /**
         * Starts from the {@link VsxiDemoData demo data} (described in {@code DEMO.md}); the default
         * unless seeds are given. Seeds given as well are added to it.
         *
         * @return this builder
         */
        public Builder demoData() {
            this.demo = true;
            return this;
        }

        /**
         * Starts with no data: no PBXs, service ports, tenants, users or sessions (seeds given as
         * well still apply).
         *
         * @return this builder
         */
        public Builder emptyData() {
            this.demo = false;
            return this;
        }

        private List<Consumer<VsxiSeed>> data() {
            List<Consumer<VsxiSeed>> all = new ArrayList<>();
            if (demo != null ? demo : seeds.isEmpty()) {
                all.add(VsxiDemoData::apply);
            }
            all.addAll(seeds);
            return all;
        }

        /**
         * Applies the seeds and starts the server.
         *
         * @return the running server
         * @throws IllegalArgumentException when a seed breaks a rule
         * @throws java.io.UncheckedIOException when the port cannot be bound
         */
        public FakeVsxiServer start() {
            return new FakeVsxiServer(this);
        }
    }
}
