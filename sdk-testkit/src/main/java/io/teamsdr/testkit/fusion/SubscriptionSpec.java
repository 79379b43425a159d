package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.HttpError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Configures one subscription of a {@link FusionSeed}: its MS Teams tenant, licenses, policies,
 * groups, number pool, templates, users and resource accounts. References between items use
 * names (a user's groups by display name, its licenses by part number), and every item obeys the
 * API's rules when the seed is built.
 */
public final class SubscriptionSpec {

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
    private final List<LicenseSpec> licenses = new ArrayList<>();
    private final List<Vrp> vrps = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<String> groupFilter = new ArrayList<>();
    private final Map<String, String> orphanFilter = new LinkedHashMap<>();
    private final List<String> numbers = new ArrayList<>();
    private final Set<String> customerLicenses = new LinkedHashSet<>();
    private final List<UserSpec> users = new ArrayList<>();
    private final List<TemplateSpec> templates = new ArrayList<>();
    private final List<ResourceAccountSpec> resourceAccounts = new ArrayList<>();

    SubscriptionSpec(String draasInstance, int subscriptionId) {
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
        licenses.add(new LicenseSpec(new License(skuId, skuPartNumber, description, total, reserved, voice), null));
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
        licenses.add(new LicenseSpec(new License(skuId, skuPartNumber, description, 0, 0, voice), free));
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
        sub.users = UserTable.loading(users.size());
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
        for (LicenseSpec l : licenses) {
            // A license sized by its free seats is unbounded until the users have taken theirs.
            License license = l.free() == null ? l.license() : l.license().withTotal(Integer.MAX_VALUE / 2);
            sub.licenses.put(license.skuId(), license);
        }
        sub.vrps = List.copyOf(vrps);
        sub.customerLicenseSkus = Set.copyOf(customerLicenses);
        Map<String, Integer> pool = new LinkedHashMap<>();
        for (String n : numbers) {
            pool.putIfAbsent(n, 401 + pool.size());
        }
        sub.numbers = Collections.unmodifiableMap(pool);
        for (Group g : groups) {
            Group withId = new Group(g.id() != null ? g.id() : Ids.uuid(random), g.displayName(),
                    g.description(), g.teamsEnabled());
            sub.groups.put(withId.id(), withId);
        }
        UserRules rules = new UserRules(sub);
        Map<Integer, Template> builtTemplates = new LinkedHashMap<>();
        for (TemplateSpec t : templates) {
            builtTemplates.put(t.id, seedStep(() -> "template " + t.name, t::build));
        }
        sub.templates = Collections.unmodifiableMap(builtTemplates);
        for (UserSpec u : users) {
            seedStep(() -> "user " + u.displayName, () -> {
                rules.commit(null, u.build(sub, rules, random, domains));
                return null;
            });
        }
        for (ResourceAccountSpec r : resourceAccounts) {
            seedStep(() -> "resource account " + r.upn, () -> {
                r.build(sub, rules, random);
                return null;
            });
        }
        for (LicenseSpec l : licenses) {
            if (l.free() != null) {
                String skuId = l.license().skuId();
                sub.licenses.put(skuId, l.license().withTotal(sub.used(skuId) + l.free()));
            }
        }
        for (String ref : groupFilter) {
            String id = seedStep(() -> "group filter " + ref, () -> rules.group(ref, true));
            sub.groupFilter.put(id, sub.groups.get(id).displayName());
        }
        sub.groupFilter.putAll(orphanFilter);
        sub.users = sub.users.compact();
        return sub;
    }

    private <T> T seedStep(Supplier<String> what, Supplier<T> step) {
        try {
            return step.get();
        } catch (HttpError e) {
            throw new IllegalArgumentException("Invalid seed, " + what.get() + " in subscription " + subscriptionId
                    + ": " + e.reason(), e);
        }
    }

    /** A license as seeded; {@code free}, when set, sizes its total once the users took their seats. */
    private record LicenseSpec(License license, Integer free) {
    }
}
