package io.teamsdr.fusion.internal;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.async.AuthApiAsync;
import io.teamsdr.fusion.async.FusionClientAsync;
import io.teamsdr.fusion.async.MsTeamsAsync;
import java.util.Objects;

/** The {@link FusionClientAsync} view of a client: everything comes from the client it belongs to. */
final class DefaultFusionClientAsync implements FusionClientAsync {
    private final DefaultFusionClient client;

    DefaultFusionClientAsync(DefaultFusionClient client) {
        this.client = client;
    }

    @Override
    public MsTeamsAsync msTeams(Subscription subscription) {
        return client.calls(Objects.requireNonNull(subscription, "subscription")).nonBlocking();
    }

    @Override
    public FusionClientAsync withOptions(RequestOptions options) {
        return client.withOptions(options).async();
    }

    @Override
    public AuthApiAsync auth() {
        return ResourceViews.nonBlocking(AuthApiAsync.class, client.authCalls());
    }

    @Override
    public String toString() {
        return "FusionClientAsync{" + client + '}';
    }
}
