package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.AuthApi;
import io.teamsdr.fusion.FusionOperation;
import java.util.concurrent.CompletableFuture;

/** The {@link AuthApi} of a client; {@code session} is {@code null} for token credentials. */
public final class DefaultAuthApi implements AuthApi {
    private final Transport transport;
    private final LoginSession session;

    /**
     * Creates the operations.
     *
     * @param transport the client's transport (with credentials)
     * @param session the login session, or {@code null} for token credentials
     */
    public DefaultAuthApi(Transport transport, LoginSession session) {
        this.transport = transport;
        this.session = session;
    }

    @Override
    public void login() {
        if (session != null) {
            session.logInNow();
        }
    }

    @Override
    public CompletableFuture<Void> loginAsync() {
        return CompletableFuture.runAsync(this::login, transport.executor());
    }

    @Override
    public void logout() {
        if (session != null && !session.isLoggedIn()) {
            return;
        }
        transport.send(logoutSpec(), ResponseHandler.status());
        if (session != null) {
            session.forget();
        }
    }

    @Override
    public CompletableFuture<Void> logoutAsync() {
        if (session != null && !session.isLoggedIn()) {
            return CompletableFuture.completedFuture(null);
        }
        return transport.sendAsync(logoutSpec(), ResponseHandler.status()).thenRun(() -> {
            if (session != null) {
                session.forget();
            }
        });
    }

    @Override
    public boolean isLoggedIn() {
        return session == null || session.isLoggedIn();
    }

    private static RequestSpec logoutSpec() {
        return RequestSpec.builder(FusionOperation.AUTH_LOGOUT.method(), FusionOperation.AUTH_LOGOUT.pathTemplate()).build();
    }
}
