package io.teamsdr.fusion;

import io.teamsdr.core.http.HttpMethod;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.internal.Validator;
import java.util.Objects;

/**
 * Addresses one DraaS subscription, the unit every MS Teams endpoint hangs below:
 * {@code /api/v01/draas/{draas_instance}/tenants/{uuid}/subscriptions/{subscription_id}}.
 *
 * @param draasInstance the DraaS instance name the operator gave, e.g. {@code draas_v1}
 * @param tenantUuid the UUID of the tenant managing the subscription
 * @param subscriptionId the index of the subscription
 */
public record Subscription(String draasInstance, String tenantUuid, long subscriptionId) {
    /** The path every MS Teams endpoint starts with. */
    public static final String PATH = "/api/v01/draas/{draas_instance}/tenants/{uuid}/subscriptions/{subscription_id}";

    /**
     * Validates the parts.
     *
     * @throws io.teamsdr.core.ValidationException when a part is missing or the UUID is malformed
     */
    public Subscription {
        new Validator()
                .required("draasInstance", draasInstance)
                .required("tenantUuid", tenantUuid)
                .uuid("tenantUuid", tenantUuid)
                .check(subscriptionId >= 0, "subscriptionId", subscriptionId, "zero or positive")
                .throwIfInvalid();
    }

    /**
     * Names a subscription.
     *
     * @param draasInstance the DraaS instance name
     * @param tenantUuid the tenant UUID
     * @param subscriptionId the subscription index
     * @return the subscription
     */
    public static Subscription of(String draasInstance, String tenantUuid, long subscriptionId) {
        return new Subscription(draasInstance, tenantUuid, subscriptionId);
    }

    /**
     * Starts a request below this subscription with its three path parameters bound.
     *
     * @param method the HTTP method
     * @param relativePath the path after the subscription, e.g. {@code /msteams/users/{ms_user_id}}
     * @return a spec builder
     */
    public RequestSpec.Builder request(HttpMethod method, String relativePath) {
        Objects.requireNonNull(relativePath, "relativePath");
        return bind(RequestSpec.builder(method, PATH + relativePath));
    }

    /** Binds the three path parameters of this subscription to a request below it. */
    RequestSpec.Builder bind(RequestSpec.Builder request) {
        return request.pathParam("draas_instance", draasInstance)
                .pathParam("uuid", tenantUuid)
                .pathParam("subscription_id", subscriptionId);
    }
}
