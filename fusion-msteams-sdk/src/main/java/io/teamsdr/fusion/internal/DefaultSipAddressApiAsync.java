package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.SipAddressApiAsync;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link SipAddressApiAsync}: runs the descriptions of {@link UserExtrasCalls}. */
final class DefaultSipAddressApiAsync implements SipAddressApiAsync {
    private final UserExtrasCalls calls;

    DefaultSipAddressApiAsync(UserExtrasCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<String> get(String userId) {
        return calls.sipAddress(userId).sendAsync();
    }

    @Override
    public String toString() {
        return "SipAddressApiAsync";
    }
}
