package io.teamsdr.provisioning;

/**
 * Gives the SIP password of each SIP user an apply creates or updates on the SBC (the SBC requires the
 * password in every user row and never returns it). Typically reads a vault, or generates a password
 * and stores it where the phones are provisioned from.
 *
 * <p>Called only during an apply, once per SIP user written, on the SDK's upload thread; the
 * password goes straight into the upload and is never kept, printed, logged or put into a plan,
 * a report, their JSON or an exception.
 */
@FunctionalInterface
public interface SipPasswordProvider {

    /**
     * Returns the SIP password of a SIP user.
     *
     * @param account the SIP user
     * @return its password; neither {@code null} nor empty
     */
    String password(SipAccount account);
}
