package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Whether an MS Teams user is eligible for voice services on Fusion, as determined by a check.
 * Unlike {@link VoiceEnabled} in the list, the check answers yes or no.
 *
 * @param voiceEnabled {@code true} when the user can be voice enabled
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VoiceCheck(boolean voiceEnabled) {
}
