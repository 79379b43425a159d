package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.HmacSha256;
import io.teamsdr.testkit.internal.JsonText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * Issues bearer tokens shaped like the platform's JWTs. The fake looks every token up in its
 * state, so the signature only makes tokens look real and unguessable; the counter makes them
 * reproducible for a given seed.
 */
final class TokenIssuer {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(
            StandardCharsets.UTF_8));

    private TokenIssuer() {
    }

    /** Issues a token, stores its grant and returns the token text. */
    static String issue(FusionState state, byte[] secret, Grant grant) {
        StringBuilder payload = new StringBuilder(96)
                .append("{\"sub\":").append(JsonText.quote(grant.username()))
                .append(",\"jti\":").append(++state.tokenCounter)
                .append(",\"typ\":").append(JsonText.quote(grant.kind().name().toLowerCase(Locale.ROOT)));
        Instant exp = grant.expiresAt();
        if (exp != null) {
            payload.append(",\"exp\":").append(exp.getEpochSecond());
        }
        payload.append('}');
        String unsigned = HEADER + "." + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        String token = unsigned + "." + B64.encodeToString(hmac(secret, unsigned));
        state.tokens.put(token, grant);
        return token;
    }

    /** An opaque random-looking value (2FA payloads, machine-to-machine tokens). */
    static String opaque(byte[] secret, String purpose, long counter) {
        return B64.encodeToString(hmac(secret, purpose + ":" + counter));
    }

    private static byte[] hmac(byte[] secret, String text) {
        return HmacSha256.sign(secret, text.getBytes(StandardCharsets.UTF_8));
    }
}
