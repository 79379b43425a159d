package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.AuthApi;

/** The blocking {@link AuthApi}: runs the descriptions of {@link AuthCalls}. */
final class DefaultAuthApi implements AuthApi {
    private final AuthCalls calls;

    DefaultAuthApi(AuthCalls calls) {
        this.calls = calls;
    }

    @Override
    public void login() {
        calls.login().send();
    }

    @Override
    public void logout() {
        calls.logout().send();
    }

    @Override
    public boolean isLoggedIn() {
        return calls.isLoggedIn();
    }
}
