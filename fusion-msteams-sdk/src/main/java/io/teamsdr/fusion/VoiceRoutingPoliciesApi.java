package io.teamsdr.fusion;

import io.teamsdr.fusion.model.VoiceRoutingPolicy;
import java.util.List;

/**
 * The voice routing policies available in the MS Teams tenant (endpoint #25). Thread-safe.
 */
public interface VoiceRoutingPoliciesApi {

    /**
     * Lists the voice routing policies. Requires {@link FusionOperation#VOICE_ROUTING_POLICIES_LIST}'s role.
     *
     * @return the policies, possibly empty; assign one by its {@link VoiceRoutingPolicy#identity()}
     */
    List<VoiceRoutingPolicy> list();
}
