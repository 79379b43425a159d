package io.teamsdr.fusion.internal;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.async.AuthApiAsync;
import io.teamsdr.fusion.async.FusionClientAsync;
import io.teamsdr.fusion.async.MsTeamsAsync;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The {@link FusionClientAsync} view: the same transport and session as the client it came from. */
final class DefaultFusionClientAsync implements FusionClientAsync {
    private final Transport transport;
    private final @Nullable LoginSession session;

    DefaultFusionClientAsync(Transport transport, @Nullable LoginSession session) {
        this.transport = transport;
        this.session = session;
    }

    @Override
    public MsTeamsAsync msTeams(Subscription subscription) {
        return new SubscriptionCalls(transport, Objects.requireNonNull(subscription, "subscription")).nonBlocking();
    }

    @Override
    public FusionClientAsync withOptions(RequestOptions options) {
        return new DefaultFusionClientAsync(transport.withOptions(Objects.requireNonNull(options, "options")), session);
    }

    @Override
    public AuthApiAsync auth() {
        return new DefaultAuthApiAsync(new AuthCalls(transport, session));
    }

    @Override
    public String toString() {
        return "FusionClientAsync{" + transport.settings() + '}';
    }
}
