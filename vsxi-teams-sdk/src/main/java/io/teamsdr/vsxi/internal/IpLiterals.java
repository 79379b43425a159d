package io.teamsdr.vsxi.internal;

/**
 * Recognizes IP address literals by their text alone. {@code InetAddress.getByName} is not used
 * because for anything that is not a literal it asks the DNS, which validation must never do.
 */
final class IpLiterals {
    private IpLiterals() {
    }

    /**
     * Tells whether a text is a dotted-quad IPv4 address without leading zeros.
     *
     * @param text the text
     * @return {@code true} for e.g. {@code 68.70.169.47}
     */
    static boolean isIpv4(String text) {
        if (text == null) {
            return false;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!isOctet(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOctet(String part) {
        if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(part) <= 255;
    }

    /**
     * Tells whether a text is an IPv6 address in RFC 4291 text form: eight groups of 1..4 hex
     * digits, one {@code ::} standing for one or more zero groups, and optionally an IPv4 address
     * as the last 32 bits. Brackets and zone ids are not accepted.
     *
     * @param text the text
     * @return {@code true} for e.g. {@code 2001:db8::1} or {@code ::ffff:192.0.2.1}
     */
    static boolean isIpv6(String text) {
        if (text == null || text.length() < 2 || text.indexOf(':') < 0) {
            return false;
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        int headGroups = groups(head, doubleColon < 0);
        int tailGroups = doubleColon >= 0 ? groups(tail, true) : 0;
        if (headGroups < 0 || tailGroups < 0) {
            return false;
        }
        int total = headGroups + tailGroups;
        return doubleColon >= 0 ? total <= 7 : total == 8;
    }

    /** Counts the 16-bit groups of a colon-separated part, an IPv4 tail counting two; -1 when malformed. */
    private static int groups(String part, boolean mayEndWithIpv4) {
        if (part.isEmpty()) {
            return 0;
        }
        String[] items = part.split(":", -1);
        int count = 0;
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            if (i == items.length - 1 && mayEndWithIpv4 && item.indexOf('.') >= 0) {
                if (!isIpv4(item)) {
                    return -1;
                }
                count += 2;
            } else if (isHexGroup(item)) {
                count++;
            } else {
                return -1;
            }
        }
        return count;
    }

    private static boolean isHexGroup(String item) {
        if (item.isEmpty() || item.length() > 4) {
            return false;
        }
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                return false;
            }
        }
        return true;
    }
}
