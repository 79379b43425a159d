package io.teamsdr.testkit.fusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one Fusion subscription holds. Values that no endpoint changes (number pool, VRPs,
 * templates, customer license catalog) are immutable and shared between copies; the users are a
 * {@link UserTable}, whose copy costs what changed since the seed; the rest (resource accounts,
 * groups, licenses, jobs: tens of entries) is copied per entry.
 */
final class SubscriptionState {

    String draasInstance;
    String tenantUuid;
    int id;
    MsTenant msTenant;
    Admin admin;
    int nextAdminId = 1;
    UserTable users = UserTable.loading();
    LinkedHashMap<String, ResourceAccountState> resourceAccounts = new LinkedHashMap<>();
    LinkedHashMap<String, Group> groups = new LinkedHashMap<>();
    /** The SRE group filter: group id to the display name it was posted with. */
    LinkedHashMap<String, String> groupFilter = new LinkedHashMap<>();
    LinkedHashMap<String, License> licenses = new LinkedHashMap<>();
    /** The number pool: E.164 number to Fusion number id, in pool order. */
    Map<String, Integer> numbers = Map.of();
    List<Vrp> vrps = List.of();
    Map<Integer, Template> templates = Map.of();
    Set<String> customerLicenseSkus = Set.of();
    List<BulkJob> bulkJobs = new ArrayList<>();
    /** How the tenant's Azure AD directory, as the Graph endpoints show it, differs from the users above. */
    DirectoryOverlay directory = new DirectoryOverlay();
    int nextFusionId = 1;
    int nextConnectionId = 1;
    int nextBulkId = 1;
    int nextBulkItemId = 1;
    long lastBulkJobId;
    long idSeed;
    long idCounter;

    SubscriptionState copy() {
        SubscriptionState c = new SubscriptionState();
        c.draasInstance = draasInstance;
        c.tenantUuid = tenantUuid;
        c.id = id;
        c.msTenant = msTenant;
        c.admin = admin;
        c.nextAdminId = nextAdminId;
        c.users = users.copy();
        resourceAccounts.forEach((k, v) -> c.resourceAccounts.put(k, v.copy()));
        c.groups = new LinkedHashMap<>(groups);
        c.groupFilter = new LinkedHashMap<>(groupFilter);
        c.licenses = new LinkedHashMap<>(licenses);
        c.numbers = numbers;
        c.vrps = vrps;
        c.templates = templates;
        c.customerLicenseSkus = customerLicenseSkus;
        c.bulkJobs = new ArrayList<>(bulkJobs);
        c.directory = directory.copy();
        c.nextFusionId = nextFusionId;
        c.nextConnectionId = nextConnectionId;
        c.nextBulkId = nextBulkId;
        c.nextBulkItemId = nextBulkItemId;
        c.lastBulkJobId = lastBulkJobId;
        c.idSeed = idSeed;
        c.idCounter = idCounter;
        return c;
    }

    /** A new object id (users, resource accounts), reproducible for a given seed. */
    String newObjectId() {
        return Ids.uuid(idSeed, ++idCounter);
    }

    /** Seats of a license held by users and resource accounts of this subscription. */
    int used(String skuId) {
        return users.seats(skuId) + resourceAccountSeats(skuId);
    }

    /** Seats of a license held by resource accounts: a handful, so counted on demand. */
    int resourceAccountSeats(String skuId) {
        int count = 0;
        for (ResourceAccountState ra : resourceAccounts.values()) {
            if (ra.target.licensed() && skuId.equals(Ids.RESOURCE_ACCOUNT_SKU)) {
                count++;
            }
        }
        return count;
    }

    int free(License license) {
        return license.total() - license.reserved() - used(license.skuId());
    }

    /** Who holds a number: a user or resource account id. */
    Optional<String> numberHolder(String number) {
        Optional<UserState> user = users.holderOf(number);
        if (user.isPresent()) {
            return user.map(u -> u.id);
        }
        for (ResourceAccountState ra : resourceAccounts.values()) {
            if (number.equals(ra.target.phoneNumber())) {
                return Optional.of(ra.id);
            }
        }
        return Optional.empty();
    }

    Optional<UserState> userByUpn(String upn) {
        return users.byUpn(upn);
    }

    Optional<Template> templateByName(String name) {
        return templates.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
