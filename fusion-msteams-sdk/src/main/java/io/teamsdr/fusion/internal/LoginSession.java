package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TokenProvider;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.TwoFactorChallenge;
import io.teamsdr.fusion.TwoFactorCodeProvider;
import io.teamsdr.fusion.TwoFactorOption;
import io.teamsdr.fusion.TwoFactorRequiredException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A Fusion login session: logs in lazily on the first call, refreshes the access token after a 401
 * with the refresh token, and logs in again (once) when the refresh token is rejected too.
 *
 * <p>Logins, refreshes and two-factor completions run one at a time under a lock, so many threads
 * hitting an expired token cause one refresh; a thread that finds the token already renewed by
 * another returns at once. While a two-factor challenge is pending, calls fail with the same
 * challenge rather than logging in again (which would send the user one e-mail per call).
 *
 * <p>These calls go through their own transport without credentials, because the login must not
 * itself ask this session for a token.
 */
public final class LoginSession implements TokenProvider {
    private final Transport auth;
    private final String username;
    private final Supplier<String> password;
    private final TwoFactorCodeProvider twoFactor;
    private final boolean trustDevice;
    private final ReentrantLock lock = new ReentrantLock();

    private volatile Tokens tokens;
    private volatile Challenge pending;

    /**
     * Creates a session; nothing is sent yet.
     *
     * @param auth the transport for the authentication calls, without credentials
     * @param username the user name
     * @param password supplies the password at each login
     * @param twoFactor answers two-factor challenges, or {@code null} to raise them
     * @param trustDevice whether answered challenges ask Fusion to trust this client
     */
    public LoginSession(Transport auth, String username, Supplier<String> password, TwoFactorCodeProvider twoFactor,
                        boolean trustDevice) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.username = Objects.requireNonNull(username, "username");
        this.password = Objects.requireNonNull(password, "password");
        this.twoFactor = twoFactor;
        this.trustDevice = trustDevice;
    }

    @Override
    public String currentToken() {
        Tokens current = tokens;
        if (current != null) {
            return current.access();
        }
        lock.lock();
        try {
            if (tokens == null) {
                Challenge waiting = pending;
                if (waiting != null) {
                    throw new TwoFactorRequiredException(waiting);
                }
                logIn();
            }
            return tokens.access();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean refresh(String rejectedToken) {
        lock.lock();
        try {
            Tokens current = tokens;
            if (current != null && !current.access().equals(rejectedToken)) {
                return true;
            }
            if (current != null && current.refresh() != null) {
                try {
                    tokens = refreshWith(current);
                    return true;
                } catch (UnauthorizedException refreshRejected) {
                    tokens = null;
                }
            }
            // No refresh token (a machine-to-machine account) or a rejected one: log in again, and the call
            // is retried once with whatever the login gave, even the same immutable token (NOTES.md).
            tokens = null;
            logIn();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Logs in now, discarding any session or pending challenge, e.g. to surface a two-factor
     * challenge at start-up rather than on the first call.
     */
    public void logInNow() {
        lock.lock();
        try {
            tokens = null;
            pending = null;
            logIn();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells whether the session holds an access token.
     *
     * @return {@code true} after a successful login and before {@link #forget()}
     */
    public boolean isLoggedIn() {
        return tokens != null;
    }

    /**
     * Tells whether the session holds the immutable token of a machine-to-machine account, which a
     * logout would revoke for good: the login can only answer the same token again.
     *
     * @return {@code true} when the login answered with {@code token} instead of an access token
     */
    public boolean holdsMachineToken() {
        Tokens current = tokens;
        return current != null && current.immutable();
    }

    /** Drops the tokens after a logout, so the next call logs in again. */
    public void forget() {
        lock.lock();
        try {
            tokens = null;
            pending = null;
        } finally {
            lock.unlock();
        }
    }

    private void logIn() {
        String secret = password.get();
        if (secret == null) {
            throw new TeamsdrException("The password supplier for Fusion user " + username + " returned null; nothing was sent.");
        }
        RequestSpec spec = FusionOperation.AUTH_LOGIN.authRequest()
                .body(RequestBody.json(new LoginRequest(username, secret)))
                .build();
        accept(auth.send(spec, ResponseHandler.json(TokenResponse.class)));
    }

    private Tokens refreshWith(Tokens current) {
        RequestSpec spec = FusionOperation.AUTH_REFRESH.authRequest()
                .header("Authorization", "Bearer " + current.refresh())
                .build();
        TokenResponse response = auth.send(spec, ResponseHandler.json(TokenResponse.class));
        String access = response.accessToken() != null ? response.accessToken() : response.token();
        if (access == null || access.isBlank()) {
            throw new TeamsdrException("Fusion answered the token refresh without an access token.");
        }
        return new Tokens(access, response.refreshToken() != null ? response.refreshToken() : current.refresh(), false);
    }

    /** Stores the tokens of a login or two-factor answer, or handles a new challenge. */
    private void accept(TokenResponse response) {
        if (response.twoFactorPayload() != null) {
            Challenge challenge = new Challenge(response.twoFactorPayload(),
                    response.option() == null ? TwoFactorOption.of("unknown") : TwoFactorOption.of(response.option()));
            String code = twoFactor == null ? null : twoFactor.code(challenge.option());
            if (code == null || code.isBlank()) {
                pending = challenge;
                throw new TwoFactorRequiredException(challenge);
            }
            complete(challenge, code, trustDevice);
            return;
        }
        if (response.accessToken() != null && !response.accessToken().isBlank()) {
            tokens = new Tokens(response.accessToken(), blankToNull(response.refreshToken()), false);
        } else if (response.token() != null && !response.token().isBlank()) {
            tokens = new Tokens(response.token(), null, true);
        } else {
            throw new TeamsdrException("Fusion answered the login of " + username + " without a token.");
        }
        pending = null;
    }

    private void complete(Challenge challenge, String code, boolean trust) {
        new Validator().required("code", code).throwIfInvalid();
        lock.lock();
        try {
            RequestSpec spec = FusionOperation.AUTH_TWO_FACTOR.authRequest()
                    .body(RequestBody.json(new TwoFactorRequest(challenge.payload, code, trust)))
                    .build();
            accept(auth.send(spec, ResponseHandler.json(TokenResponse.class)));
        } finally {
            lock.unlock();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String toString() {
        return "LoginSession{" + username + ", loggedIn=" + isLoggedIn() + '}';
    }

    /** The tokens of a session. */
    private record Tokens(String access, String refresh, boolean immutable) {
        @Override
        public String toString() {
            return "Tokens{***}";
        }
    }

    /** A pending second factor, answered through this session. */
    private final class Challenge implements TwoFactorChallenge {
        private final String payload;
        private final TwoFactorOption option;

        Challenge(String payload, TwoFactorOption option) {
            this.payload = payload;
            this.option = option;
        }

        @Override
        public TwoFactorOption option() {
            return option;
        }

        @Override
        public void complete(String code, boolean trust) {
            LoginSession.this.complete(this, code, trust);
        }

        @Override
        public String toString() {
            return "TwoFactorChallenge{option=" + option + ", payload=***}";
        }
    }

    /**
     * The login body.
     *
     * @param username the user name
     * @param password the password
     */
    record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest{" + username + ", ***}";
        }
    }

    /**
     * The two-factor body.
     *
     * @param payload the server's challenge payload
     * @param code the user's code
     * @param trust whether to trust this device
     */
    record TwoFactorRequest(@JsonProperty("2fa_payload") String payload, String code, boolean trust) {
        @Override
        public String toString() {
            return "TwoFactorRequest{***}";
        }
    }

    /**
     * What login, two-factor and refresh answer with; which fields are set tells what happened.
     *
     * @param accessToken the access token of a user session
     * @param refreshToken the refresh token of a user session
     * @param token the immutable token of a machine-to-machine account
     * @param twoFactorPayload the challenge payload when a second factor is needed
     * @param option how the second factor is delivered
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("token") String token,
                         @JsonProperty("2fa_payload") String twoFactorPayload,
                         @JsonProperty("option") String option) {
        @Override
        public String toString() {
            return "TokenResponse{***}";
        }
    }
}
