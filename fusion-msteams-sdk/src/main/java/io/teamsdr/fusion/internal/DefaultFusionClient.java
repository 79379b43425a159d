package io.teamsdr.fusion.internal;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.AuthApi;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.async.FusionClientAsync;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@link FusionClient}: resources over one transport, plus, for login credentials, a second
 * transport without credentials for the authentication calls and the session they feed.
 */
final class DefaultFusionClient implements FusionClient {
    private final Transport transport;
    private final @Nullable Transport authTransport;
    private final @Nullable LoginSession session;
    private final boolean derived;

    DefaultFusionClient(Transport transport, @Nullable Transport authTransport, @Nullable LoginSession session,
                        boolean derived) {
        this.transport = transport;
        this.authTransport = authTransport;
        this.session = session;
        this.derived = derived;
    }

    @Override
    public MsTeams msTeams(Subscription subscription) {
        return calls(Objects.requireNonNull(subscription, "subscription")).blocking();
    }

    SubscriptionCalls calls(Subscription subscription) {
        return new SubscriptionCalls(transport, subscription);
    }

    AuthCalls authCalls() {
        return new AuthCalls(transport, session);
    }

    @Override
    public FusionClient withOptions(RequestOptions options) {
        return new DefaultFusionClient(transport.withOptions(Objects.requireNonNull(options, "options")),
                authTransport, session, true);
    }

    @Override
    public AuthApi auth() {
        return ResourceViews.blocking(AuthApi.class, authCalls());
    }

    @Override
    public FusionClientAsync async() {
        return new DefaultFusionClientAsync(this);
    }

    @Override
    public void close() {
        if (derived) {
            return;
        }
        transport.close();
        if (authTransport != null) {
            authTransport.close();
        }
    }

    @Override
    public String toString() {
        return "FusionClient{" + transport.settings() + '}';
    }
}
