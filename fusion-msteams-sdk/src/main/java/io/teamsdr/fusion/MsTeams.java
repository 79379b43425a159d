package io.teamsdr.fusion;

/**
 * The MS Teams resources of one DraaS subscription. Obtain it from
 * {@link FusionClient#msTeams(Subscription)}; cheap to create, thread-safe, no request until a
 * resource method is called. The same tree without blocking is {@link io.teamsdr.fusion.async.MsTeamsAsync}.
 *
 * <pre>{@code
 * MsTeams teams = fusion.msTeams(Subscription.of("draas_v1", tenantUuid, 42));
 * TenantStatus status = teams.status().get();
 * for (TeamsUser user : teams.users().list(UserQuery.builder().locations("BE").build())) { ... }
 * }</pre>
 */
public interface MsTeams {

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
    StatusApi status();

    /**
     * Returns the MS Teams administrator of the subscription.
     *
     * @return the administrator resource
     */
    AdminApi admin();

    /**
     * Returns the MS Teams users: list, read, update, bulk update, create, delete.
     *
     * @return the users resource
     */
    UsersApi users();

    /**
     * Returns the history of bulk user updates.
     *
     * @return the bulk jobs resource
     */
    BulkJobsApi bulkJobs();

    /**
     * Returns the resource accounts (call queues, auto attendants).
     *
     * @return the resource accounts resource
     */
    ResourceAccountsApi resourceAccounts();

    /**
     * Returns the tenant's licenses, and the replacement of a user's full license set.
     *
     * @return the licenses resource
     */
    LicensesApi licenses();

    /**
     * Returns the tenant's verified domains.
     *
     * @return the domains resource
     */
    DomainsApi domains();

    /**
     * Returns the tenant's voice routing policies.
     *
     * @return the voice routing policies resource
     */
    VoiceRoutingPoliciesApi voiceRoutingPolicies();

    /**
     * Returns the tenant's groups and the group filter.
     *
     * @return the groups resource
     */
    GroupsApi groups();

    /**
     * Returns the synchronization of users' phone numbers.
     *
     * @return the sync resource
     */
    SyncApi sync();

    /**
     * Returns the SIP addresses of users.
     *
     * @return the SIP address resource
     */
    SipAddressApi sipAddresses();
}
