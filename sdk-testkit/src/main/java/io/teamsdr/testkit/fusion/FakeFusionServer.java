package io.teamsdr.testkit.fusion;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.testkit.Faults;
import io.teamsdr.testkit.RequestJournal;
import io.teamsdr.testkit.Snapshot;
import io.teamsdr.testkit.StatefulFake;
import io.teamsdr.testkit.internal.FakeHttpServer;
import io.teamsdr.testkit.internal.GuardedState;
import io.teamsdr.testkit.internal.HttpLimits;
import io.teamsdr.testkit.internal.RouteTable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A stateful fake of the Fusion MS Teams API on a loopback HTTP server: the 31 endpoints of the
 * API document plus login, 2FA, refresh and logout, with real in-memory state and the
 * platform's rules (license seats, number pool, voice licenses, group filter, asynchronous
 * resource accounts, bulk jobs with history, Graph-like continuation tokens), role checks per
 * endpoint, a request journal and fault injection. The same server answers the few Microsoft Graph
 * v1.0 endpoints a directory reconciliation reads, from the same tenant ({@link #graph()}).
 *
 * <pre>{@code
 * try (FakeFusionServer fusion = FakeFusionServer.builder().start();     // the demo data
 *      FusionClient client = fusion.clientBuilder().build()) {           // endpoint and admin token set
 *     MsTeams teams = client.msTeams(fusion.subscription());
 *     String number = fusion.freeNumbers("BE").get(0);                   // a pool number nobody holds
 * }
 * }</pre>
 *
 * <p>Errors are {@code {"error":{"code":<int>,"reason":"..."}}}, the shape the API document shows.
 * Only code 2095 ("The template does not exist") comes from the document; the other numeric codes
 * (2001 to 2061) are the fake's own, listed in {@code sdk-testkit/FIDELITY.md} of the project:
 * assert on the HTTP status and the reason, never branch production code on a fake-only code.
 *
 * <p>Every behaviour is listed in {@code sdk-testkit/FIDELITY.md} as documented, assumed (a
 * decision where the document is silent) or fake-only. The demo data is described in
 * {@code sdk-testkit/DEMO.md}. State is indexed: a tenant of a million users costs per user what
 * one of a thousand does, and a reset or snapshot costs what changed since the seed. Thread-safe:
 * every request runs under one lock.
 */
public final class FakeFusionServer implements StatefulFake {

    private final FusionSeed seed;
    private final GuardedState<FusionState> state;
    private final FakeHttpServer http;
    private final Clock clock;
    private final GraphDirectory graph;
    private final RouteTable routes;

    private FakeFusionServer(Builder b) {
        this.seed = b.seed;
        this.clock = b.clock;
        this.state = new GuardedState<>(this, seed::newState);
        byte[] secret = new byte[32];
        new Random(seed.randomSeed() ^ 0x5DEECE66DL).nextBytes(secret);
        FusionContext ctx = new FusionContext(b.clock, b.accessTokenLifetime, b.refreshTokenLifetime,
                new ContinuationTokens(secret, b.continuationTokenLifetime, b.clock),
                b.resourceAccountSettleAfter, b.resourceAccountSettleListCalls);
        String defaultKey = FusionState.key(seed.draasInstance(), seed.tenantUuid(), seed.subscriptionId());
        this.routes = FusionRoutes.build(state, ctx);
        GraphEndpoints.register(routes, state, ctx, defaultKey);
        this.http = FakeHttpServer.builder("fusion")
                .host(b.host)
                .port(b.port)
                .limits(HttpLimits.defaults().withMaxConnections(b.threads))
                .journal(new RequestJournal(RequestJournal.DEFAULT_MAX_ENTRIES, RequestJournal.DEFAULT_MAX_BODY_CHARS,
                        b.clock))
                .routes(routes)
                .start();
        this.graph = new GraphDirectory(http::baseUrl, state, defaultKey);
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
     * The base URL, e.g. {@code http://127.0.0.1:54321}.
     *
     * @return the base URL
     */
    @Override
    public URI baseUrl() {
        return http.baseUrl();
    }

    /**
     * The bound port.
     *
     * @return the port
     */
    public int port() {
        return http.port();
    }

    /**
     * The DraaS instance of the default (first seeded) subscription.
     *
     * @return e.g. {@code draas_v1}
     */
    public String draasInstance() {
        return seed.draasInstance();
    }

    /**
     * The tenant UUID of the default subscription.
     *
     * @return the UUID
     */
    public String tenantUuid() {
        return seed.tenantUuid();
    }

    /**
     * The id of the default subscription.
     *
     * @return e.g. 42
     */
    public int subscriptionId() {
        return seed.subscriptionId();
    }

    /**
     * The path prefix of the default subscription's endpoints.
     *
     * @return {@code /api/v01/draas/<instance>/tenants/<uuid>/subscriptions/<id>}
     */
    public String subscriptionPath() {
        return "/api/v01/draas/" + draasInstance() + "/tenants/" + tenantUuid() + "/subscriptions/" + subscriptionId();
    }

    /**
     * The default subscription, for {@code client.msTeams(fake.subscription())}.
     *
     * @return the DraaS instance, tenant UUID and subscription id of the default subscription
     */
    public Subscription subscription() {
        return Subscription.of(draasInstance(), tenantUuid(), subscriptionId());
    }

    /**
     * A client builder set up for this server: its base URL and the {@link #adminToken()}. Add
     * options and call {@code build()}; for programs outside JUnit (the extensions build their
     * clients the same way).
     *
     * @return a new builder
     */
    public FusionClient.Builder clientBuilder() {
        return FusionClient.builder()
                .endpoint(baseUrl())
                .credentials(FusionCredentials.token(this::adminToken));
    }

    /**
     * A bearer token with every role; never expires; survives {@link #reset()}.
     *
     * @return the token
     */
    public String adminToken() {
        return seed.adminToken();
    }

    /**
     * A bearer token with only the {@code .read} and {@code .list} roles; never expires.
     *
     * @return the token
     */
    public String readOnlyToken() {
        return seed.readOnlyToken();
    }

    /**
     * Issues an access token with chosen roles, e.g. to test a 403 or an expiry. Lives until the
     * next {@link #reset()} or {@link #restore(Snapshot)} of a snapshot taken before.
     *
     * @param roles role names ({@link FusionRoles})
     * @param lifetime time to live on the server clock, {@code null} for never
     * @return the token
     */
    public String mintToken(Set<String> roles, Duration lifetime) {
        return state.with(s -> {
            Grant grant = new Grant(Grant.Kind.ACCESS, "minted", roles,
                    lifetime == null ? null : clock.instant().plus(lifetime), null);
            return TokenIssuer.issue(s, s.secret, grant);
        });
    }

    /**
     * Revokes a token (the next call with it gets 401).
     *
     * @param token the token
     */
    public void revokeToken(String token) {
        state.with(s -> s.tokens.remove(token));
    }

    /**
     * The immutable token of a machine-to-machine account.
     *
     * @param username the account
     * @return its token, empty for other accounts
     */
    public Optional<String> machineToken(String username) {
        return state.with(s -> Optional.ofNullable(s.accounts.get(username)).map(Account::m2mToken));
    }

    /**
     * The Microsoft Graph view of the default subscription's tenant, served by this server on
     * {@code /v1.0} paths, and the means to make it differ from what Fusion shows.
     *
     * @return the directory
     */
    public GraphDirectory graph() {
        return graph;
    }

    /**
     * The request journal.
     *
     * @return the journal
     */
    @Override
    public RequestJournal journal() {
        return http.journal();
    }

    /**
     * The fault rules.
     *
     * @return the rules
     */
    @Override
    public Faults faults() {
        return http.faults();
    }

    /** Back to the seed; journal and fault rules cleared. */
    @Override
    public void reset() {
        state.reset();
        http.journal().clear();
        http.faults().clear();
    }

    /**
     * Copies the state (data, accounts and tokens; not the journal or faults).
     *
     * @return the snapshot
     */
    @Override
    public Snapshot snapshot() {
        return state.snapshot();
    }

    /**
     * Puts a snapshot of this server back.
     *
     * @param snapshot the snapshot
     */
    @Override
    public void restore(Snapshot snapshot) {
        state.restore(snapshot);
    }

    /** Makes every pending resource account change final now, in every subscription. */
    public void settleResourceAccounts() {
        state.with(s -> {
            s.subscriptions.values().forEach(sub -> sub.resourceAccounts.values().forEach(ra -> {
                if (ra.pending != null) {
                    ra.settle();
                }
            }));
            return null;
        });
    }

    /**
     * Deletes a group on the Microsoft side (as an Office 365 admin would), removing it from its
     * members; if the group filter holds it, it lists as an orphan from now on.
     *
     * @param groupId the group id
     * @return whether the group existed
     */
    public boolean removeGroup(String groupId) {
        return state.with(s -> {
            SubscriptionState sub = defaultSubscription(s);
            if (sub.groups.remove(groupId) == null) {
                return false;
            }
            List<UserState> members = new ArrayList<>();
            sub.users.forEach(u -> {
                if (u.groups.contains(groupId)) {
                    members.add(u);
                }
            });
            for (UserState member : members) {
                UserState changed = member.copy();
                changed.groups = UserRules.without(member.groups, groupId);
                sub.users.put(changed);
            }
            return true;
        });
    }

    /**
     * The id of a user of the default subscription.
     *
     * @param upn user principal name, any case
     * @return the Azure AD object id, empty when unknown
     */
    public Optional<String> userIdByUpn(String upn) {
        return state.with(s -> defaultSubscription(s).userByUpn(upn).map(u -> u.id));
    }

    /**
     * The id of a group of the default subscription.
     *
     * @param displayName group name, any case
     * @return the group id, empty when unknown
     */
    public Optional<String> groupIdByName(String displayName) {
        return state.with(s -> defaultSubscription(s).groups.values().stream()
                .filter(g -> g.displayName().equalsIgnoreCase(displayName)).map(Group::id).findFirst());
    }

    /**
     * Free seats of a license in the default subscription.
     *
     * @param skuIdOrPartNumber skuId or part number (e.g. {@code MCOEV})
     * @return free seats
     * @throws IllegalArgumentException when the license does not exist
     */
    public int freeLicenses(String skuIdOrPartNumber) {
        return state.with(s -> {
            SubscriptionState sub = defaultSubscription(s);
            return sub.licenses.values().stream()
                    .filter(l -> l.skuId().equals(skuIdOrPartNumber)
                            || l.skuPartNumber().equalsIgnoreCase(skuIdOrPartNumber))
                    .findFirst().map(sub::free)
                    .orElseThrow(() -> new IllegalArgumentException("No license " + skuIdOrPartNumber));
        });
    }

    /**
     * The pool numbers of the default subscription that nobody holds, in pool order: what a test
     * may give a user.
     *
     * @return the free numbers
     */
    public List<String> freeNumbers() {
        return freeNumbers(number -> true);
    }

    /**
     * The free pool numbers of one country (by calling code; {@code +1} numbers belong to both the
     * US and Canada), in pool order.
     *
     * @param country ISO 3166 alpha-2 code, e.g. {@code BE} ({@code UK} reads as {@code GB})
     * @return the free numbers, empty when the pool has none for the country
     */
    public List<String> freeNumbers(String country) {
        Objects.requireNonNull(country, "country");
        return freeNumbers(number -> CallingCodes.isOf(number, country));
    }

    private List<String> freeNumbers(Predicate<String> wanted) {
        return state.with(s -> {
            SubscriptionState sub = defaultSubscription(s);
            List<String> free = new ArrayList<>();
            for (String number : sub.numbers.keySet()) {
                if (wanted.test(number) && sub.numberHolder(number).isEmpty()) {
                    free.add(number);
                }
            }
            return free;
        });
    }

    /**
     * The templates of the default subscription, for {@code PUT .../templates/{id}} and bulk items.
     *
     * @return template id to name, by id
     */
    public SortedMap<Integer, String> templates() {
        return state.with(s -> {
            SortedMap<Integer, String> names = new TreeMap<>();
            defaultSubscription(s).templates.values().forEach(t -> names.put(t.id(), t.name()));
            return names;
        });
    }

    /**
     * The voice routing policies of the default subscription.
     *
     * @return policy names, as listed
     */
    public List<String> voiceRoutingPolicies() {
        return state.with(s -> defaultSubscription(s).vrps.stream().map(Vrp::identity).toList());
    }

    /**
     * Who holds a number of the default subscription's pool.
     *
     * @param e164 the number
     * @return the user or resource account id, empty when free (or not in the pool)
     */
    public Optional<String> numberHolder(String e164) {
        return state.with(s -> defaultSubscription(s).numberHolder(e164));
    }

    /**
     * Number of users in the default subscription.
     *
     * @return the count
     */
    public int userCount() {
        return state.with(s -> defaultSubscription(s).users.size());
    }

    /**
     * The seed this server starts from.
     *
     * @return the seed
     */
    public FusionSeed seed() {
        return seed;
    }

    /** Every route the server answers, as {@code METHOD template}, for the fidelity ledger's check. */
    List<String> routes() {
        return routes.routes();
    }

    /** Stops the server. */
    @Override
    public void close() {
        http.close();
    }

    private SubscriptionState defaultSubscription(FusionState s) {
        return s.subscriptions.get(FusionState.key(draasInstance(), tenantUuid(), subscriptionId()));
    }

    /** Configures a {@link FakeFusionServer}. */
    public static final class Builder {
        private FusionSeed seed;
        private String host = "127.0.0.1";
        private int port;
        private int threads = HttpLimits.DEFAULT_MAX_CONNECTIONS;
        private Clock clock = Clock.systemUTC();
        private Duration accessTokenLifetime = Duration.ofMinutes(15);
        private Duration refreshTokenLifetime = Duration.ofHours(12);
        private Duration continuationTokenLifetime;
        private Duration resourceAccountSettleAfter = Duration.ofSeconds(5);
        private int resourceAccountSettleListCalls = 1;

        private Builder() {
        }

        /**
         * Starts from the demo data ({@link FusionDemo}, described in {@code DEMO.md}); the default.
         *
         * @return this builder
         */
        public Builder demoData() {
            return seed(FusionSeed.demo());
        }

        /**
         * Starts with no data: {@link FusionSeed#empty()}, one onboarded subscription and nothing in it.
         *
         * @return this builder
         */
        public Builder emptyData() {
            return seed(FusionSeed.empty());
        }

        /**
         * Starts from this data instead of the demo data.
         *
         * @param fusionSeed the seed
         * @return this builder
         */
        public Builder seed(FusionSeed fusionSeed) {
            this.seed = Objects.requireNonNull(fusionSeed, "fusionSeed");
            return this;
        }

        /**
         * Bind address (default loopback).
         *
         * @param bindHost host or IP
         * @return this builder
         */
        public Builder host(String bindHost) {
            this.host = Objects.requireNonNull(bindHost, "bindHost");
            return this;
        }

        /**
         * Port; 0 (default) picks a free one.
         *
         * @param bindPort the port
         * @return this builder
         */
        public Builder port(int bindPort) {
            this.port = bindPort;
            return this;
        }

        /**
         * Connections served at once, each on a thread of its own (default 512); one more is
         * answered 503. A stalled client holds its connection only until its read timeout.
         *
         * @param count connection count
         * @return this builder
         */
        public Builder threads(int count) {
            this.threads = count;
            return this;
        }

        /**
         * The server clock for token expiry, job timestamps, continuation-token lifetime and
         * resource account settling; a {@link io.teamsdr.testkit.TestClock} makes them testable
         * without sleeping.
         *
         * @param serverClock the clock
         * @return this builder
         */
        public Builder clock(Clock serverClock) {
            this.clock = Objects.requireNonNull(serverClock, "serverClock");
            return this;
        }

        /**
         * Lifetimes of tokens issued by login (default 15 minutes and 12 hours).
         *
         * @param access access token lifetime
         * @param refresh refresh token lifetime
         * @return this builder
         */
        public Builder tokenLifetimes(Duration access, Duration refresh) {
            this.accessTokenLifetime = Objects.requireNonNull(access, "access");
            this.refreshTokenLifetime = Objects.requireNonNull(refresh, "refresh");
            return this;
        }

        /**
         * How long a users-list or bulk-history continuation token stays valid (default: for ever).
         *
         * @param lifetime the lifetime
         * @return this builder
         */
        public Builder continuationTokenLifetime(Duration lifetime) {
            this.continuationTokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /**
         * When a resource account change becomes visible in the list: after {@code after} on the
         * server clock or after {@code listCalls} list calls have shown it pending, whichever comes
         * first (default 5 seconds, 1 call; 0 calls settles on the next list).
         *
         * @param after time to settle
         * @param listCalls list calls showing the intermediate status
         * @return this builder
         */
        public Builder resourceAccountSettling(Duration after, int listCalls) {
            if (listCalls < 0 || after.isNegative()) {
                throw new IllegalArgumentException("settling must not be negative");
            }
            this.resourceAccountSettleAfter = after;
            this.resourceAccountSettleListCalls = listCalls;
            return this;
        }

        /**
         * Binds and starts the server.
         *
         * @return the running server
         */
        public FakeFusionServer start() {
            if (seed == null) {
                seed = FusionSeed.demo();
            }
            return new FakeFusionServer(this);
        }
    }
}
