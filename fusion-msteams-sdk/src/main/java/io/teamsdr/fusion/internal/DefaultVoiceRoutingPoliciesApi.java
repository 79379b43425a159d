package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.VoiceRoutingPoliciesApi;
import io.teamsdr.fusion.model.VoiceRoutingPolicy;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link VoiceRoutingPoliciesApi} over a {@link Transport}. */
public final class DefaultVoiceRoutingPoliciesApi implements VoiceRoutingPoliciesApi {
    /** The answer's envelope: the policies sit under {@code results}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(List<VoiceRoutingPolicy> results) {
        List<VoiceRoutingPolicy> policies() {
            return results == null ? List.of() : List.copyOf(results);
        }
    }

    private static final ResponseHandler<List<VoiceRoutingPolicy>> POLICIES =
            response -> response.json(Envelope.class).policies();

    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultVoiceRoutingPoliciesApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public List<VoiceRoutingPolicy> list() {
        return transport.send(listSpec(), POLICIES);
    }

    @Override
    public CompletableFuture<List<VoiceRoutingPolicy>> listAsync() {
        return Calls.async(transport, this::listSpec, POLICIES);
    }

    private RequestSpec listSpec() {
        return FusionOperation.VOICE_ROUTING_POLICIES_LIST.request(subscription).build();
    }
}
