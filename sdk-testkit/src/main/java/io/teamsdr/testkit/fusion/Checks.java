package io.teamsdr.testkit.fusion;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Format rules the fake enforces on input values. */
final class Checks {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Checks() {
    }

    /** An E.164 number: {@code +}, then 2 to 15 digits, not starting with 0. */
    static String e164(String field, String value) {
        if (!E164.matcher(value).matches()) {
            throw FusionErrors.bad(FusionErrors.INVALID_NUMBER,
                    field + " must be an E.164 number (+ and 2 to 15 digits): " + value);
        }
        return value;
    }

    /** An ISO 3166 alpha-2 country code, returned in upper case. */
    static String country(String field, String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            String hint = upper.equals("UK") ? " (the United Kingdom is GB)" : "";
            throw FusionErrors.bad(FusionErrors.INVALID_COUNTRY,
                    field + " is not an ISO 3166 alpha-2 country code: " + value + hint);
        }
        return upper;
    }
}
