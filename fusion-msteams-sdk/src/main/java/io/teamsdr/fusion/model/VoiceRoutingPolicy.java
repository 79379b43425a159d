package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A voice routing policy available in the MS Teams tenant.
 *
 * @param identity the reference to assign the policy with (the {@code vrp} of a user or resource account)
 * @param description the policy's name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VoiceRoutingPolicy(String identity, String description) {
}
