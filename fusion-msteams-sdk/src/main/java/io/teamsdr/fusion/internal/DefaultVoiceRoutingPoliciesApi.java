package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.VoiceRoutingPoliciesApi;
import io.teamsdr.fusion.model.VoiceRoutingPolicy;
import java.util.List;

/** The blocking {@link VoiceRoutingPoliciesApi}: runs the descriptions of {@link CatalogCalls}. */
final class DefaultVoiceRoutingPoliciesApi implements VoiceRoutingPoliciesApi {
    private final CatalogCalls calls;

    DefaultVoiceRoutingPoliciesApi(CatalogCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<VoiceRoutingPolicy> list() {
        return calls.voiceRoutingPolicies().send();
    }

    @Override
    public String toString() {
        return "VoiceRoutingPoliciesApi";
    }
}
