package io.teamsdr.core;

/**
 * Supplies bearer tokens and renews them when the server rejects one. Implementations must be
 * thread-safe: many calls may ask at once, and several may report the same rejected token.
 */
public interface TokenProvider {

    /**
     * Returns the token to send now.
     *
     * @return the current access token
     */
    String currentToken();

    /**
     * Renews the token after the server rejected {@code rejectedToken}. When another thread already
     * renewed it (the current token differs from the rejected one), return {@code true} at once.
     *
     * @param rejectedToken the token the server answered 401 to
     * @return {@code true} when {@link #currentToken()} now returns a token worth one more attempt
     */
    boolean refresh(String rejectedToken);
}
