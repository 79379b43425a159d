package io.teamsdr.testkit.fusion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Configures a user of a {@link SubscriptionSpec}. References use names (group display names,
 * license part numbers); without a UPN one is made from the display name.
 */
public final class UserSpec {

    private static final Map<String, String> KNOWN_ROLES = Map.of(
            "Global Administrator", "62e90394-69f5-4237-9190-012177145e10",
            "Teams Administrator", "69091246-20e8-4a56-aa4d-066075b2a7a8",
            "Teams Communications Administrator", "baf37b3a-610e-45da-9e62-d9d1e5e8914b",
            "User Administrator", "fe930be7-5e62-47db-91af-98c3a49a38b1");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DOTS = Pattern.compile("^\\.|\\.$");

    final String displayName;
    private String id;
    private String upn;
    private String location;
    private List<String> licenses = List.of();
    private List<String> groups = List.of();
    private List<String> roles = List.of();
    private String vrp;
    private String number;
    private List<String> customerLicenses = List.of();

    UserSpec(String displayName) {
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
        List<String> more = new ArrayList<>(roles);
        more.add(Objects.requireNonNull(displayName, "displayName"));
        roles = List.copyOf(more);
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
        u.licenses = licenses.isEmpty() ? List.of() : rules.licenses(licenses, true);
        u.groups = groups.isEmpty() ? List.of() : rules.groups(groups, true);
        u.roles = roles.isEmpty() ? List.of() : roles.stream().map(r -> new DirectoryRole(
                KNOWN_ROLES.getOrDefault(r, Ids.uuid(random)), r)).toList();
        u.vrp = vrp == null ? null : rules.vrp(vrp);
        u.phoneNumber = number == null ? null : Checks.e164("number", number);
        u.customerLicenses = customerLicenses.isEmpty() ? List.of() : rules.customerLicenses(customerLicenses);
        // A generated id is 122 random bits: only an id the seed names can collide, and a million-user
        // seed would pay a lookup per user for nothing.
        if (id != null && sub.users.contains(u.id)) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "duplicate user id " + u.id);
        }
        return u;
    }

    /** {@code Amélie Van Damme} becomes {@code amelie.van.damme}. */
    static String localPart(String displayName) {
        String ascii = displayName.chars().allMatch(c -> c < 0x80) ? displayName
                : MARKS.matcher(Normalizer.normalize(displayName, Normalizer.Form.NFD)).replaceAll("");
        String dotted = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(".");
        return EDGE_DOTS.matcher(dotted).replaceAll("");
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
        String local = localPart(displayName);
        String candidate = local + "@" + domains.get(0);
        for (int i = 2; rules.upnTaken(candidate); i++) {
            candidate = local + i + "@" + domains.get(0);
        }
        return candidate;
    }
}
