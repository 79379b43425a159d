package io.teamsdr.fusion.graph;

import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.User;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of an Azure AD user, as Microsoft Graph shows it, that the Fusion MS Teams API also
 * knows: the object id (the id every Fusion user operation takes), user principal name, display
 * name, usage location and the SKU ids of the assigned licenses. Immutable, unlike Graph's
 * {@link User}.
 *
 * @param id the Azure AD object id, lower case
 * @param userPrincipalName the user principal name
 * @param displayName the display name
 * @param usageLocation the ISO 3166-1 alpha-2 usage location, upper case; empty when the directory has none
 * @param skuIds the SKU ids (GUIDs, lower case) of the assigned licenses, sorted; possibly empty
 */
public record DirectoryUser(String id, String userPrincipalName, String displayName, Optional<String> usageLocation,
                            Set<String> skuIds) {

    /**
     * Normalizes the id and license GUIDs to lower case and the usage location to upper case, as
     * the two APIs may spell them differently.
     *
     * @throws NullPointerException if the id, UPN or display name is null
     */
    public DirectoryUser {
        id = Objects.requireNonNull(id, "id").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(userPrincipalName, "userPrincipalName");
        Objects.requireNonNull(displayName, "displayName");
        usageLocation = Objects.requireNonNullElse(usageLocation, Optional.<String>empty())
                .filter(l -> !l.isBlank()).map(l -> l.strip().toUpperCase(Locale.ROOT));
        skuIds = normalizedSkuIds(skuIds == null ? Set.of() : skuIds);
    }

    /**
     * Maps a Graph user. Graph returns {@code usageLocation} and {@code assignedLicenses} only when
     * asked for, so read users with {@code $select} set to {@link GraphMapping#userSelect()}.
     *
     * @param user the Graph user
     * @return the directory user
     * @throws IllegalArgumentException when the id, user principal name or display name is missing
     *     (not selected)
     */
    public static DirectoryUser from(User user) {
        Objects.requireNonNull(user, "user");
        require(user.getId(), "id");
        require(user.getUserPrincipalName(), "userPrincipalName");
        require(user.getDisplayName(), "displayName");
        Set<String> skus = new TreeSet<>();
        if (user.getAssignedLicenses() != null) {
            for (AssignedLicense license : user.getAssignedLicenses()) {
                if (license != null && license.getSkuId() != null) {
                    skus.add(license.getSkuId().toString());
                }
            }
        }
        return new DirectoryUser(user.getId(), user.getUserPrincipalName(), user.getDisplayName(),
                Optional.ofNullable(user.getUsageLocation()), skus);
    }

    /**
     * Lower-cases license GUIDs and sorts them, so that sets from both APIs compare equal.
     *
     * @param skuIds license GUIDs in any case
     * @return an unmodifiable sorted set
     */
    static Set<String> normalizedSkuIds(Collection<String> skuIds) {
        Set<String> sorted = new TreeSet<>();
        for (String sku : skuIds) {
            sorted.add(Objects.requireNonNull(sku, "skuId").strip().toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(sorted);
    }

    private static void require(String value, String property) {
        if (value == null) {
            throw new IllegalArgumentException("The Graph user has no " + property + "; select "
                    + String.join(",", GraphMapping.USER_PROPERTIES) + " when reading users");
        }
    }
}
