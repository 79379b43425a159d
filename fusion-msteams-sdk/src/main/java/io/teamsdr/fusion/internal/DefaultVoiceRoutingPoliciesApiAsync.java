package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.VoiceRoutingPoliciesApiAsync;
import io.teamsdr.fusion.model.VoiceRoutingPolicy;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link VoiceRoutingPoliciesApiAsync}: runs the descriptions of {@link CatalogCalls}. */
final class DefaultVoiceRoutingPoliciesApiAsync implements VoiceRoutingPoliciesApiAsync {
    private final CatalogCalls calls;

    DefaultVoiceRoutingPoliciesApiAsync(CatalogCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<VoiceRoutingPolicy>> list() {
        return calls.voiceRoutingPolicies().sendAsync();
    }

    @Override
    public String toString() {
        return "VoiceRoutingPoliciesApiAsync";
    }
}
