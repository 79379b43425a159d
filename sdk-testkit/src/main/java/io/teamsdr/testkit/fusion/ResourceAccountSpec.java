package io.teamsdr.testkit.fusion;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/** Configures a seeded resource account. */
public final class ResourceAccountSpec {

    final String upn;
    private final String displayName;
    private final String accountType;
    private final String location;
    private String id;
    private String number;
    private String vrp;
    private List<String> customerLicenses = List.of();

    ResourceAccountSpec(String upn, String displayName, String accountType, String location) {
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
