package io.teamsdr.provisioning;

import java.util.Objects;

/**
 * A disagreement between Fusion and the SBC found while planning, typically made by hand on one
 * platform: for example a SIP user whose DID Fusion has given to someone else. Drift is reported
 * whatever the desired state says; the plan's actions repair what the desired state covers.
 *
 * @param kind what kind of disagreement
 * @param subject what it is about, e.g. {@code SIP user emma.peeters_1004}
 * @param detail what was observed on each side
 */
public record Drift(DriftKind kind, String subject, String detail) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException when a part is missing
     */
    public Drift {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return subject + ": " + detail;
    }
}
