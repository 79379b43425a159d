package io.teamsdr.fusion;

import io.teamsdr.core.Credentials;
import io.teamsdr.core.TokenProvider;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.internal.LoginSession;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a {@link FusionClient} authenticates to Fusion. Three strategies:
 * <ul>
 *   <li>{@link #token(String)} / {@link #token(Supplier)}: a machine-to-machine token sent as a bearer
 *       token; the supplier is asked before every attempt, so the token can rotate.</li>
 *   <li>{@link #login(String, Supplier)}: username and password against {@code POST /api/v01/auth/login};
 *       the access token is refreshed with the refresh token when Fusion answers 401 (one refresh for
 *       many concurrent calls), and the client logs in again when the refresh token is rejected too.
 *       A login that needs a second factor raises a {@link TwoFactorRequiredException}, or calls the
 *       {@linkplain Login#withTwoFactor(TwoFactorCodeProvider) code provider}.</li>
 *   <li>{@link #tokenProvider(TokenProvider)}: the caller's own token source.</li>
 * </ul>
 * No strategy reveals a password or token through {@code toString()}.
 */
public abstract sealed class FusionCredentials permits FusionCredentials.Bearer, FusionCredentials.Login {

    FusionCredentials() {
    }

    /**
     * A fixed machine-to-machine token.
     *
     * @param token the token
     * @return the credentials
     */
    public static FusionCredentials token(String token) {
        Objects.requireNonNull(token, "token");
        return new Bearer(Credentials.bearer(token));
    }

    /**
     * A token read from a supplier before every attempt (a vault, a file). After a 401 the supplier
     * is asked again and the call is retried once when it returns another token.
     *
     * @param token supplies the current token
     * @return the credentials
     */
    public static FusionCredentials token(Supplier<String> token) {
        Objects.requireNonNull(token, "token");
        return new Bearer(Credentials.bearer(token));
    }

    /**
     * The caller's own token source; it is asked to refresh after a 401.
     *
     * @param provider the provider
     * @return the credentials
     */
    public static FusionCredentials tokenProvider(TokenProvider provider) {
        Objects.requireNonNull(provider, "provider");
        return new Bearer(Credentials.bearer(provider));
    }

    /**
     * Logs in with a username and password; the password supplier is asked at every login, so the
     * password can rotate.
     *
     * @param username the Fusion user name
     * @param password supplies the password
     * @return the credentials; add {@link Login#withTwoFactor(TwoFactorCodeProvider)} to answer
     *     two-factor challenges automatically
     */
    public static Login login(String username, Supplier<String> password) {
        return new Login(username, password, null, false);
    }

    /**
     * Logs in with a username and password. The array is copied, so the caller may wipe its own.
     *
     * @param username the Fusion user name
     * @param password the password
     * @return the credentials
     */
    public static Login login(String username, char[] password) {
        Objects.requireNonNull(password, "password");
        char[] copy = Arrays.copyOf(password, password.length);
        return new Login(username, () -> new String(copy), null, false);
    }

    /** A bearer token strategy of sdk-core. */
    static final class Bearer extends FusionCredentials {
        private final Credentials credentials;

        Bearer(Credentials credentials) {
            this.credentials = credentials;
        }

        Credentials credentials() {
            return credentials;
        }

        @Override
        public String toString() {
            return "FusionCredentials.token(***)";
        }
    }

    /**
     * Username and password credentials, optionally answering two-factor challenges.
     */
    public static final class Login extends FusionCredentials {
        private final String username;
        private final Supplier<String> password;
        private final TwoFactorCodeProvider twoFactor;
        private final boolean trustDevice;

        private Login(String username, Supplier<String> password, TwoFactorCodeProvider twoFactor, boolean trustDevice) {
            this.username = Objects.requireNonNull(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            this.twoFactor = twoFactor;
            this.trustDevice = trustDevice;
            if (username.isBlank()) {
                throw new IllegalArgumentException("username must not be blank");
            }
        }

        /**
         * Answers two-factor challenges with codes from the provider instead of raising
         * {@link TwoFactorRequiredException}; the device is not marked as trusted.
         *
         * @param codes supplies the code for each challenge
         * @return new credentials
         */
        public Login withTwoFactor(TwoFactorCodeProvider codes) {
            return withTwoFactor(codes, false);
        }

        /**
         * Answers two-factor challenges with codes from the provider.
         *
         * @param codes supplies the code for each challenge
         * @param trustDevice whether Fusion should trust this client and skip the second factor next time
         * @return new credentials
         */
        public Login withTwoFactor(TwoFactorCodeProvider codes, boolean trustDevice) {
            return new Login(username, password, Objects.requireNonNull(codes, "codes"), trustDevice);
        }

        /**
         * Returns the user name.
         *
         * @return the user name
         */
        public String username() {
            return username;
        }

        LoginSession newSession(Transport authTransport) {
            return new LoginSession(authTransport, username, password, twoFactor, trustDevice);
        }

        @Override
        public String toString() {
            return "FusionCredentials.login(" + username + ", ***" + (twoFactor != null ? ", 2fa" : "") + ")";
        }
    }
}
