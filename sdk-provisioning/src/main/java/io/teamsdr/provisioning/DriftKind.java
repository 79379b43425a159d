package io.teamsdr.provisioning;

/** The kinds of disagreement between Fusion and the SBC a plan reports. */
public enum DriftKind {
    /** A SIP user of the SBC tenant has a DID that Fusion has given to another user or resource account. */
    DID_HELD_BY_OTHER,
    /** A SIP user of the SBC tenant has a DID that nobody holds on Fusion. */
    DID_NOT_ON_FUSION,
    /** A voice user holds a number on Fusion, but its SIP user on the SBC has another DID. */
    DID_DIFFERS
}
