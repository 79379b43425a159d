package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The session operations of a client, described once; {@code session} is {@code null} for token
 * credentials. Logging in stays a blocking step of the {@link LoginSession} (it may answer a
 * two-factor challenge under a lock), so its async form runs it on the client's executor.
 */
final class AuthCalls {
    private final Transport transport;
    private final @Nullable LoginSession session;

    AuthCalls(Transport transport, @Nullable LoginSession session) {
        this.transport = transport;
        this.session = session;
    }

    Call<Void> login() {
        LoginSession current = session;
        if (current == null) {
            return Call.value(null);
        }
        return new Call<>() {
            @Override
            Void send() {
                current.logInNow();
                return null;
            }

            @Override
            CompletableFuture<Void> sendAsync() {
                return CompletableFuture.runAsync(current::logInNow, transport.executor());
            }
        };
    }

    /**
     * Ends a session the SDK opened by logging in. A machine-to-machine token (token credentials, or a
     * login answered with an immutable token) is never logged out: Fusion would revoke it, and the login
     * could only answer the same token again. Such a login session forgets its token locally.
     */
    Call<Void> logout() {
        return Call.defer(() -> {
            LoginSession current = session;
            if (current == null || !current.isLoggedIn()) {
                return Call.value(null);
            }
            if (current.holdsMachineToken()) {
                current.forget();
                return Call.value(null);
            }
            return Call.request(transport, () -> FusionOperation.AUTH_LOGOUT.authRequest().build(), ResponseHandler.status())
                    .map(status -> {
                        current.forget();
                        return null;
                    });
        });
    }

    boolean isLoggedIn() {
        return session == null || session.isLoggedIn();
    }
}
