package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.SipAddressApi;

/** The blocking {@link SipAddressApi}: runs the descriptions of {@link UserExtrasCalls}. */
final class DefaultSipAddressApi implements SipAddressApi {
    private final UserExtrasCalls calls;

    DefaultSipAddressApi(UserExtrasCalls calls) {
        this.calls = calls;
    }

    @Override
    public String get(String userId) {
        return calls.sipAddress(userId).send();
    }

    @Override
    public String toString() {
        return "SipAddressApi";
    }
}
