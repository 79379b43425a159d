package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.AdminApi;
import io.teamsdr.fusion.BulkJobsApi;
import io.teamsdr.fusion.DomainsApi;
import io.teamsdr.fusion.GroupsApi;
import io.teamsdr.fusion.LicensesApi;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.ResourceAccountsApi;
import io.teamsdr.fusion.SipAddressApi;
import io.teamsdr.fusion.StatusApi;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.SyncApi;
import io.teamsdr.fusion.UsersApi;
import io.teamsdr.fusion.VoiceRoutingPoliciesApi;
import io.teamsdr.fusion.async.AdminApiAsync;
import io.teamsdr.fusion.async.BulkJobsApiAsync;
import io.teamsdr.fusion.async.DomainsApiAsync;
import io.teamsdr.fusion.async.GroupsApiAsync;
import io.teamsdr.fusion.async.LicensesApiAsync;
import io.teamsdr.fusion.async.MsTeamsAsync;
import io.teamsdr.fusion.async.ResourceAccountsApiAsync;
import io.teamsdr.fusion.async.SipAddressApiAsync;
import io.teamsdr.fusion.async.StatusApiAsync;
import io.teamsdr.fusion.async.SyncApiAsync;
import io.teamsdr.fusion.async.UsersApiAsync;
import io.teamsdr.fusion.async.VoiceRoutingPoliciesApiAsync;

/**
 * The descriptions of every endpoint of one subscription, and the two resource trees that run them:
 * the blocking {@link MsTeams} and the non-blocking {@link MsTeamsAsync} are views of the same calls.
 */
final class SubscriptionCalls {
    private final Subscription subscription;
    private final StatusCalls status;
    private final AdminCalls admin;
    private final UsersCalls users;
    private final BulkJobsCalls bulkJobs;
    private final ResourceAccountsCalls resourceAccounts;
    private final LicensesCalls licenses;
    private final DomainsCalls domains;
    private final VoiceRoutingPoliciesCalls voiceRoutingPolicies;
    private final GroupsCalls groups;
    private final SyncCalls sync;
    private final SipAddressCalls sipAddresses;

    SubscriptionCalls(Transport transport, Subscription subscription) {
        this.subscription = subscription;
        this.status = new StatusCalls(transport, subscription);
        this.admin = new AdminCalls(transport, subscription);
        this.users = new UsersCalls(transport, subscription);
        this.bulkJobs = new BulkJobsCalls(transport, subscription);
        this.resourceAccounts = new ResourceAccountsCalls(transport, subscription);
        this.licenses = new LicensesCalls(transport, subscription);
        this.domains = new DomainsCalls(transport, subscription);
        this.voiceRoutingPolicies = new VoiceRoutingPoliciesCalls(transport, subscription);
        this.groups = new GroupsCalls(transport, subscription);
        this.sync = new SyncCalls(transport, subscription);
        this.sipAddresses = new SipAddressCalls(transport, subscription);
    }

    MsTeams blocking() {
        return new DefaultMsTeams(subscription, view(StatusApi.class, status), view(AdminApi.class, admin),
                view(UsersApi.class, users), view(BulkJobsApi.class, bulkJobs),
                view(ResourceAccountsApi.class, resourceAccounts), view(LicensesApi.class, licenses),
                view(DomainsApi.class, domains), view(VoiceRoutingPoliciesApi.class, voiceRoutingPolicies),
                view(GroupsApi.class, groups), view(SyncApi.class, sync), view(SipAddressApi.class, sipAddresses));
    }

    MsTeamsAsync nonBlocking() {
        return new DefaultMsTeamsAsync(subscription, ResourceViews.nonBlocking(StatusApiAsync.class, status),
                ResourceViews.nonBlocking(AdminApiAsync.class, admin), ResourceViews.nonBlocking(UsersApiAsync.class, users),
                ResourceViews.nonBlocking(BulkJobsApiAsync.class, bulkJobs),
                ResourceViews.nonBlocking(ResourceAccountsApiAsync.class, resourceAccounts),
                ResourceViews.nonBlocking(LicensesApiAsync.class, licenses),
                ResourceViews.nonBlocking(DomainsApiAsync.class, domains),
                ResourceViews.nonBlocking(VoiceRoutingPoliciesApiAsync.class, voiceRoutingPolicies),
                ResourceViews.nonBlocking(GroupsApiAsync.class, groups), ResourceViews.nonBlocking(SyncApiAsync.class, sync),
                ResourceViews.nonBlocking(SipAddressApiAsync.class, sipAddresses));
    }

    private static <A> A view(Class<A> api, Object calls) {
        return ResourceViews.blocking(api, calls);
    }
}
