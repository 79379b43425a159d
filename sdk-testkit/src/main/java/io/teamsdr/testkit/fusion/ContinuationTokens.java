package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.internal.HmacSha256;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.JsonText;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque continuation tokens like Microsoft Graph's: the position to resume from, signed with an
 * HMAC and bound to the query that produced it. A token replayed with another query, tampered
 * with, or older than the configured lifetime is refused with 400.
 */
final class ContinuationTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;
    private final Duration lifetime;
    private final Clock clock;

    /**
     * @param secret HMAC key
     * @param lifetime how long a token stays valid, {@code null} for ever
     * @param clock time source for issue and expiry
     */
    ContinuationTokens(byte[] secret, Duration lifetime, Clock clock) {
        this.secret = secret.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A short digest of the query a token belongs to. */
    static String binding(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1F);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    String issue(String binding, String position) {
        byte[] body = ("{\"b\":" + JsonText.quote(binding) + ",\"p\":" + JsonText.quote(position)
                + ",\"t\":" + clock.millis() + "}").getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
    }

    /** The position stored in a token issued for the same binding. */
    String redeem(String token, String binding) {
        int dot = token.lastIndexOf('.');
        byte[] body;
        byte[] signature;
        try {
            body = DECODER.decode(token.substring(0, Math.max(dot, 0)));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw invalid("The continuation token is malformed");
        }
        if (dot <= 0 || !MessageDigest.isEqual(signature, sign(body))) {
            throw invalid("The continuation token is invalid");
        }
        JsonNode payload = Json.parse(new String(body, StandardCharsets.UTF_8));
        if (!binding.equals(payload.path("b").asText())) {
            throw invalid("The continuation token is only valid with the same page_size, search, group "
                    + "and filters as the query that returned it; start a new query without next");
        }
        if (lifetime != null && clock.millis() - payload.path("t").asLong() > lifetime.toMillis()) {
            throw invalid("The continuation token has expired; start a new query without next");
        }
        return payload.path("p").asText();
    }

    private byte[] sign(byte[] body) {
        return Arrays.copyOf(HmacSha256.sign(secret, body), 16);
    }

    private static RuntimeException invalid(String reason) {
        return FusionErrors.bad(FusionErrors.INVALID_CONTINUATION, reason);
    }
}
