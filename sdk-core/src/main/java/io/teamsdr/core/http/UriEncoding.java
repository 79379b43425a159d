package io.teamsdr.core.http;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding for path segments and query components (RFC 3986). Everything but the unreserved
 * characters is encoded, so a value can never introduce a {@code /}, {@code ?}, {@code #},
 * {@code &} or {@code =} of its own.
 */
public final class UriEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {
    }

    /**
     * Encodes a value as exactly one path segment. The dot segments {@code .} and {@code ..} are
     * encoded too, because servers and proxies would otherwise resolve them.
     *
     * @param value the raw value
     * @return the encoded segment
     */
    public static String pathSegment(String value) {
        if (value.equals(".") || value.equals("..")) {
            return value.replace(".", "%2E");
        }
        return encode(value);
    }

    /**
     * Encodes a query parameter name or value; a space becomes {@code %20}.
     *
     * @param value the raw value
     * @return the encoded component
     */
    public static String queryComponent(String value) {
        return encode(value);
    }

    private static String encode(String value) {
        if (isAllUnreserved(value)) {
            // The common case (ids, UUIDs, numbers): nothing to encode, nothing to allocate.
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isAllUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isUnreserved(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
