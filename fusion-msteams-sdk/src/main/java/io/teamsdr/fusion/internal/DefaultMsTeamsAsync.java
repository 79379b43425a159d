package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.Subscription;
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

/** The non-blocking resource tree of one subscription; {@link SubscriptionCalls} builds it. */
record DefaultMsTeamsAsync(Subscription subscription, StatusApiAsync status, AdminApiAsync admin, UsersApiAsync users,
                           BulkJobsApiAsync bulkJobs, ResourceAccountsApiAsync resourceAccounts,
                           LicensesApiAsync licenses, DomainsApiAsync domains,
                           VoiceRoutingPoliciesApiAsync voiceRoutingPolicies, GroupsApiAsync groups,
                           SyncApiAsync sync, SipAddressApiAsync sipAddresses) implements MsTeamsAsync {

    @Override
    public String toString() {
        return "MsTeamsAsync{" + subscription + '}';
    }
}
