package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The properties of a user that templates manage (the "user properties object"), as seen before or
 * after a template was applied.
 *
 * @param location the ISO 3166-1 alpha-2 usage location, when set
 * @param voiceRoutingPolicy the voice routing policy, when set
 * @param groups the group ids, possibly empty
 * @param licenses the license SKU ids, possibly empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TemplateSnapshot(Optional<String> location, @JsonProperty("vrp") Optional<String> voiceRoutingPolicy, List<String> groups,
                               List<String> licenses) {

    /** Normalizes absent parts: empty optionals, empty lists. */
    public TemplateSnapshot {
        location = Objects.requireNonNullElse(location, Optional.empty());
        voiceRoutingPolicy = Objects.requireNonNullElse(voiceRoutingPolicy, Optional.empty());
        groups = groups == null ? List.of() : List.copyOf(groups);
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }
}
