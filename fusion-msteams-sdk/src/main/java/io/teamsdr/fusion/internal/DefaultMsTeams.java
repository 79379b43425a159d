package io.teamsdr.fusion.internal;

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

/** The blocking resource tree of one subscription; {@link SubscriptionCalls} builds it from the views of its calls. */
record DefaultMsTeams(Subscription subscription, StatusApi status, AdminApi admin, UsersApi users,
                      BulkJobsApi bulkJobs, ResourceAccountsApi resourceAccounts, LicensesApi licenses,
                      DomainsApi domains, VoiceRoutingPoliciesApi voiceRoutingPolicies, GroupsApi groups,
                      SyncApi sync, SipAddressApi sipAddresses) implements MsTeams {

    @Override
    public String toString() {
        return "MsTeams{" + subscription + '}';
    }
}
