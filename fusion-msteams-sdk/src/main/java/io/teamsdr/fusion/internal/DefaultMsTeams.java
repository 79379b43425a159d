package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.AdminApi;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.StatusApi;
import io.teamsdr.fusion.Subscription;
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
    public String toString() {
        return "MsTeams{" + subscription + '}';
    }
}
