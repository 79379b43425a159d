package io.teamsdr.core.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads a {@code Retry-After} header: a number of seconds, or an HTTP date in any of the three forms
 * RFC 9110 (section 5.6.7) obliges a recipient to accept: the IMF-fixdate
 * ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 form
 * ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and the asctime form ({@code Sun Nov  6 08:49:37 1994}).
 * A date is turned into the wait from now on the client's clock; a date in the past means no wait.
 */
final class RetryAfter {
    /* The weekday is cut off before parsing: a two-digit year is first read in the wrong century, where
     * the weekday would not match. */
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy", Locale.ROOT);

    private RetryAfter() {
    }

    /**
     * Parses the header value.
     *
     * @param value the header value
     * @param clock the client's clock
     * @return the wait, or {@code null} when the value is none of the allowed forms
     */
    static Duration parse(String value, Clock clock) {
        String trimmed = value.trim();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Duration.ofSeconds(Long.parseLong(trimmed));
            } catch (NumberFormatException tooLong) {
                return Duration.ofSeconds(Long.MAX_VALUE);
            }
        }
        ZonedDateTime at = date(trimmed, clock);
        if (at == null) {
            return null;
        }
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static ZonedDateTime date(String text, Clock clock) {
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException notImfFixdate) {
            // one of the obsolete forms below
        }
        int comma = text.indexOf(", ");
        if (comma > 0 && text.endsWith(" GMT")) {
            try {
                LocalDateTime parsed = LocalDateTime.parse(text.substring(comma + 2, text.length() - 4), RFC_850);
                return ZonedDateTime.of(fixTwoDigitYear(parsed, clock), ZoneOffset.UTC);
            } catch (DateTimeException notRfc850) {
                return null;
            }
        }
        int space = text.indexOf(' ');
        if (space < 0) {
            return null;
        }
        try {
            // asctime pads a one-digit day with a space: "Nov  6"
            String withoutWeekday = text.substring(space + 1).trim().replaceAll(" +", " ");
            return ZonedDateTime.of(LocalDateTime.parse(withoutWeekday, ASCTIME), ZoneOffset.UTC);
        } catch (DateTimeException notAsctime) {
            return null;
        }
    }

    /**
     * RFC 9110: a two-digit year that would lie more than 50 years in the future is the most recent
     * past year with the same last two digits.
     */
    private static LocalDateTime fixTwoDigitYear(LocalDateTime parsed, Clock clock) {
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        int year = thisYear - Math.floorMod(thisYear, 100) + Math.floorMod(parsed.getYear(), 100);
        return parsed.withYear(year > thisYear + 50 ? year - 100 : year);
    }
}
