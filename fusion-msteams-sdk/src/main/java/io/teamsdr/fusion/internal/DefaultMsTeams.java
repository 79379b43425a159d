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
import java.util.Objects;

/** The {@link MsTeams} resource tree: each resource bound to the client's transport and one subscription. */
public final class DefaultMsTeams implements MsTeams {
    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the tree.
     *
     * @param transport the client's transport
     * @param subscription the subscription every resource addresses
     */
    public DefaultMsTeams(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public Subscription subscription() {
        return subscription;
    }

    @Override
    public StatusApi status() {
        return new DefaultStatusApi(transport, subscription);
    }

    @Override
    public AdminApi admin() {
        return new DefaultAdminApi(transport, subscription);
    }

    @Override
    public UsersApi users() {
        return new DefaultUsersApi(transport, subscription);
    }

    @Override
    public BulkJobsApi bulkJobs() {
        return new DefaultBulkJobsApi(transport, subscription);
    }

    @Override
    public ResourceAccountsApi resourceAccounts() {
        return new DefaultResourceAccountsApi(transport, subscription);
    }

    @Override
    public LicensesApi licenses() {
        return new DefaultLicensesApi(transport, subscription);
    }

    @Override
    public DomainsApi domains() {
        return new DefaultDomainsApi(transport, subscription);
    }

    @Override
    public VoiceRoutingPoliciesApi voiceRoutingPolicies() {
        return new DefaultVoiceRoutingPoliciesApi(transport, subscription);
    }

    @Override
    public GroupsApi groups() {
        return new DefaultGroupsApi(transport, subscription);
    }

    @Override
    public SyncApi sync() {
        return new DefaultSyncApi(transport, subscription);
    }

    @Override
    public SipAddressApi sipAddresses() {
        return new DefaultSipAddressApi(transport, subscription);
    }

    @Override
    public String toString() {
        return "MsTeams{" + subscription + '}';
    }
}
