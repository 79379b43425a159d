package io.teamsdr.fusion.async;

import io.teamsdr.core.RequestOptions;
import io.teamsdr.fusion.Subscription;

/**
 * The non-blocking view of a {@link io.teamsdr.fusion.FusionClient}, from
 * {@link io.teamsdr.fusion.FusionClient#async()}. It shares everything with the client it came from
 * (connections, session, limits); close that client when done.
 *
 * <pre>{@code
 * MsTeamsAsync teams = fusion.async().msTeams(subscription);
 * CompletableFuture<TeamsUser> user = teams.users().get(userId);
 * }</pre>
 */
public interface FusionClientAsync {

    /**
     * Returns the MS Teams resources of one subscription. Cheap; no request is sent.
     *
     * @param subscription the subscription
     * @return the resource tree
     */
    MsTeamsAsync msTeams(Subscription subscription);

    /**
     * Returns a view that applies the options to every call; see
     * {@link io.teamsdr.fusion.FusionClient#withOptions(RequestOptions)}.
     *
     * @param options timeouts, retries or headers to lay over the client's settings
     * @return the derived view
     */
    FusionClientAsync withOptions(RequestOptions options);

    /**
     * Returns the session operations: log in ahead of time, log out.
     *
     * @return the session operations
     */
    AuthApiAsync auth();
}
