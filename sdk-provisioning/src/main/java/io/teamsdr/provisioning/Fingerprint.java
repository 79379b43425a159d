package io.teamsdr.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a plan observed, condensed: one hash per part of the observed state (Fusion users, their
 * policies and groups, resource accounts, the license, group and policy catalog, SBC tenants, SIP
 * users) and one over all of them. The hash of a part does not depend on the order the platform
 * listed its records in. An apply reads both platforms again and refuses the plan when the
 * fingerprint differs: the plan was made for a state that no longer exists.
 *
 * @param value the hash over every part, in hexadecimal
 * @param parts the hash of each part, by part name
 */
public record Fingerprint(String value, Map<String, String> parts) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when a part is missing
     */
    public Fingerprint {
        Objects.requireNonNull(value, "value");
        parts = Map.copyOf(parts);
    }

    /**
     * Returns the parts whose hash differs in another fingerprint.
     *
     * @param other the other fingerprint
     * @return the names of the parts that changed, sorted; empty when both are equal
     */
    public List<String> changedParts(Fingerprint other) {
        List<String> changed = new ArrayList<>();
        Map<String, String> all = new TreeMap<>(parts);
        other.parts.forEach(all::putIfAbsent);
        for (String part : all.keySet()) {
            if (!Objects.equals(parts.get(part), other.parts.get(part))) {
                changed.add(part);
            }
        }
        return changed;
    }

    /**
     * Returns the first 12 hexadecimal digits, as the text rendering shows them.
     *
     * @return the short form
     */
    public String shortValue() {
        return value.substring(0, Math.min(12, value.length()));
    }

    @Override
    public String toString() {
        return shortValue();
    }
}
