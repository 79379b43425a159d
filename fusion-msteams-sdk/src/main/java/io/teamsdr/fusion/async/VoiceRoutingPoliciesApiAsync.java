package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.model.VoiceRoutingPolicy;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.VoiceRoutingPoliciesApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The voice routing policies available in the MS Teams tenant (endpoint #25). Thread-safe.
 */
public interface VoiceRoutingPoliciesApiAsync {

    /**
     * Lists the voice routing policies. Requires {@link FusionOperation#VOICE_ROUTING_POLICIES_LIST}'s role.
     *
     * @return the future of the policies, possibly empty; assign one by its {@link VoiceRoutingPolicy#identity()}
     */
    CompletableFuture<List<VoiceRoutingPolicy>> list();
}
