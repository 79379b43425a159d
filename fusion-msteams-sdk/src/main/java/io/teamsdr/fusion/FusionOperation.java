package io.teamsdr.fusion;

import io.teamsdr.core.http.HttpMethod;
import io.teamsdr.core.http.RequestSpec;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every call the SDK makes to Fusion: the 31 MS Teams endpoints (numbered as in the project's
 * endpoint inventory) and the four authentication calls, each with its HTTP method, path template
 * and the role the API documentation requires.
 *
 * <p>Applications can check permissions before calling anything:
 * <pre>{@code
 * Set<String> granted = ...; // the roles of the API user
 * Set<String> missing = FusionOperation.missingRoles(granted, EnumSet.of(USERS_LIST, USER_UPDATE));
 * }</pre>
 * A call whose role is missing fails with a {@link io.teamsdr.core.ForbiddenException} naming it.
 */
public enum FusionOperation {
    /** #1: read the MS Teams tenant status. */
    STATUS_GET("status.get", 1, HttpMethod.GET, "/msteams/status", "status.read"),
    /** #2: read the MS Teams administrator. */
    ADMIN_GET("admin.get", 2, HttpMethod.GET, "/msteams/admins", "admins.read"),
    /** #3: create or update the MS Teams administrator. */
    ADMIN_SET("admin.create_or_update", 3, HttpMethod.POST, "/msteams/admins", "admins.update"),
    /** #4: delete the MS Teams administrator. */
    ADMIN_DELETE("admin.delete", 4, HttpMethod.DELETE, "/msteams/admins", "admins.delete"),
    /** #5: list MS Teams users, page by page. */
    USERS_LIST("users.list", 5, HttpMethod.GET, "/msteams/users", "users.list"),
    /** #6: read one MS Teams user (singular {@code user} in the path, as documented). */
    USER_GET("users.get", 6, HttpMethod.GET, "/msteams/user/{ms_user_id}", "users.read"),
    /** #7: check whether a user is eligible for voice. */
    USER_CHECK("users.check_voice", 7, HttpMethod.GET, "/msteams/users/{ms_user_id}/check", "users.instance.check"),
    /** #8: update a user and enable or disable it for voice. */
    USER_UPDATE("users.update", 8, HttpMethod.PUT, "/msteams/users/{ms_user_id}", "users.instance.update"),
    /** #9: update many users in one bulk job. */
    USERS_BULK_UPDATE("users.bulk_update", 9, HttpMethod.PUT, "/msteams/users/bulk", "users.bulk"),
    /** #10: set the groups of a user. */
    USER_GROUPS_UPDATE("users.update_groups", 10, HttpMethod.PUT, "/msteams/users/{ms_user_id}/groups", "users.instance.groups.update"),
    /** #11: assign a list of licenses to a user (body {@code licenses}). */
    USER_LICENSES_ASSIGN("users.assign_licenses", 11, HttpMethod.PUT, "/msteams/users/{ms_user_id}/licenses", "users.instance.licenses.update"),
    /** #12: set or free the phone number of a user. */
    USER_PHONE_NUMBER_UPDATE("users.update_phone_number", 12, HttpMethod.PUT, "/msteams/users/{ms_user_id}/phone_number",
            "users.instance.phone_number.update"),
    /** #13: set or disable the voice routing policy of a user. */
    USER_VRP_UPDATE("users.update_voice_routing_policy", 13, HttpMethod.PUT, "/msteams/users/{ms_user_id}/vrp", "users.instance.vrp.update"),
    /** #14: list resource accounts. */
    RESOURCE_ACCOUNTS_LIST("resource_accounts.list", 14, HttpMethod.GET, "/msteams/resource_accounts", "resource_accounts.list"),
    /** #15: create a resource account. */
    RESOURCE_ACCOUNT_CREATE("resource_accounts.create", 15, HttpMethod.POST, "/msteams/resource_accounts", "resource_accounts.create"),
    /** #16: modify a resource account. */
    RESOURCE_ACCOUNT_UPDATE("resource_accounts.modify", 16, HttpMethod.PUT, "/msteams/resource_accounts/{resource_account_id}",
            "resource_accounts.update"),
    /** #17: delete a resource account. */
    RESOURCE_ACCOUNT_DELETE("resource_accounts.delete", 17, HttpMethod.DELETE, "/msteams/resource_accounts/{resource_account_id}",
            "resource_accounts.instance.delete"),
    /** #18: list the verified domains. */
    DOMAINS_LIST("domains.list", 18, HttpMethod.GET, "/msteams/domains", "domains.list"),
    /** #19: list the tenant's licenses. */
    LICENSES_LIST("licenses.list", 19, HttpMethod.GET, "/msteams/licenses", "licenses.list"),
    /** #20: replace the full license set of a user (body {@code skuIds}). */
    USER_LICENSE_SET_REPLACE("licenses.replace_license_set", 20, HttpMethod.PUT, "/msteams/{ms_user_id}/licenses", "licenses.instance.update"),
    /** #21: create a user. */
    USER_CREATE("users.create", 21, HttpMethod.POST, "/msteams/users", "users.create"),
    /** #22: update the display name and location of a user. */
    USER_PROPERTIES_UPDATE("users.update_properties", 22, HttpMethod.PUT, "/msteams/users/{ms_user_id}/properties", "users.instance.update"),
    /** #23: apply a template to a user. */
    USER_TEMPLATE_APPLY("users.apply_template", 23, HttpMethod.PUT, "/msteams/users/{ms_user_id}/templates/{template_id}",
            "users.instance.template.instance.update"),
    /** #24: delete a user. */
    USER_DELETE("users.delete", 24, HttpMethod.DELETE, "/msteams/users/{ms_user_id}", "users.instance.delete"),
    /** #25: list the voice routing policies. */
    VOICE_ROUTING_POLICIES_LIST("voice_routing_policies.list", 25, HttpMethod.GET, "/msteams/vrps", "vrps.read"),
    /** #26: list the groups and the group filter. */
    GROUPS_LIST("groups.list", 26, HttpMethod.GET, "/msteams/groups", "groups.read"),
    /** #27: replace the group filter. */
    GROUP_FILTER_SET("groups.replace_filter", 27, HttpMethod.POST, "/msteams/groups", "groups.create"),
    /** #28: read the SIP address of a user (no {@code msteams} segment, as documented). */
    USER_SIP_ADDRESS_GET("sip_addresses.get", 28, HttpMethod.GET, "/users/{ms_user_id}/sip_address", "users.instance.sip_address.read"),
    /** #29: synchronize users' phone numbers. */
    SYNC("sync.start", 29, HttpMethod.POST, "/msteams/sync", "sync"),
    /** #30: list bulk jobs. */
    BULK_JOBS_LIST("bulk_jobs.list", 30, HttpMethod.GET, "/msteams/users/bulk", "users.bulk.jobs"),
    /** #31: read one bulk job with its items. */
    BULK_JOB_GET("bulk_jobs.get", 31, HttpMethod.GET, "/msteams/users/bulk/{bulk_id}", "users.bulk.jobs.details"),

    /** Log in with a username and password. */
    AUTH_LOGIN("auth.login", 0, HttpMethod.POST, "/api/v01/auth/login", null),
    /** Answer a two-factor challenge. */
    AUTH_TWO_FACTOR("auth.two_factor", 0, HttpMethod.POST, "/api/v01/auth/2fa", null),
    /** Exchange a refresh token for a new access token. */
    AUTH_REFRESH("auth.refresh", 0, HttpMethod.GET, "/api/v01/auth/access_token", null),
    /** End the session. */
    AUTH_LOGOUT("auth.logout", 0, HttpMethod.GET, "/api/v01/auth/logout", null);

    /** The prefix every required role of the MS Teams endpoints starts with. */
    public static final String ROLE_PREFIX = "tenants.instance.subscriptions.instance.msteams.";

    private final String operationName;
    private final int endpoint;
    private final HttpMethod method;
    private final String relativePath;
    /** Joined once: the template's text is the key of its parsed form, hashed on every request. */
    private final String pathTemplate;
    private final @Nullable String requiredRole;

    FusionOperation(String name, int endpoint, HttpMethod method, String relativePath, @Nullable String roleSuffix) {
        this.operationName = "fusion." + name;
        this.endpoint = endpoint;
        this.method = method;
        this.relativePath = relativePath;
        this.pathTemplate = endpoint > 0 ? Subscription.PATH + relativePath : relativePath;
        this.requiredRole = roleSuffix == null ? null : ROLE_PREFIX + roleSuffix;
    }

    /**
     * Returns the stable, low-cardinality name that call listeners and metrics see for this
     * operation, e.g. {@code fusion.users.get}; it is set on every request the SDK sends.
     *
     * @return the operation name
     */
    public String operationName() {
        return operationName;
    }

    /**
     * Returns the endpoint's number in the project's inventory of the MS Teams API.
     *
     * @return 1 to 31, or 0 for the authentication calls
     */
    public int endpointNumber() {
        return endpoint;
    }

    /**
     * Returns the HTTP method.
     *
     * @return the method
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * Returns the full path template, as it appears in errors and logs.
     *
     * @return the template, e.g.
     *     {@code /api/v01/draas/{draas_instance}/tenants/{uuid}/subscriptions/{subscription_id}/msteams/users}
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * Returns the role the API documentation requires.
     *
     * @return the role, empty for the authentication calls
     */
    public Optional<String> requiredRole() {
        return Optional.ofNullable(requiredRole);
    }

    /**
     * Tells whether the path hangs below a subscription (every MS Teams endpoint) rather than being
     * an authentication call.
     *
     * @return {@code true} for the 31 MS Teams endpoints
     */
    public boolean isSubscriptionScoped() {
        return endpoint > 0;
    }

    /**
     * Tells whether a set of granted roles allows this operation.
     *
     * @param grantedRoles the roles the API user holds
     * @return {@code true} when no role is required or the required one is granted
     */
    public boolean isPermittedBy(Collection<String> grantedRoles) {
        Objects.requireNonNull(grantedRoles, "grantedRoles");
        return requiredRole == null || grantedRoles.contains(requiredRole);
    }

    /**
     * Starts the request for this operation below a subscription, with the subscription's path
     * parameters and the required role bound.
     *
     * @param subscription the subscription
     * @return a spec builder; bind the operation's own path parameters, query and body
     * @throws IllegalStateException for an authentication call
     */
    public RequestSpec.Builder request(Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription");
        if (!isSubscriptionScoped()) {
            throw new IllegalStateException(this + " is not below a subscription");
        }
        return subscription.bind(RequestSpec.builder(method, pathTemplate))
                .requiredRole(Objects.requireNonNull(requiredRole))
                .operation(operationName);
    }

    /**
     * Starts the request of an authentication call, which hangs below no subscription.
     *
     * @return a spec builder with the operation name set; add the body
     * @throws IllegalStateException for an MS Teams endpoint, which needs {@link #request(Subscription)}
     */
    public RequestSpec.Builder authRequest() {
        if (isSubscriptionScoped()) {
            throw new IllegalStateException(this + " hangs below a subscription: use request(subscription)");
        }
        return RequestSpec.builder(method, relativePath).operation(operationName);
    }

    /**
     * Returns the roles among those the operations need that are not granted.
     *
     * @param grantedRoles the roles the API user holds
     * @param operations the operations the application will call
     * @return the missing roles, sorted; empty when everything is permitted
     */
    public static Set<String> missingRoles(Collection<String> grantedRoles, Collection<FusionOperation> operations) {
        Objects.requireNonNull(grantedRoles, "grantedRoles");
        return operations.stream()
                .filter(operation -> !operation.isPermittedBy(grantedRoles))
                .map(operation -> operation.requiredRole)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Returns the 31 MS Teams endpoints in inventory order.
     *
     * @return the subscription-scoped operations
     */
    public static List<FusionOperation> endpoints() {
        return Arrays.stream(values()).filter(FusionOperation::isSubscriptionScoped).toList();
    }

    /**
     * Returns every operation that requires a given role.
     *
     * @param role the role name
     * @return the operations needing it, possibly none
     */
    public static Set<FusionOperation> requiring(String role) {
        Objects.requireNonNull(role, "role");
        EnumSet<FusionOperation> found = EnumSet.noneOf(FusionOperation.class);
        for (FusionOperation operation : values()) {
            if (role.equals(operation.requiredRole)) {
                found.add(operation);
            }
        }
        return found;
    }
}
