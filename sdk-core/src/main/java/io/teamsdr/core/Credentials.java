package io.teamsdr.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a client authenticates, as a strategy asked once per attempt, so secrets can rotate without
 * rebuilding the client. After a 401 the client asks {@link #refreshAfterUnauthorized(String)} once;
 * a second 401 becomes an {@link UnauthorizedException}.
 *
 * <p>Implementations never reveal secrets through {@code toString()}.
 */
public interface Credentials {

    /**
     * Returns the {@code Authorization} header value for the next attempt.
     *
     * @return the header value, or empty to send none
     */
    Optional<String> authorization();

    /**
     * Called once per call after the server answered 401 to the given header value. Returns whether
     * fresh credentials were obtained so that one more attempt makes sense.
     *
     * @param rejectedAuthorization the header value the server rejected (empty string if none was sent)
     * @return {@code true} to retry once with {@link #authorization()}
     */
    default boolean refreshAfterUnauthorized(String rejectedAuthorization) {
        return false;
    }

    /**
     * No authentication.
     *
     * @return credentials that send no header
     */
    static Credentials none() {
        return new Credentials() {
            @Override
            public Optional<String> authorization() {
                return Optional.empty();
            }

            @Override
            public String toString() {
                return "Credentials.none()";
            }
        };
    }

    /**
     * A fixed bearer token, e.g. a machine-to-machine token that does not expire.
     *
     * @param token the token
     * @return the credentials
     */
    static Credentials bearer(String token) {
        Objects.requireNonNull(token, "token");
        return bearer(() -> token);
    }

    /**
     * A bearer token read from a supplier before every attempt (a vault, a file, a cache). After a
     * 401 the supplier is asked again and the call is retried once if it returns another token.
     *
     * @param token supplies the current token
     * @return the credentials
     */
    static Credentials bearer(Supplier<String> token) {
        Objects.requireNonNull(token, "token");
        return bearer(new TokenProvider() {
            @Override
            public String currentToken() {
                return token.get();
            }

            @Override
            public boolean refresh(String rejectedToken) {
                return !Objects.equals(rejectedToken, token.get());
            }
        });
    }

    /**
     * A bearer token from a provider that can refresh it, e.g. a login session with a refresh token.
     *
     * @param provider the token provider
     * @return the credentials
     */
    static Credentials bearer(TokenProvider provider) {
        Objects.requireNonNull(provider, "provider");
        return new Credentials() {
            @Override
            public Optional<String> authorization() {
                String token = provider.currentToken();
                return token == null || token.isBlank() ? Optional.empty() : Optional.of("Bearer " + token);
            }

            @Override
            public boolean refreshAfterUnauthorized(String rejectedAuthorization) {
                String rejected = rejectedAuthorization.startsWith("Bearer ")
                        ? rejectedAuthorization.substring("Bearer ".length()) : rejectedAuthorization;
                return provider.refresh(rejected);
            }

            @Override
            public String toString() {
                return "Credentials.bearer(***)";
            }
        };
    }

    /**
     * HTTP Basic authentication; the password is read from the supplier before every attempt.
     *
     * @param username the user name
     * @param password supplies the current password
     * @return the credentials
     */
    static Credentials basic(String username, Supplier<String> password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        return new Credentials() {
            @Override
            public Optional<String> authorization() {
                String pair = username + ':' + password.get();
                return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
            }

            @Override
            public boolean refreshAfterUnauthorized(String rejectedAuthorization) {
                return !rejectedAuthorization.equals(authorization().orElse(""));
            }

            @Override
            public String toString() {
                return "Credentials.basic(" + username + ", ***)";
            }
        };
    }
}
