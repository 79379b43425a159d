package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.AuthApiAsync;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link AuthApiAsync}: runs the descriptions of {@link AuthCalls}. */
final class DefaultAuthApiAsync implements AuthApiAsync {
    private final AuthCalls calls;

    DefaultAuthApiAsync(AuthCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<Void> login() {
        return calls.login().sendAsync();
    }

    @Override
    public CompletableFuture<Void> logout() {
        return calls.logout().sendAsync();
    }

    @Override
    public boolean isLoggedIn() {
        return calls.isLoggedIn();
    }
}
