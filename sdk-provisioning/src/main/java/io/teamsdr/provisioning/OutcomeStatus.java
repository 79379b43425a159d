package io.teamsdr.provisioning;

/** What became of one planned action during an apply. */
public enum OutcomeStatus {
    /** Applied (on the SBC: committed and confirmed by the read-back check). */
    DONE,
    /** The platform refused it, e.g. Fusion had no free license seat. */
    REFUSED,
    /** Not attempted, because what it depends on was not done, e.g. the SIP user of a user Fusion refused. */
    SKIPPED,
    /** Committed on the SBC, then rolled back with the whole session because the check after the commit failed. */
    ROLLED_BACK,
    /** The attempt failed (a request failed, the SBC was busy): not applied, or not known to be. */
    FAILED
}
