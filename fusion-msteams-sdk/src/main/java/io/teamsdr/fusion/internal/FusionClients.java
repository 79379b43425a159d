package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionClient;
import org.jspecify.annotations.Nullable;

/** Creates the client for {@link FusionClient.Builder}; the one public entry into this package. */
public final class FusionClients {

    private FusionClients() {
    }

    /**
     * Creates a client.
     *
     * @param transport the transport of the API calls
     * @param authTransport the credential-less transport of a login session's calls, or {@code null}
     * @param session the login session, or {@code null} for token credentials
     * @return the client; closing it closes both transports
     */
    public static FusionClient create(Transport transport, @Nullable Transport authTransport,
                                      @Nullable LoginSession session) {
        return new DefaultFusionClient(transport, authTransport, session, false);
    }
}
