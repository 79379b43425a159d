package io.teamsdr.provisioning.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format rules for the values of a desired state, stated as the API documents and NOTES.md state
 * them; each returns why a value is invalid, or empty when it is valid.
 */
public final class Checks {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern UPN = Pattern.compile("[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** SBC ids end up in file names of the configuration package: no path characters. */
    private static final Pattern SBC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    /** RFC 3261 user part: unreserved and user-unreserved characters, no escapes. */
    private static final Pattern SIP_USER = Pattern.compile("[A-Za-z0-9\\-_.!~*'()&=+$,;?/]{1,64}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final int MAX_TEXT = 128;

    private Checks() {
    }

    /**
     * A value that must be present and not blank.
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> required(String value) {
        return value == null || value.isBlank() ? Optional.of("required") : Optional.empty();
    }

    /**
     * An E.164 number.
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> e164(String value) {
        return required(value).or(() -> E164.matcher(value).matches() ? Optional.empty()
                : Optional.of("E.164 number: '+' then 2 to 15 digits, the first not 0"));
    }

    /**
     * A user principal name.
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> upn(String value) {
        return required(value).or(() -> UPN.matcher(value).matches() ? Optional.empty()
                : Optional.of("user principal name: name@domain"));
    }

    /**
     * An ISO 3166-1 alpha-2 country code.
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> country(String value) {
        return required(value).or(() -> COUNTRY.matcher(value).matches() ? Optional.empty()
                : Optional.of("ISO 3166-1 alpha-2 country code in capitals, e.g. BE"));
    }

    /**
     * A UUID.
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> uuid(String value) {
        return required(value).or(() -> UUID.matcher(value).matches() ? Optional.empty()
                : Optional.of("UUID, e.g. 27b418d0-b197-483d-a0b8-da90407a92c4"));
    }

    /**
     * A tenant, PBX or service port id of the SBC.
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> sbcId(String value) {
        return required(value).or(() -> SBC_ID.matcher(value).matches() ? Optional.empty()
                : Optional.of("1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit"));
    }

    /**
     * A SIP user name (the user part of a SIP URI).
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> sipUser(String value) {
        return required(value).or(() -> SIP_USER.matcher(value).matches() ? Optional.empty()
                : Optional.of("SIP user part: 1 to 64 characters allowed by RFC 3261"));
    }

    /**
     * A free text of the SBC, such as a tenant name.
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> text(String value) {
        return required(value).or(() -> value.length() > MAX_TEXT ? Optional.of("at most " + MAX_TEXT + " characters")
                : value.chars().anyMatch(Character::isISOControl) ? Optional.of("no control characters")
                : Optional.empty());
    }

    /**
     * A fully qualified domain name: two labels or more, letters, digits and hyphens, a top label
     * that is not numeric.
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> fqdn(String value) {
        Optional<String> missing = required(value);
        if (missing.isPresent()) {
            return missing;
        }
        Optional<String> invalid = Optional.of("fully qualified domain name, e.g. sbc.example.com");
        String[] labels = value.split("\\.", -1);
        if (value.length() > 253 || labels.length < 2) {
            return invalid;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return invalid;
            }
        }
        return labels[labels.length - 1].chars().allMatch(Character::isDigit) ? invalid : Optional.empty();
    }

    /**
     * An IPv4 or IPv6 address literal (no name lookup).
     *
     * @param value the value
     * @return the reason, empty when valid
     */
    public static Optional<String> ipLiteral(String value) {
        return required(value).or(() -> (value.indexOf(':') >= 0 ? isIpv6(value) : IPV4.matcher(value).matches())
                ? Optional.empty() : Optional.of("IPv4 or IPv6 address literal"));
    }

    private static boolean isIpv6(String value) {
        int gap = value.indexOf("::");
        if (gap >= 0 && value.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        String head = gap >= 0 ? value.substring(0, gap) : value;
        String tail = gap >= 0 ? value.substring(gap + 2) : "";
        int headGroups = groups(head, gap < 0);
        int tailGroups = groups(tail, true);
        if (headGroups < 0 || tailGroups < 0) {
            return false;
        }
        int total = headGroups + tailGroups;
        return gap >= 0 ? total <= 7 : total == 8;
    }

    /** Counts the 16-bit groups of one side, an IPv4 tail counting two; -1 when malformed. */
    private static int groups(String side, boolean ipv4Allowed) {
        if (side.isEmpty()) {
            return 0;
        }
        String[] parts = side.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && ipv4Allowed && part.indexOf('.') >= 0) {
                if (!IPV4.matcher(part).matches()) {
                    return -1;
                }
                count += 2;
            } else if (HEX_GROUP.matcher(part).matches()) {
                count++;
            } else {
                return -1;
            }
        }
        return count;
    }
}
