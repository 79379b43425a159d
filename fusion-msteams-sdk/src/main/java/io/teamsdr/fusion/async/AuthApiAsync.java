package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.TwoFactorRequiredException;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.AuthApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The session of a {@link FusionClient}: log in ahead of the first call, and log out.
 */
public interface AuthApiAsync {

    /**
     * Logs in now instead of on the first call, e.g. to surface a two-factor challenge at start-up.
     * Discards any current session. Does nothing for token credentials.
     *
     * <p>The future fails with a {@link TwoFactorRequiredException} when Fusion asks for a second factor.
     *
     * @return completes when done
     */
    CompletableFuture<Void> login();

    /**
     * Ends the session the client opened by logging in ({@code GET /api/v01/auth/logout}); the next
     * call logs in again. Nothing is sent when no session is open, nor for a machine-to-machine token
     * (token credentials, or a login answered with an immutable token): a logout would revoke it for
     * good, since the login can only answer the same token again; such a login session just forgets
     * its token.
     *
     * @return completes when done
     */
    CompletableFuture<Void> logout();

    /**
     * Tells whether a login session is open; always {@code true} for token credentials. Answered
     * from the client's state, without a request, so it returns at once.
     *
     * @return {@code true} when calls will not need a login first
     */
    boolean isLoggedIn();
}
