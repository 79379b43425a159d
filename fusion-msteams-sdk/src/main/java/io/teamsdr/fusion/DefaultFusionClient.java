package io.teamsdr.fusion;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.internal.DefaultAuthApi;
import io.teamsdr.fusion.internal.DefaultMsTeams;
import io.teamsdr.fusion.internal.LoginSession;
import java.util.Objects;

/**
 * The {@link FusionClient}: resources over one transport, plus, for login credentials, a second
 * transport without credentials for the authentication calls and the session they feed.
 */
final class DefaultFusionClient implements FusionClient {
    private final Transport transport;
    private final Transport authTransport;
    private final LoginSession session;
    private final boolean derived;

    DefaultFusionClient(Transport transport, Transport authTransport, LoginSession session) {
        this(transport, authTransport, session, false);
    }

    private DefaultFusionClient(Transport transport, Transport authTransport, LoginSession session, boolean derived) {
        this.transport = transport;
        this.authTransport = authTransport;
        this.session = session;
        this.derived = derived;
    }

    @Override
    public MsTeams msTeams(Subscription subscription) {
        return new DefaultMsTeams(transport, Objects.requireNonNull(subscription, "subscription"));
    }

    @Override
    public FusionClient withOptions(RequestOptions options) {
        return new DefaultFusionClient(transport.withOptions(Objects.requireNonNull(options, "options")),
                authTransport, session, true);
    }

    @Override
    public AuthApi auth() {
        return new DefaultAuthApi(transport, session);
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
