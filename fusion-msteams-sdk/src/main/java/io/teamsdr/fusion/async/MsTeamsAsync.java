package io.teamsdr.fusion.async;

import io.teamsdr.fusion.Subscription;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.MsTeams}: the MS Teams resources of one DraaS
 * subscription, each method returning a {@link java.util.concurrent.CompletableFuture}. Obtain it from
 * {@link FusionClientAsync#msTeams(Subscription)}; cheap to create, thread-safe.
 *
 * <pre>{@code
 * MsTeamsAsync teams = fusion.async().msTeams(Subscription.of("draas_v1", tenantUuid, 42));
 * teams.status().get().thenAccept(status -> System.out.println(status.status()));
 * }</pre>
 */
public interface MsTeamsAsync {

    /**
     * Returns the subscription these resources address.
     *
     * @return the subscription
     */
    Subscription subscription();

    /**
     * Returns the tenant status (onboarding, PowerShell and Graph integrations, domain).
     *
     * @return the status resource
     */
    StatusApiAsync status();

    /**
     * Returns the MS Teams administrator of the subscription.
     *
     * @return the administrator resource
     */
    AdminApiAsync admin();

    /**
     * Returns the MS Teams users: list, read, update, bulk update, create, delete.
     *
     * @return the users resource
     */
    UsersApiAsync users();

    /**
     * Returns the history of bulk user updates.
     *
     * @return the bulk jobs resource
     */
    BulkJobsApiAsync bulkJobs();

    /**
     * Returns the resource accounts (call queues, auto attendants).
     *
     * @return the resource accounts resource
     */
    ResourceAccountsApiAsync resourceAccounts();

    /**
     * Returns the tenant's licenses, and the replacement of a user's full license set.
     *
     * @return the licenses resource
     */
    LicensesApiAsync licenses();

    /**
     * Returns the tenant's verified domains.
     *
     * @return the domains resource
     */
    DomainsApiAsync domains();

    /**
     * Returns the tenant's voice routing policies.
     *
     * @return the voice routing policies resource
     */
    VoiceRoutingPoliciesApiAsync voiceRoutingPolicies();

    /**
     * Returns the tenant's groups and the group filter.
     *
     * @return the groups resource
     */
    GroupsApiAsync groups();

    /**
     * Returns the synchronization of users' phone numbers.
     *
     * @return the sync resource
     */
    SyncApiAsync sync();

    /**
     * Returns the SIP addresses of users.
     *
     * @return the SIP address resource
     */
    SipAddressApiAsync sipAddresses();
}
