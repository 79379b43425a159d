package io.teamsdr.testkit.vsxi.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format rules for single CSV values, independent of any state. Values are never trimmed: RFC
 * 4180 makes spaces part of the field, and a real SBC would store them.
 *
 * <p>The API document states no format for ids, names, SIP users or passwords, so the fake asks
 * only that they are present (the CSV layouts list every column); it is never stricter than the
 * document. The number, FQDN and IP address checks follow from what the columns are (a DID, the
 * FQDN Microsoft's proxies use, the SBC's address); FIDELITY.md marks them as the fake's own.
 */
public final class FieldRules {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final int MAX_FQDN = 253;

    private FieldRules() {
    }

    /**
     * Checks a tenant, PBX or service port id: any non-empty value (the configuration package
     * encodes it in file names).
     *
     * @param value the value
     * @return the reason it is invalid, empty when valid
     */
    public static Optional<String> id(String value) {
        return required(value);
    }

    /**
     * Checks a free text such as a tenant name or a SIP password: any non-empty value (the
     * configuration files escape control characters).
     *
     * @param value the value
     * @return the reason it is invalid, empty when valid
     */
    public static Optional<String> text(String value) {
        return required(value);
    }

    /**
     * Checks an E.164 number.
     *
     * @param value the value
     * @return the reason it is invalid, empty when valid
     */
    public static Optional<String> e164(String value) {
        if (value.isEmpty()) {
            return Optional.of("required");
        }
        return E164.matcher(value).matches() ? Optional.empty()
                : Optional.of("'" + value + "' is not an E.164 number (+ then 2 to 15 digits)");
    }

    /**
     * Checks a SIP user name: any non-empty value.
     *
     * @param value the value
     * @return the reason it is invalid, empty when valid
     */
    public static Optional<String> sipUser(String value) {
        return required(value);
    }

    private static Optional<String> required(String value) {
        return value.isEmpty() ? Optional.of("required") : Optional.empty();
    }

    /**
     * Checks a fully qualified domain name: at least two labels, LDH rules, a non-numeric top
     * label, no trailing dot.
     *
     * @param value the value
     * @return the reason it is invalid, empty when valid
     */
    public static Optional<String> fqdn(String value) {
        if (value.isEmpty()) {
            return Optional.of("required");
        }
        Optional<String> invalid = Optional.of("'" + value + "' is not a fully qualified domain name");
        if (value.length() > MAX_FQDN) {
            return invalid;
        }
        String[] labels = value.split("\\.", -1);
        if (labels.length < 2) {
            return invalid;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return invalid;
            }
        }
        String top = labels[labels.length - 1];
        return top.chars().allMatch(c -> c >= '0' && c <= '9') ? invalid : Optional.empty();
    }

    /**
     * Checks an IPv4 or IPv6 address literal, without any name lookup.
     *
     * @param value the value
     * @return the reason it is invalid, empty when valid
     */
    public static Optional<String> ipAddress(String value) {
        if (value.isEmpty()) {
            return Optional.of("required");
        }
        boolean valid = value.indexOf(':') >= 0 ? isIpv6(value) : isIpv4(value);
        return valid ? Optional.empty() : Optional.of("'" + value + "' is not an IPv4 or IPv6 address");
    }

    static boolean isIpv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            // Leading zeros are read as octal by some stacks; refusing them avoids ambiguity.
            if ((part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String value) {
        int doubleColon = value.indexOf("::");
        if (doubleColon >= 0 && value.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? value.substring(0, doubleColon) : value;
        String tail = doubleColon >= 0 ? value.substring(doubleColon + 2) : "";
        int headGroups = countGroups(head, doubleColon < 0 || tail.isEmpty());
        int tailGroups = countGroups(tail, true);
        if (headGroups < 0 || tailGroups < 0) {
            return false;
        }
        int groups = headGroups + tailGroups;
        return doubleColon >= 0 ? groups <= 7 : groups == 8;
    }

    /**
     * Counts the 16-bit groups of one side of an IPv6 literal, an embedded IPv4 address counting
     * as two; -1 when the side is malformed.
     */
    private static int countGroups(String side, boolean ipv4AllowedAtEnd) {
        if (side.isEmpty()) {
            return 0;
        }
        String[] groups = side.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (i == groups.length - 1 && ipv4AllowedAtEnd && g.indexOf('.') >= 0) {
                if (!isIpv4(g)) {
                    return -1;
                }
                count += 2;
            } else if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(FieldRules::isHex)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
