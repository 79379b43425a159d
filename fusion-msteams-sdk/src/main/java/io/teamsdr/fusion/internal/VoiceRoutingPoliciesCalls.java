package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.VoiceRoutingPolicy;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The voice routing policies endpoint, described once for {@link io.teamsdr.fusion.VoiceRoutingPoliciesApi}
 * and its async view.
 */
record VoiceRoutingPoliciesCalls(Transport transport, Subscription subscription) {

    Call<List<VoiceRoutingPolicy>> list() {
        return Call.request(transport, () -> FusionOperation.VOICE_ROUTING_POLICIES_LIST.request(subscription).build(),
                response -> Args.listed(response.json(Envelope.class).results()));
    }

    /** The answer's envelope: the policies sit under {@code results}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(@Nullable List<VoiceRoutingPolicy> results) {
    }
}
