package io.teamsdr.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The fakes' own HMAC gives the bytes of the standard and of the JDK's {@code Mac}. */
class HmacSha256Test {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void matchesTheRfc4231TestVectors() {
        // RFC 4231 test case 2 (short key) and test case 6 (a key longer than the block, hashed first).
        assertThat(HEX.formatHex(HmacSha256.sign("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        byte[] longKey = new byte[131];
        java.util.Arrays.fill(longKey, (byte) 0xaa);
        assertThat(HEX.formatHex(HmacSha256.sign(longKey,
                "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void matchesTheJdkMacForKeysAndMessagesOfEveryLengthAroundTheBlock() throws Exception {
        Random random = new Random(7);
        for (int keyLength : new int[] {1, 32, 63, 64, 65, 200}) {
            byte[] key = new byte[keyLength];
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(key);
            random.nextBytes(message);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            assertThat(HmacSha256.sign(key, message)).as("key of %d bytes", keyLength).isEqualTo(mac.doFinal(message));
        }
    }
}
