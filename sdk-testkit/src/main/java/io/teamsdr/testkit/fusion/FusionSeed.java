package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.HttpError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return builder(1).subscription(DEFAULT_DRAAS_INSTANCE, DEFAULT_SUBSCRIPTION_ID,
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

    /** Configures one subscription of a seed. References between items use names. */
    public static final class SubscriptionSpec {

        private final String draasInstance;
        private final int subscriptionId;
        private String tenantUuid;
        private String status = MsTenant.ONBOARDED;
        private String mode = "direct_routing";
        private String msTenantId;
        private String domainName;
        private boolean domainVerified;
        private boolean powershell = true;
        private boolean msGraph = true;
        private final List<String> verifiedDomains = new ArrayList<>();
        private String adminUsername;
        private String adminPassword;
        private int adminId = 1;
        private final List<Object[]> licenses = new ArrayList<>();
        private final List<Vrp> vrps = new ArrayList<>();
        private final List<Group> groups = new ArrayList<>();
        private final List<String> groupFilter = new ArrayList<>();
        private final Map<String, String> orphanFilter = new LinkedHashMap<>();
        private final List<String> numbers = new ArrayList<>();
        private final Set<String> customerLicenses = new LinkedHashSet<>();
        private final List<UserSpec> users = new ArrayList<>();
        private final List<TemplateSpec> templates = new ArrayList<>();
        private final List<ResourceAccountSpec> resourceAccounts = new ArrayList<>();

        private SubscriptionSpec(String draasInstance, int subscriptionId) {
            this.draasInstance = Objects.requireNonNull(draasInstance, "draasInstance");
            this.subscriptionId = subscriptionId;
        }

        /**
         * The tenant owning this subscription (default: the seed's generated tenant).
         *
         * @param uuid tenant UUID
         * @return this spec
         */
        public SubscriptionSpec tenantUuid(String uuid) {
            this.tenantUuid = Objects.requireNonNull(uuid, "uuid");
            return this;
        }

        /**
         * Onboarding status and mode (default {@code onboarded}, {@code direct_routing}). Most MS
         * Teams endpoints answer 404 until the status is {@code onboarded}.
         *
         * @param onboardingStatus e.g. {@code not_initiated}
         * @param onboardingMode {@code direct_routing} or {@code operator_connect}
         * @return this spec
         */
        public SubscriptionSpec msTenant(String onboardingStatus, String onboardingMode) {
            this.status = Objects.requireNonNull(onboardingStatus);
            this.mode = Objects.requireNonNull(onboardingMode);
            return this;
        }

        /**
         * The Azure AD tenant id (default: generated).
         *
         * @param id tenant id
         * @return this spec
         */
        public SubscriptionSpec msTenantId(String id) {
            this.msTenantId = id;
            return this;
        }

        /**
         * The Fusion domain registered on Office 365; a verified one is also listed as a verified
         * domain.
         *
         * @param name domain name
         * @param verified whether Microsoft verified it
         * @return this spec
         */
        public SubscriptionSpec fusionDomain(String name, boolean verified) {
            this.domainName = name;
            this.domainVerified = verified;
            return this;
        }

        /**
         * State of the integrations (default both active). PowerShell is needed by numbers, VRPs,
         * resource accounts and sync; MS Graph by users, groups, licenses and domains.
         *
         * @param powershellActive PowerShell integration
         * @param msGraphActive MS Graph application
         * @return this spec
         */
        public SubscriptionSpec integrations(boolean powershellActive, boolean msGraphActive) {
            this.powershell = powershellActive;
            this.msGraph = msGraphActive;
            return this;
        }

        /**
         * Verified domains; the first is the default domain of seeded UPNs.
         *
         * @param domains domain names
         * @return this spec
         */
        public SubscriptionSpec verifiedDomains(String... domains) {
            verifiedDomains.addAll(List.of(domains));
            return this;
        }

        /**
         * The MS Teams administrator.
         *
         * @param id its index
         * @param msUsername its UPN
         * @param msPassword its password (kept, never returned)
         * @return this spec
         */
        public SubscriptionSpec admin(int id, String msUsername, String msPassword) {
            this.adminId = id;
            this.adminUsername = msUsername;
            this.adminPassword = msPassword;
            return this;
        }

        /**
         * A license with a fixed total.
         *
         * @param skuId GUID
         * @param skuPartNumber e.g. {@code MCOEV}
         * @param description e.g. {@code Microsoft Teams Phone Standard}
         * @param total seats bought
         * @param voice whether it carries Phone System
         * @return this spec
         */
        public SubscriptionSpec license(String skuId, String skuPartNumber, String description, int total,
                VoiceCapability voice) {
            return license(skuId, skuPartNumber, description, total, 0, voice);
        }

        /**
         * A license with a fixed total, some seats used outside the listed users.
         *
         * @param skuId GUID
         * @param skuPartNumber part number
         * @param description description
         * @param total seats bought
         * @param reserved seats held by accounts the fake does not list
         * @param voice whether it carries Phone System
         * @return this spec
         */
        public SubscriptionSpec license(String skuId, String skuPartNumber, String description, int total,
                int reserved, VoiceCapability voice) {
            licenses.add(new Object[] {skuId, skuPartNumber, description, total, reserved, voice, null});
            return this;
        }

        /**
         * A license whose total is whatever the seeded users take plus {@code free}: handy to leave
         * exactly a few seats.
         *
         * @param skuId GUID
         * @param skuPartNumber part number
         * @param description description
         * @param free seats left once the seed is built
         * @param voice whether it carries Phone System
         * @return this spec
         */
        public SubscriptionSpec licenseWithFree(String skuId, String skuPartNumber, String description, int free,
                VoiceCapability voice) {
            licenses.add(new Object[] {skuId, skuPartNumber, description, 0, 0, voice, free});
            return this;
        }

        /**
         * A voice routing policy whose description is its name.
         *
         * @param identity policy name
         * @return this spec
         */
        public SubscriptionSpec vrp(String identity) {
            return vrp(identity, identity);
        }

        /**
         * A voice routing policy.
         *
         * @param identity policy name
         * @param description description
         * @return this spec
         */
        public SubscriptionSpec vrp(String identity, String description) {
            vrps.add(new Vrp(identity, description));
            return this;
        }

        /**
         * An Office 365 group with a generated id.
         *
         * @param displayName name
         * @param description description
         * @param teamsEnabled whether it is also a Teams team
         * @return this spec
         */
        public SubscriptionSpec group(String displayName, String description, boolean teamsEnabled) {
            return group(null, displayName, description, teamsEnabled);
        }

        /**
         * An Office 365 group with a given id.
         *
         * @param id group id, {@code null} to generate
         * @param displayName name
         * @param description description
         * @param teamsEnabled whether it is also a Teams team
         * @return this spec
         */
        public SubscriptionSpec group(String id, String displayName, String description, boolean teamsEnabled) {
            groups.add(new Group(id, displayName, description, teamsEnabled));
            return this;
        }

        /**
         * Puts existing groups in the SRE group filter.
         *
         * @param groupNamesOrIds group display names or ids
         * @return this spec
         */
        public SubscriptionSpec groupFilter(String... groupNamesOrIds) {
            groupFilter.addAll(List.of(groupNamesOrIds));
            return this;
        }

        /**
         * Puts a group that does not exist (any more) in the filter: it lists as an orphan.
         *
         * @param id group id
         * @param displayName name it was filtered with
         * @return this spec
         */
        public SubscriptionSpec orphanFilterEntry(String id, String displayName) {
            orphanFilter.put(id, displayName);
            return this;
        }

        /**
         * A block of consecutive numbers in the pool.
         *
         * @param first first E.164 number
         * @param count how many
         * @return this spec
         */
        public SubscriptionSpec numbers(String first, int count) {
            Checks.e164("number", first);
            long start = Long.parseLong(first.substring(1));
            for (int i = 0; i < count; i++) {
                numbers.add(Checks.e164("number", "+" + (start + i)));
            }
            return this;
        }

        /**
         * Numbers in the pool.
         *
         * @param e164 E.164 numbers
         * @return this spec
         */
        public SubscriptionSpec number(String... e164) {
            for (String n : e164) {
                numbers.add(Checks.e164("number", n));
            }
            return this;
        }

        /**
         * Customer (Fusion) license SKUs users may get.
         *
         * @param skus SKU names
         * @return this spec
         */
        public SubscriptionSpec customerLicenses(String... skus) {
            customerLicenses.addAll(List.of(skus));
            return this;
        }

        /**
         * A user.
         *
         * @param displayName display name
         * @param spec configures the user
         * @return this spec
         */
        public SubscriptionSpec user(String displayName, Consumer<UserSpec> spec) {
            UserSpec u = new UserSpec(displayName);
            spec.accept(u);
            users.add(u);
            return this;
        }

        /**
         * A template; id 0 is the default template.
         *
         * @param id template id
         * @param name name (bulk items refer to it by name)
         * @param spec configures the template
         * @return this spec
         */
        public SubscriptionSpec template(int id, String name, Consumer<TemplateSpec> spec) {
            TemplateSpec t = new TemplateSpec(id, name);
            spec.accept(t);
            templates.add(t);
            return this;
        }

        /**
         * A resource account, already created and settled.
         *
         * @param userPrincipalName UPN
         * @param displayName name
         * @param accountType {@code call-queue} or {@code auto-attendant}
         * @param location ISO country
         * @param spec configures the rest
         * @return this spec
         */
        public SubscriptionSpec resourceAccount(String userPrincipalName, String displayName, String accountType,
                String location, Consumer<ResourceAccountSpec> spec) {
            ResourceAccountSpec r = new ResourceAccountSpec(userPrincipalName, displayName, accountType, location);
            spec.accept(r);
            resourceAccounts.add(r);
            return this;
        }

        SubscriptionState build(Random random, String defaultTenant) {
            SubscriptionState sub = new SubscriptionState();
            sub.draasInstance = draasInstance;
            sub.tenantUuid = tenantUuid != null ? tenantUuid : defaultTenant;
            sub.id = subscriptionId;
            sub.idSeed = random.nextLong();
            List<String> domains = new ArrayList<>(verifiedDomains);
            if (domainName != null && domainVerified && !domains.contains(domainName)) {
                domains.add(domainName);
            }
            String tenantId = msTenantId != null ? msTenantId : Ids.uuid(random);
            String appId = Ids.uuid(random);
            boolean onboarded = MsTenant.ONBOARDED.equals(status);
            sub.msTenant = new MsTenant(onboarded ? tenantId : null, mode, status, onboarded ? appId : null,
                    domainName, domainVerified, onboarded && powershell, onboarded && msGraph, domains);
            if (adminUsername != null) {
                sub.admin = new Admin(adminId, adminUsername, adminPassword);
                sub.nextAdminId = adminId + 1;
            }
            for (Object[] l : licenses) {
                boolean freeSpec = l[6] != null;
                License license = new License((String) l[0], (String) l[1], (String) l[2],
                        freeSpec ? Integer.MAX_VALUE / 2 : (Integer) l[3], (Integer) l[4], (VoiceCapability) l[5]);
                sub.licenses.put(license.skuId(), license);
            }
            sub.vrps = List.copyOf(vrps);
            sub.customerLicenseSkus = Set.copyOf(customerLicenses);
            Map<String, Integer> pool = new LinkedHashMap<>();
            for (String n : numbers) {
                pool.putIfAbsent(n, 401 + pool.size());
            }
            sub.numbers = java.util.Collections.unmodifiableMap(pool);
            for (Group g : groups) {
                Group withId = new Group(g.id() != null ? g.id() : Ids.uuid(random), g.displayName(),
                        g.description(), g.teamsEnabled());
                sub.groups.put(withId.id(), withId);
            }
            UserRules rules = new UserRules(sub);
            Map<Integer, Template> builtTemplates = new LinkedHashMap<>();
            for (TemplateSpec t : templates) {
                builtTemplates.put(t.id, seedStep("template " + t.name, () -> t.build(rules)));
            }
            sub.templates = java.util.Collections.unmodifiableMap(builtTemplates);
            for (UserSpec u : users) {
                seedStep("user " + u.displayName, () -> {
                    rules.commit(null, u.build(sub, rules, random, domains));
                    return null;
                });
            }
            for (ResourceAccountSpec r : resourceAccounts) {
                seedStep("resource account " + r.upn, () -> {
                    r.build(sub, rules, random);
                    return null;
                });
            }
            for (Object[] l : licenses) {
                if (l[6] != null) {
                    License placeholder = sub.licenses.get((String) l[0]);
                    int total = sub.used(placeholder.skuId()) + (Integer) l[6];
                    sub.licenses.put(placeholder.skuId(), new License(placeholder.skuId(), placeholder.skuPartNumber(),
                            placeholder.skuDescription(), total, 0, placeholder.voice()));
                }
            }
            for (String ref : groupFilter) {
                String id = seedStep("group filter " + ref, () -> rules.group(ref, true));
                sub.groupFilter.put(id, sub.groups.get(id).displayName());
            }
            sub.groupFilter.putAll(orphanFilter);
            return sub;
        }

        private <T> T seedStep(String what, java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (HttpError e) {
                throw new IllegalArgumentException("Invalid seed, " + what + " in subscription " + subscriptionId
                        + ": " + e.reason(), e);
            }
        }
    }

    /** Configures a seeded user. References use names (group display names, license part numbers). */
    public static final class UserSpec {

        private static final Map<String, String> KNOWN_ROLES = Map.of(
                "Global Administrator", "62e90394-69f5-4237-9190-012177145e10",
                "Teams Administrator", "69091246-20e8-4a56-aa4d-066075b2a7a8",
                "Teams Communications Administrator", "baf37b3a-610e-45da-9e62-d9d1e5e8914b",
                "User Administrator", "fe930be7-5e62-47db-91af-98c3a49a38b1");

        private final String displayName;
        private String id;
        private String upn;
        private String location;
        private List<String> licenses = List.of();
        private List<String> groups = List.of();
        private final List<String> roles = new ArrayList<>();
        private String vrp;
        private String number;
        private List<String> customerLicenses = List.of();

        private UserSpec(String displayName) {
            this.displayName = Objects.requireNonNull(displayName, "displayName");
        }

        /**
         * The Azure AD object id (default: generated).
         *
         * @param objectId the id
         * @return this spec
         */
        public UserSpec id(String objectId) {
            this.id = objectId;
            return this;
        }

        /**
         * The UPN; without {@code @} the first verified domain is appended (default: built from the
         * display name, e.g. {@code thomas.anderson@<domain>}).
         *
         * @param userPrincipalName UPN or its local part
         * @return this spec
         */
        public UserSpec upn(String userPrincipalName) {
            this.upn = userPrincipalName;
            return this;
        }

        /**
         * Usage location.
         *
         * @param country ISO 3166 alpha-2 code
         * @return this spec
         */
        public UserSpec location(String country) {
            this.location = country;
            return this;
        }

        /**
         * Licenses by part number, description or skuId.
         *
         * @param refs license references
         * @return this spec
         */
        public UserSpec licenses(String... refs) {
            this.licenses = List.of(refs);
            return this;
        }

        /**
         * Groups by display name or id.
         *
         * @param refs group references
         * @return this spec
         */
        public UserSpec groups(String... refs) {
            this.groups = List.of(refs);
            return this;
        }

        /**
         * A Microsoft directory role.
         *
         * @param displayName e.g. {@code Global Administrator}
         * @return this spec
         */
        public UserSpec role(String displayName) {
            roles.add(displayName);
            return this;
        }

        /**
         * Voice routing policy.
         *
         * @param identity policy name
         * @return this spec
         */
        public UserSpec vrp(String identity) {
            this.vrp = identity;
            return this;
        }

        /**
         * Phone number from the pool; needs a license with Phone System.
         *
         * @param e164 the number
         * @return this spec
         */
        public UserSpec number(String e164) {
            this.number = e164;
            return this;
        }

        /**
         * Customer (Fusion) licenses.
         *
         * @param skus SKUs from the subscription's catalog
         * @return this spec
         */
        public UserSpec customerLicenses(String... skus) {
            this.customerLicenses = List.of(skus);
            return this;
        }

        UserState build(SubscriptionState sub, UserRules rules, Random random, List<String> domains) {
            UserState u = new UserState();
            u.id = id != null ? id : Ids.uuid(random);
            u.displayName = displayName;
            u.upn = upn(sub, rules, domains);
            u.location = location == null ? null : Checks.country("location", location);
            u.licenses = rules.licenses(licenses, true);
            u.groups = rules.groups(groups, true);
            u.roles = roles.stream().map(r -> new DirectoryRole(
                    KNOWN_ROLES.getOrDefault(r, Ids.uuid(random)), r)).toList();
            u.vrp = vrp == null ? null : rules.vrp(vrp);
            u.phoneNumber = number == null ? null : Checks.e164("number", number);
            u.customerLicenses = rules.customerLicenses(customerLicenses);
            if (sub.users.containsKey(u.id)) {
                throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "duplicate user id " + u.id);
            }
            return u;
        }

        private String upn(SubscriptionState sub, UserRules rules, List<String> domains) {
            if (domains.isEmpty() && (upn == null || !upn.contains("@"))) {
                throw FusionErrors.bad(FusionErrors.DOMAIN_NOT_VERIFIED, "a verified domain is needed to build a UPN");
            }
            if (upn != null) {
                String full = upn.contains("@") ? upn : upn + "@" + domains.get(0);
                if (rules.upnTaken(full)) {
                    throw FusionErrors.bad(FusionErrors.UPN_EXISTS, "duplicate UPN " + full);
                }
                return full;
            }
            String local = Normalizer.normalize(displayName, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
            String candidate = local + "@" + domains.get(0);
            for (int i = 2; rules.upnTaken(candidate); i++) {
                candidate = local + i + "@" + domains.get(0);
            }
            return candidate;
        }
    }

    /** Configures a seeded template. */
    public static final class TemplateSpec {

        private final int id;
        private final String name;
        private String location;
        private String vrp;
        private List<String> licenses = List.of();
        private List<String> groups = List.of();

        private TemplateSpec(int id, String name) {
            this.id = id;
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Location the template sets.
         *
         * @param country ISO code
         * @return this spec
         */
        public TemplateSpec location(String country) {
            this.location = country;
            return this;
        }

        /**
         * Policy the template sets.
         *
         * @param identity policy name
         * @return this spec
         */
        public TemplateSpec vrp(String identity) {
            this.vrp = identity;
            return this;
        }

        /**
         * Licenses the template sets.
         *
         * @param refs part numbers, descriptions or skuIds
         * @return this spec
         */
        public TemplateSpec licenses(String... refs) {
            this.licenses = List.of(refs);
            return this;
        }

        /**
         * Groups the template sets.
         *
         * @param refs display names or ids
         * @return this spec
         */
        public TemplateSpec groups(String... refs) {
            this.groups = List.of(refs);
            return this;
        }

        Template build(UserRules rules) {
            return new Template(id, name, location == null ? null : Checks.country("location", location),
                    vrp == null ? null : rules.vrp(vrp), rules.groups(groups, true), rules.licenses(licenses, true));
        }
    }

    /** Configures a seeded resource account. */
    public static final class ResourceAccountSpec {

        private final String upn;
        private final String displayName;
        private final String accountType;
        private final String location;
        private String id;
        private String number;
        private String vrp;
        private List<String> customerLicenses = List.of();

        private ResourceAccountSpec(String upn, String displayName, String accountType, String location) {
            this.upn = Objects.requireNonNull(upn, "upn");
            this.displayName = Objects.requireNonNull(displayName, "displayName");
            this.accountType = Objects.requireNonNull(accountType, "accountType");
            this.location = Objects.requireNonNull(location, "location");
        }

        /**
         * The Azure AD object id (default: generated).
         *
         * @param objectId the id
         * @return this spec
         */
        public ResourceAccountSpec id(String objectId) {
            this.id = objectId;
            return this;
        }

        /**
         * Phone number from the pool.
         *
         * @param e164 the number
         * @return this spec
         */
        public ResourceAccountSpec number(String e164) {
            this.number = e164;
            return this;
        }

        /**
         * Voice routing policy.
         *
         * @param identity policy name
         * @return this spec
         */
        public ResourceAccountSpec vrp(String identity) {
            this.vrp = identity;
            return this;
        }

        /**
         * Customer (Fusion) licenses.
         *
         * @param skus SKUs
         * @return this spec
         */
        public ResourceAccountSpec customerLicenses(String... skus) {
            this.customerLicenses = List.of(skus);
            return this;
        }

        void build(SubscriptionState sub, UserRules rules, Random random) {
            if (!ResourceAccountEndpoints.TYPES.contains(accountType)) {
                throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "accountType must be call-queue or auto-attendant");
            }
            if (rules.upnTaken(upn)) {
                throw FusionErrors.bad(FusionErrors.UPN_EXISTS, "duplicate UPN " + upn);
            }
            License license = sub.licenses.get(Ids.RESOURCE_ACCOUNT_SKU);
            if (license == null || sub.free(license) <= 0) {
                throw FusionErrors.bad(FusionErrors.NO_FREE_LICENSE,
                        "no free PHONESYSTEM_VIRTUALUSER license (" + Ids.RESOURCE_ACCOUNT_SKU + ")");
            }
            ResourceAccountState ra = new ResourceAccountState();
            ra.id = id != null ? id : Ids.uuid(random);
            ra.upn = upn.toLowerCase(Locale.ROOT);
            ra.fusionId = sub.nextFusionId++;
            ra.customerLicenses = rules.customerLicenses(customerLicenses);
            String phone = number == null ? null : Checks.e164("number", number);
            if (phone != null) {
                rules.requireAssignable(phone, ra.id);
                ra.connectionId = sub.nextConnectionId++;
            }
            ra.target = new ResourceAccountState.View(displayName, Checks.country("location", location), accountType,
                    phone, vrp == null ? null : rules.vrp(vrp), true);
            ra.settle();
            sub.resourceAccounts.put(ra.id, ra);
        }
    }
}
