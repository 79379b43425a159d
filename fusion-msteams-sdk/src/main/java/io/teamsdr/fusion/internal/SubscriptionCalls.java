package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.async.MsTeamsAsync;

/**
 * The descriptions of every endpoint of one subscription, which both resource trees run: the
 * blocking {@link MsTeams} and the non-blocking {@link MsTeamsAsync} are views of the same calls.
 */
final class SubscriptionCalls {
    private final Subscription subscription;
    private final CatalogCalls catalog;
    private final AdminCalls admin;
    private final UsersCalls users;
    private final BulkJobsCalls bulkJobs;
    private final ResourceAccountsCalls resourceAccounts;
    private final LicensesCalls licenses;
    private final GroupsCalls groups;
    private final UserExtrasCalls userExtras;

    SubscriptionCalls(Transport transport, Subscription subscription) {
        this.subscription = subscription;
        this.catalog = new CatalogCalls(transport, subscription);
        this.admin = new AdminCalls(transport, subscription);
        this.users = new UsersCalls(transport, subscription);
        this.bulkJobs = new BulkJobsCalls(transport, subscription);
        this.resourceAccounts = new ResourceAccountsCalls(transport, subscription);
        this.licenses = new LicensesCalls(transport, subscription);
        this.groups = new GroupsCalls(transport, subscription);
        this.userExtras = new UserExtrasCalls(transport, subscription);
    }

    MsTeams blocking() {
        return new DefaultMsTeams(subscription, new DefaultStatusApi(catalog), new DefaultAdminApi(admin),
                new DefaultUsersApi(users), new DefaultBulkJobsApi(bulkJobs), new DefaultResourceAccountsApi(resourceAccounts),
                new DefaultLicensesApi(licenses), new DefaultDomainsApi(catalog), new DefaultVoiceRoutingPoliciesApi(catalog),
                new DefaultGroupsApi(groups), new DefaultSyncApi(userExtras), new DefaultSipAddressApi(userExtras));
    }

    MsTeamsAsync nonBlocking() {
        return new DefaultMsTeamsAsync(subscription, new DefaultStatusApiAsync(catalog), new DefaultAdminApiAsync(admin),
                new DefaultUsersApiAsync(users), new DefaultBulkJobsApiAsync(bulkJobs),
                new DefaultResourceAccountsApiAsync(resourceAccounts), new DefaultLicensesApiAsync(licenses),
                new DefaultDomainsApiAsync(catalog), new DefaultVoiceRoutingPoliciesApiAsync(catalog),
                new DefaultGroupsApiAsync(groups), new DefaultSyncApiAsync(userExtras), new DefaultSipAddressApiAsync(userExtras));
    }
}
