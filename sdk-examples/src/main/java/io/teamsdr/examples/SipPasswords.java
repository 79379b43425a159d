package io.teamsdr.examples;

import java.security.SecureRandom;

/**
 * Generates SIP passwords for users mirrored onto the SBC. The SBC stores them and never returns
 * them, and the examples never print them: the phones get theirs through provisioning, not from a
 * console log.
 */
public final class SipPasswords {
    /** No look-alike characters (0/O, 1/l/I), so a password read aloud survives. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 20;

    private final SecureRandom random = new SecureRandom();

    /** Creates a generator. */
    public SipPasswords() {
    }

    /**
     * Returns a new random password.
     *
     * @return 20 characters, about 117 bits of entropy
     */
    public String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
