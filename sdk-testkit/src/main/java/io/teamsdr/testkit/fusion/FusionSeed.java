package io.teamsdr.testkit.fusion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The data a {@link FakeFusionServer} starts from and returns to on {@link FakeFusionServer#reset()}.
 * Built once with {@link #builder(long)}; every identifier not given explicitly is drawn from
 * {@code java.util.Random(seed)}, so the same seed always gives the same UUIDs and tokens. Seeds
 * obey the same rules as the API (licenses seats, number pool, voice licenses), so a seed cannot
 * hold a state the real platform could not reach. Immutable and shareable between servers.
 *
 * <pre>{@code
 * FusionSeed seed = FusionSeed.builder(7)
 *     .subscription("draas_v1", 42, s -> s
 *         .verifiedDomains("contoso.onmicrosoft.com")
 *         .license("e43b5b99-8dfb-405f-9987-dc307f34bcbd", "MCOEV", "Microsoft Teams Phone Standard", 5,
 *                 VoiceCapability.YES)
 *         .vrp("Global")
 *         .numbers("+3225405200", 20)
 *         .group("Sales", "Sales team", true)
 *         .user("Thomas Anderson", u -> u.location("BE").licenses("MCOEV").groups("Sales")
 *                 .number("+3225405200").vrp("Global")))
 *     .build();
 * }</pre>
 */
public final class FusionSeed {

    /** The DraaS instance name seen in public client configuration. */
    public static final String DEFAULT_DRAAS_INSTANCE = "draas_v1";

    /** The subscription id used by {@link #empty()} and the demo. */
    public static final int DEFAULT_SUBSCRIPTION_ID = 42;

    private final FusionState prototype;
    private final long randomSeed;
    private final String draasInstance;
    private final String tenantUuid;
    private final int subscriptionId;
    private final String adminToken;
    private final String readOnlyToken;

    private FusionSeed(FusionState prototype, long randomSeed, SubscriptionState first, String adminToken,
            String readOnlyToken) {
        this.prototype = prototype;
        this.randomSeed = randomSeed;
        this.draasInstance = first.draasInstance;
        this.tenantUuid = first.tenantUuid;
        this.subscriptionId = first.id;
        this.adminToken = adminToken;
        this.readOnlyToken = readOnlyToken;
    }

    /**
     * Starts a seed.
     *
     * @param seed the random seed every generated identifier derives from
     * @return the builder
     */
    public static Builder builder(long seed) {
        return new Builder(seed);
    }

    /**
     * One onboarded subscription ({@value #DEFAULT_DRAAS_INSTANCE}, {@value #DEFAULT_SUBSCRIPTION_ID})
     * with a verified domain and nothing else: no users, licenses, numbers or policies.
     *
     * @return the seed
     */
    public static FusionSeed empty() {
        return Empty.SEED;
    }

    /** The empty seed, built on first use and then shared like the demo: a seed is immutable. */
    private static final class Empty {
        static final FusionSeed SEED = builder(1).subscription(DEFAULT_DRAAS_INSTANCE, DEFAULT_SUBSCRIPTION_ID,
                s -> s.verifiedDomains("contoso.onmicrosoft.com")).build();
    }

    /**
     * The built-in demo data set; see {@link FusionDemo} for its facts.
     *
     * @return the demo seed (built once, then shared)
     */
    public static FusionSeed demo() {
        return FusionDemo.seed();
    }

    /**
     * The DraaS instance of the first subscription.
     *
     * @return the instance name
     */
    public String draasInstance() {
        return draasInstance;
    }

    /**
     * The tenant UUID of the first subscription.
     *
     * @return the UUID
     */
    public String tenantUuid() {
        return tenantUuid;
    }

    /**
     * The id of the first subscription.
     *
     * @return the subscription id
     */
    public int subscriptionId() {
        return subscriptionId;
    }

    /**
     * A token holding every role, never expiring.
     *
     * @return the token
     */
    public String adminToken() {
        return adminToken;
    }

    /**
     * A token holding only the roles ending in {@code .read} or {@code .list}, never expiring.
     *
     * @return the token
     */
    public String readOnlyToken() {
        return readOnlyToken;
    }

    /**
     * The random seed.
     *
     * @return the seed
     */
    public long randomSeed() {
        return randomSeed;
    }

    FusionState newState() {
        return prototype.deepCopy();
    }

    /** Configures a {@link FusionSeed}. */
    public static final class Builder {

        private final long seed;
        private final List<SubscriptionSpec> subscriptions = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();
        private final Set<String> machineAccounts = new LinkedHashSet<>();

        private Builder(long seed) {
            this.seed = seed;
        }

        /**
         * Adds a subscription. Subscriptions share one generated tenant unless
         * {@link SubscriptionSpec#tenantUuid(String)} says otherwise. The first one added is the
         * server's default subscription.
         *
         * @param draasInstance the DraaS instance name
         * @param subscriptionId the subscription id
         * @param spec configures the subscription
         * @return this builder
         */
        public Builder subscription(String draasInstance, int subscriptionId, Consumer<SubscriptionSpec> spec) {
            SubscriptionSpec s = new SubscriptionSpec(draasInstance, subscriptionId);
            spec.accept(s);
            subscriptions.add(s);
            return this;
        }

        /**
         * Adds a login account answering with access and refresh tokens.
         *
         * @param username login name
         * @param password password
         * @param roles roles of the tokens it gets
         * @return this builder
         */
        public Builder account(String username, String password, Set<String> roles) {
            accounts.add(new Account(username, password, roles, null, null, null));
            return this;
        }

        /**
         * Adds a login account with a second factor: login answers with a {@code 2fa_payload}, and
         * {@code POST /api/v01/auth/2fa} with the code gives the tokens.
         *
         * @param username login name
         * @param password password
         * @param roles roles of the tokens it gets
         * @param option {@code email} or {@code totp}
         * @param code the code to send back
         * @return this builder
         */
        public Builder twoFactorAccount(String username, String password, Set<String> roles, String option,
                String code) {
            if (!option.equals("email") && !option.equals("totp")) {
                throw new IllegalArgumentException("option must be email or totp");
            }
            accounts.add(new Account(username, password, roles, option, Objects.requireNonNull(code), null));
            return this;
        }

        /**
         * Adds a machine-to-machine account: login answers with one immutable {@code token}, usable
         * directly as the access token; {@link FakeFusionServer#machineToken(String)} tells it.
         *
         * @param username login name
         * @param password password
         * @param roles roles of the token
         * @return this builder
         */
        public Builder machineAccount(String username, String password, Set<String> roles) {
            accounts.add(new Account(username, password, roles, null, null, null));
            machineAccounts.add(username);
            return this;
        }

        /**
         * Builds the seed, checking every rule.
         *
         * @return the seed
         * @throws IllegalArgumentException when the seed breaks a rule (unknown reference, number
         *     outside the pool, no free license...)
         */
        public FusionSeed build() {
            if (subscriptions.isEmpty()) {
                throw new IllegalArgumentException("A seed needs at least one subscription");
            }
            Random random = new Random(seed);
            FusionState state = new FusionState();
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            state.secret = secret;
            String defaultTenant = Ids.uuid(random);
            for (SubscriptionSpec spec : subscriptions) {
                SubscriptionState sub = spec.build(random, defaultTenant);
                String key = FusionState.key(sub.draasInstance, sub.tenantUuid, sub.id);
                if (state.subscriptions.putIfAbsent(key, sub) != null) {
                    throw new IllegalArgumentException("Duplicate subscription " + key);
                }
            }
            for (Account a : accounts) {
                Account account = a;
                if (machineAccounts.contains(a.username())) {
                    String token = TokenIssuer.issue(state, secret,
                            new Grant(Grant.Kind.ACCESS, a.username(), a.roles(), null, null));
                    account = new Account(a.username(), a.password(), a.roles(), null, null, token);
                }
                if (state.accounts.putIfAbsent(account.username(), account) != null) {
                    throw new IllegalArgumentException("Duplicate account " + account.username());
                }
            }
            String admin = TokenIssuer.issue(state, secret,
                    new Grant(Grant.Kind.ACCESS, "test-admin", FusionRoles.ALL, null, null));
            String reader = TokenIssuer.issue(state, secret,
                    new Grant(Grant.Kind.ACCESS, "test-reader", FusionRoles.READ_ONLY, null, null));
            return new FusionSeed(state, seed, state.subscriptions.values().iterator().next(), admin, reader);
        }
    }
}
