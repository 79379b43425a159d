package io.teamsdr.fusion;

/**
 * A login that Fusion wants confirmed with a second factor. Obtain the code from the user (by
 * e-mail or an authenticator app, see {@link #option()}) and {@linkplain #complete(String, boolean)
 * complete} the challenge; the client that raised it then works as logged in.
 *
 * <p>The challenge holds the server's opaque payload, which is never shown by {@code toString()}.
 */
public interface TwoFactorChallenge {

    /**
     * Returns how the code is delivered.
     *
     * @return the option, e.g. {@link TwoFactorOption#EMAIL}; {@code unknown} when Fusion did not name one
     */
    TwoFactorOption option();

    /**
     * Sends the code ({@code POST /api/v01/auth/2fa}) and, when Fusion accepts it, stores the session
     * in the client. A wrong code fails with an {@link io.teamsdr.core.ApiException}; the challenge
     * can then be completed again with another code.
     *
     * @param code the code the user received
     * @param trustDevice whether Fusion should trust this client and skip the second factor next time
     * @throws io.teamsdr.core.ValidationException when the code is blank
     * @throws TwoFactorRequiredException when Fusion asks for yet another factor
     */
    void complete(String code, boolean trustDevice);
}
