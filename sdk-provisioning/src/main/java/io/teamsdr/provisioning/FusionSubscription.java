package io.teamsdr.provisioning;

/**
 * The Fusion subscription a desired state is for: the DraaS instance, the tenant UUID and the
 * subscription index, as the operator gave them. Values are checked when the desired state is built.
 *
 * @param draasInstance the DraaS instance name, e.g. {@code draas_v1}
 * @param tenantUuid the UUID of the Fusion tenant managing the subscription
 * @param subscriptionId the index of the subscription
 */
public record FusionSubscription(String draasInstance, String tenantUuid, long subscriptionId) {

    /**
     * Names a subscription.
     *
     * @param draasInstance the DraaS instance name
     * @param tenantUuid the tenant UUID
     * @param subscriptionId the subscription index
     * @return the subscription
     */
    public static FusionSubscription of(String draasInstance, String tenantUuid, long subscriptionId) {
        return new FusionSubscription(draasInstance, tenantUuid, subscriptionId);
    }

    @Override
    public String toString() {
        return "subscription " + subscriptionId + " of tenant " + tenantUuid + " on " + draasInstance;
    }
}
