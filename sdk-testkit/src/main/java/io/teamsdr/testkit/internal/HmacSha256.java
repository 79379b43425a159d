package io.teamsdr.testkit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * HMAC-SHA256 (RFC 2104) over the JDK's SHA-256 digest. The fakes sign every token they issue,
 * the demo seed's first; {@code javax.crypto.Mac} would load the JCE providers and read the crypto
 * policy for that first token, a tenth of the standalone jar's start-up, for the same bytes.
 */
public final class HmacSha256 {

    private static final int BLOCK = 64;

    private HmacSha256() {
    }

    /**
     * Signs a message.
     *
     * @param key the secret key, any length
     * @param message the message
     * @return the 32-byte MAC
     */
    public static byte[] sign(byte[] key, byte[] message) {
        MessageDigest sha = sha256();
        byte[] block = new byte[BLOCK];
        byte[] k = key.length > BLOCK ? sha.digest(key) : key;
        System.arraycopy(k, 0, block, 0, k.length);
        byte[] pad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) (block[i] ^ 0x36);
        }
        sha.update(pad);
        byte[] inner = sha.digest(message);
        for (int i = 0; i < BLOCK; i++) {
            pad[i] = (byte) (block[i] ^ 0x5c);
        }
        sha.update(pad);
        return sha.digest(inner);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
