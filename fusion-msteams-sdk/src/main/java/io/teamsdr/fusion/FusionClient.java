package io.teamsdr.fusion;

import io.teamsdr.core.ClientBuilder;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.LogOptions;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.async.FusionClientAsync;
import io.teamsdr.fusion.internal.FusionClients;
import io.teamsdr.fusion.internal.LoginSession;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A client for the Fusion operator platform's MS Teams API. Thread-safe: build one per application
 * and share it; close it when done.
 *
 * <pre>{@code
 * try (FusionClient fusion = FusionClient.builder()
 *         .endpoint(URI.create("https://fusion.example.net"))
 *         .credentials(FusionCredentials.login("api-user", () -> vault.read("fusion")))
 *         .build()) {
 *     MsTeams teams = fusion.msTeams(Subscription.of("draas_v1", tenantUuid, 42));
 *     for (TeamsUser user : teams.users().list(UserQuery.builder().search("Tho").build())) { ... }
 * }
 * }</pre>
 */
public interface FusionClient extends AutoCloseable {

    /**
     * Starts building a client.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the MS Teams resources of one subscription. Cheap; no request is sent.
     *
     * @param subscription the subscription
     * @return the resource tree
     */
    MsTeams msTeams(Subscription subscription);

    /**
     * Returns a client that applies the options to every call and shares everything else (connections,
     * session, 429 pause) with this one. Closing it does nothing.
     *
     * @param options timeouts, retries or headers to lay over the client's settings
     * @return the derived client
     */
    FusionClient withOptions(RequestOptions options);

    /**
     * Returns the session operations: log in ahead of time, log out.
     *
     * @return the session operations
     */
    AuthApi auth();

    /**
     * Returns the non-blocking view of this client: the same resource tree, each method returning a
     * {@link java.util.concurrent.CompletableFuture}. It shares everything with this client; closing
     * this client ends it too.
     *
     * @return the async view
     */
    FusionClientAsync async();

    /** Releases the connections and threads the client created; never the caller's own objects. */
    @Override
    void close();

    /**
     * Builds a {@link FusionClient}. Besides the shared settings of {@link ClientBuilder}, takes
     * {@link FusionCredentials}.
     */
    final class Builder extends ClientBuilder<Builder> {
        private @Nullable FusionCredentials fusionCredentials;

        private Builder() {
            // The query values Fusion's API makes safe to log, and the one-time code of the 2FA request.
            super(LogOptions.none().allowQueryParams("page_size", "page", "free_only", "refresh", "group").secretFields("code"));
        }

        /**
         * Sets how the client authenticates to Fusion.
         *
         * @param credentials a token, a login or a token provider
         * @return this builder
         */
        public Builder credentials(FusionCredentials credentials) {
            this.fusionCredentials = Objects.requireNonNull(credentials, "credentials");
            return self();
        }

        /**
         * Sets a generic sdk-core credentials strategy instead of {@link FusionCredentials}.
         *
         * @param credentials the strategy
         * @return this builder
         */
        @Override
        public Builder credentials(Credentials credentials) {
            this.fusionCredentials = null;
            return super.credentials(credentials);
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws NullPointerException when no endpoint was set
         */
        public FusionClient build() {
            if (fusionCredentials instanceof FusionCredentials.Login login) {
                super.credentials(Credentials.none());
                // The auth calls must not ask the session for its own token, so they go through a
                // credential-less transport; the API calls share its connections and threads.
                Transport authTransport = Transport.create(settings());
                LoginSession session = login.newSession(authTransport);
                return FusionClients.create(authTransport.withCredentials(Credentials.bearer(session)),
                        authTransport, session);
            }
            if (fusionCredentials instanceof FusionCredentials.Bearer bearer) {
                super.credentials(bearer.credentials());
            }
            return FusionClients.create(Transport.create(settings()), null, null);
        }
    }
}
