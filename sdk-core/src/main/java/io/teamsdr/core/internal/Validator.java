package io.teamsdr.core.internal;

import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects every rule an input breaks before a request is sent, then throws one
 * {@link ValidationException} listing them all. The rules both APIs share live here.
 */
public final class Validator {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern UPN = Pattern.compile("[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern FQDN = Pattern.compile(
            "(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final List<Violation> violations = new ArrayList<>();

    /**
     * Records a violation.
     *
     * @param field the field
     * @param value the value as text, or {@code null}
     * @param rule what the value must be
     * @return this validator
     */
    public Validator fail(String field, Object value, String rule) {
        violations.add(new Violation(field, value == null ? null : String.valueOf(value), rule));
        return this;
    }

    /**
     * Checks a condition.
     *
     * @param ok whether the rule holds
     * @param field the field
     * @param value the value
     * @param rule the rule
     * @return this validator
     */
    public Validator check(boolean ok, String field, Object value, String rule) {
        return ok ? this : fail(field, value, rule);
    }

    /**
     * Requires a non-null, non-blank value.
     *
     * @param field the field
     * @param value the value
     * @return this validator
     */
    public Validator required(String field, Object value) {
        return check(value != null && !(value instanceof String text && text.isBlank()), field, value, "required");
    }

    /**
     * Requires a non-blank secret without ever putting its value into a violation.
     *
     * @param field the field
     * @param value the secret
     * @return this validator
     */
    public Validator requiredSecret(String field, CharSequence value) {
        boolean present = value != null && !value.toString().isBlank();
        return check(present, field, value == null ? null : "***", "required");
    }

    /**
     * Checks an E.164 number ({@code +} and 2..15 digits, no leading zero) when present.
     *
     * @param field the field
     * @param value the number, {@code null} to skip
     * @return this validator
     */
    public Validator e164(String field, String value) {
        return value == null ? this : check(isE164(value), field, value, "E.164 number: '+' and 2..15 digits");
    }

    /**
     * Checks an ISO 3166-1 alpha-2 country code when present.
     *
     * @param field the field
     * @param value the code, {@code null} to skip
     * @return this validator
     */
    public Validator country(String field, String value) {
        return value == null ? this : check(isCountry(value), field, value, "ISO 3166-1 alpha-2 country code, e.g. BE");
    }

    /**
     * Checks a UUID in its canonical 8-4-4-4-12 form when present.
     *
     * @param field the field
     * @param value the UUID, {@code null} to skip
     * @return this validator
     */
    public Validator uuid(String field, String value) {
        return value == null ? this : check(isUuid(value), field, value, "UUID (8-4-4-4-12 hex digits)");
    }

    /**
     * Checks a user principal name ({@code user@domain.tld}) when present.
     *
     * @param field the field
     * @param value the UPN, {@code null} to skip
     * @return this validator
     */
    public Validator upn(String field, String value) {
        return value == null ? this : check(UPN.matcher(value).matches(), field, value, "user principal name: user@domain");
    }

    /**
     * Checks a fully qualified domain name when present.
     *
     * @param field the field
     * @param value the name, {@code null} to skip
     * @return this validator
     */
    public Validator fqdn(String field, String value) {
        return value == null ? this : check(isFqdn(value), field, value, "fully qualified domain name, e.g. sbc1.example.com");
    }

    /**
     * Checks that a number lies in a range.
     *
     * @param field the field
     * @param value the number
     * @param min the smallest allowed
     * @param max the largest allowed
     * @return this validator
     */
    public Validator range(String field, long value, long min, long max) {
        return check(value >= min && value <= max, field, value, "between " + min + " and " + max);
    }

    /**
     * Requires a non-empty collection.
     *
     * @param field the field
     * @param values the collection
     * @return this validator
     */
    public Validator notEmpty(String field, Collection<?> values) {
        return check(values != null && !values.isEmpty(), field, values == null ? null : "[]", "at least one element");
    }

    /**
     * Tells whether any rule was broken.
     *
     * @return {@code true} when there are violations
     */
    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /**
     * Throws when any rule was broken.
     *
     * @throws ValidationException listing every violation
     */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Tells whether a text is an E.164 number.
     *
     * @param value the text
     * @return {@code true} for {@code +} and 2..15 digits without a leading zero
     */
    public static boolean isE164(String value) {
        return value != null && E164.matcher(value).matches();
    }

    /**
     * Tells whether a text is a UUID in its canonical 8-4-4-4-12 form, either case. Checked by hand
     * rather than by a pattern: most calls carry an id, and a regular expression costs about half a
     * microsecond of each.
     *
     * @param value the text
     * @return {@code true} for a canonical UUID
     */
    public static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23
                    ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a text is an ISO 3166-1 alpha-2 code (upper case).
     *
     * @param value the text
     * @return {@code true} for a known code
     */
    public static boolean isCountry(String value) {
        return value != null && value.length() == 2 && ISO_COUNTRIES.contains(value);
    }

    /**
     * Tells whether a text is a fully qualified domain name.
     *
     * @param value the text
     * @return {@code true} for a name with at least two labels
     */
    public static boolean isFqdn(String value) {
        return value != null && FQDN.matcher(value).matches();
    }
}
