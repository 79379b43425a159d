package io.teamsdr.vsxi;

/**
 * The explicit confirmation {@code Draft.replaceAllSipUsers} requires, because the operation is
 * destructive and global: in the draft, it first deletes <em>every SIP user of the SBC</em>, of
 * every tenant, and then creates the uploaded users. Users missing from the upload are gone once the
 * draft is committed.
 */
public enum ReplaceAllSipUsers {
    /** I understand that every SIP user of the SBC not in the upload is deleted. */
    CONFIRM
}
