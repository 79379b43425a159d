package io.teamsdr.fusion;

/**
 * The session of a {@link FusionClient}: log in ahead of the first call, and log out.
 */
public interface AuthApi {

    /**
     * Logs in now instead of on the first call, e.g. to surface a two-factor challenge at start-up.
     * Discards any current session. Does nothing for token credentials.
     *
     * @throws TwoFactorRequiredException when Fusion asks for a second factor
     */
    void login();

    /**
     * Ends the session the client opened by logging in ({@code GET /api/v01/auth/logout}); the next
     * call logs in again. Nothing is sent when no session is open, nor for a machine-to-machine token
     * (token credentials, or a login answered with an immutable token): a logout would revoke it for
     * good, since the login can only answer the same token again; such a login session just forgets
     * its token.
     */
    void logout();

    /**
     * Tells whether a login session is open; always {@code true} for token credentials.
     *
     * @return {@code true} when calls will not need a login first
     */
    boolean isLoggedIn();
}
