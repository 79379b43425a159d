package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.Json;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues bearer tokens shaped like the platform's JWTs. The fake looks every token up in its
 * state, so the signature only makes tokens look real and unguessable; the counter makes them
 * reproducible for a given seed.
 */
final class TokenIssuer {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(
            java.nio.charset.StandardCharsets.UTF_8));

    private TokenIssuer() {
    }

    /** Issues a token, stores its grant and returns the token text. */
    static String issue(FusionState state, byte[] secret, Grant grant) {
        ObjectNode payload = Json.object();
        payload.put("sub", grant.username());
        payload.put("jti", ++state.tokenCounter);
        payload.put("typ", grant.kind().name().toLowerCase(java.util.Locale.ROOT));
        Instant exp = grant.expiresAt();
        if (exp != null) {
            payload.put("exp", exp.getEpochSecond());
        }
        String unsigned = HEADER + "." + B64.encodeToString(Json.bytes(payload));
        String token = unsigned + "." + B64.encodeToString(hmac(secret, unsigned));
        state.tokens.put(token, grant);
        return token;
    }

    /** An opaque random-looking value (2FA payloads, machine-to-machine tokens). */
    static String opaque(byte[] secret, String purpose, long counter) {
        return B64.encodeToString(hmac(secret, purpose + ":" + counter));
    }

    private static byte[] hmac(byte[] secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
