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
     * Ends the session ({@code GET /api/v01/auth/logout}); with login credentials the next call
     * logs in again. With login credentials and no session yet nothing is sent.
     */
    void logout();

    /**
     * Tells whether a login session is open; always {@code true} for token credentials.
     *
     * @return {@code true} when calls will not need a login first
     */
    boolean isLoggedIn();
}
