package io.teamsdr.provisioning;

/** Where a planned action applies. */
public enum Platform {
    /** The Fusion operator platform (MS Teams users and resource accounts). */
    FUSION,
    /** The VSXi SBC (the tenant row and its SIP users). */
    SBC
}
