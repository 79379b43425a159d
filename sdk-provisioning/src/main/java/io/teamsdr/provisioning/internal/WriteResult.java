package io.teamsdr.provisioning.internal;

/**
 * What a platform answered for one write.
 *
 * @param key what was written (a UPN, an account UPN)
 * @param status whether it was applied, refused by the platform, or failed otherwise
 * @param reason the platform's reason when not applied, e.g. {@code 2030 No free license left for MCOEV}
 */
public record WriteResult(String key, Status status, String reason) {

    /** The outcome of one write. */
    public enum Status {
        /** Applied. */
        APPLIED,
        /** The platform refused this item (an item error, a 4xx for this item). */
        REFUSED,
        /** The request could not be made or answered; whether it applied is unknown or it was not sent. */
        FAILED
    }

    /**
     * An applied write.
     *
     * @param key what was written
     * @return the result
     */
    public static WriteResult applied(String key) {
        return new WriteResult(key, Status.APPLIED, "");
    }
}
