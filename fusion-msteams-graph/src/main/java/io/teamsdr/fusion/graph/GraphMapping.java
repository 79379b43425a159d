package io.teamsdr.fusion.graph;

import com.microsoft.graph.models.LicenseUnitsDetail;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.User;
import io.teamsdr.fusion.model.BulkUserItem;
import io.teamsdr.fusion.model.TenantLicense;
import io.teamsdr.fusion.model.UserQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps Microsoft Graph objects to the Fusion MS Teams SDK's types where their fields correspond.
 *
 * <pre>{@code
 * Map<String, String> names = GraphMapping.partNumbers(teams.licenses().list());
 * User user = graph.users().byUserId(id).get(rc -> rc.queryParameters.select = GraphMapping.userSelect());
 * BulkUserItem item = GraphMapping.bulkItem(user, names).phoneNumber("+3225405290").voiceRoutingPolicy("Global").build();
 * }</pre>
 */
public final class GraphMapping {

    /**
     * The user properties the mapping reads, for {@code $select}: Graph leaves
     * {@code usageLocation} and {@code assignedLicenses} out unless they are selected.
     * {@link #userSelect()} gives them as the array Graph's query parameters take.
     */
    public static final List<String> USER_PROPERTIES = List.of("id", "userPrincipalName", "displayName",
            "usageLocation", "assignedLicenses");

    private GraphMapping() {
    }

    /**
     * Returns {@link #USER_PROPERTIES} as the array Graph's {@code queryParameters.select} takes.
     *
     * @return a new array
     */
    public static String[] userSelect() {
        return USER_PROPERTIES.toArray(String[]::new);
    }

    /**
     * Maps a Graph user; see {@link DirectoryUser#from(User)}.
     *
     * @param user the Graph user, read with {@link #userSelect()}
     * @return the directory user
     */
    public static DirectoryUser directoryUser(User user) {
        return DirectoryUser.from(user);
    }

    /**
     * Starts a bulk update item for a directory user: its UPN, display name, usage location as
     * usage location and assigned licenses by part number. Licenses the map does not name (ones the
     * platform does not offer, e.g. free Power Automate) are left out; no licenses leaves the
     * platform's unchanged. The caller adds the number, policy, groups or template before
     * {@link BulkUserItem.Builder#build()}.
     *
     * @param user the directory user
     * @param partNumbersBySkuId license part numbers by SKU id, e.g. from {@link #partNumbers(Collection)}
     * @return the builder
     */
    public static BulkUserItem.Builder bulkItem(DirectoryUser user, Map<String, String> partNumbersBySkuId) {
        Objects.requireNonNull(user, "user");
        Map<String, String> names = lowerCaseKeys(partNumbersBySkuId);
        BulkUserItem.Builder item = BulkUserItem.builder(user.userPrincipalName(), user.displayName());
        user.usageLocation().ifPresent(item::location);
        List<String> licenses = new ArrayList<>();
        for (String sku : user.skuIds()) {
            String name = names.get(sku);
            if (name != null) {
                licenses.add(name);
            }
        }
        if (!licenses.isEmpty()) {
            item.licenses(licenses);
        }
        return item;
    }

    /**
     * Starts a bulk update item for a Graph user; see {@link #bulkItem(DirectoryUser, Map)}.
     *
     * @param user the Graph user, read with {@link #userSelect()}
     * @param partNumbersBySkuId license part numbers by SKU id
     * @return the builder
     */
    public static BulkUserItem.Builder bulkItem(User user, Map<String, String> partNumbersBySkuId) {
        return bulkItem(DirectoryUser.from(user), partNumbersBySkuId);
    }

    /**
     * Starts a users query that looks a directory user up on the platform: display-name prefix
     * search, narrowed to the user's usage location when it has one.
     *
     * @param user the directory user
     * @return the query builder; add a page size or more filters before building
     */
    public static UserQuery.Builder userQuery(DirectoryUser user) {
        Objects.requireNonNull(user, "user");
        UserQuery.Builder query = UserQuery.builder().search(user.displayName());
        user.usageLocation().ifPresent(query::locations);
        return query;
    }

    /**
     * Starts a users query for a Graph user; see {@link #userQuery(DirectoryUser)}.
     *
     * @param user the Graph user
     * @return the query builder
     */
    public static UserQuery.Builder userQuery(User user) {
        return userQuery(DirectoryUser.from(user));
    }

    /**
     * Maps a subscribed SKU to the platform's license view: {@code total} is
     * {@code prepaidUnits.enabled}, {@code free} is {@code enabled - consumedUnits}, never below
     * zero (Graph counts seats in a warning or suspended state as consumed, which can exceed the
     * enabled ones). Graph has no description; the part number stands in, as the platform does
     * when it knows none.
     *
     * @param sku the subscribed SKU
     * @return the license
     * @throws IllegalArgumentException when the SKU has no skuId or part number
     */
    public static TenantLicense tenantLicense(SubscribedSku sku) {
        Objects.requireNonNull(sku, "sku");
        if (sku.getSkuId() == null || sku.getSkuPartNumber() == null) {
            throw new IllegalArgumentException("The subscribed SKU has no skuId or skuPartNumber");
        }
        LicenseUnitsDetail prepaid = sku.getPrepaidUnits();
        long enabled = prepaid == null || prepaid.getEnabled() == null ? 0 : prepaid.getEnabled();
        long consumed = sku.getConsumedUnits() == null ? 0 : sku.getConsumedUnits();
        return new TenantLicense(sku.getSkuId().toString(), sku.getSkuPartNumber(), sku.getSkuPartNumber(), enabled,
                Math.max(0, enabled - consumed));
    }

    /**
     * Indexes license part numbers by SKU id, the names bulk updates take.
     *
     * @param licenses the platform's licenses ({@code teams.licenses().list()}) or mapped SKUs
     * @return part numbers by lower-case SKU id, in the licenses' order
     */
    public static Map<String, String> partNumbers(Collection<TenantLicense> licenses) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TenantLicense license : licenses) {
            names.put(license.skuId().toLowerCase(Locale.ROOT), license.skuPartNumber());
        }
        return names;
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> names) {
        Map<String, String> lower = new LinkedHashMap<>();
        Objects.requireNonNull(names, "partNumbersBySkuId").forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }
}
