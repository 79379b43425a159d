package io.teamsdr.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Retry-After} as seconds and in the three HTTP-date forms RFC 9110 makes recipients accept. */
class RetryAfterTest {
    /** Sunday, 6 November 1994, 08:49:27 UTC: ten seconds before the RFC's example date. */
    private final MutableClock clock = new MutableClock(Instant.parse("1994-11-06T08:49:27Z"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"})
    void everyDateFormIsTheWaitUntilThatInstant(String value) {
        assertThat(RetryAfter.parse(value, clock)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void secondsAreTakenAsTheyAre() {
        assertThat(RetryAfter.parse(" 120 ", clock)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("92233720368547758070", clock)).as("too long for a long: as long as can be")
                .isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        clock.advance(Duration.ofHours(1));
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aTwoDigitYearMoreThanFiftyYearsAheadIsInThePastCentury() {
        MutableClock in2030 = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(RetryAfter.parse("Thursday, 01-Jan-30 00:00:05 GMT", in2030)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", in2030)).as("1994, not 2094").isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest(name = "\"{0}\" is ignored")
    @ValueSource(strings = {"", "soon", "-5", "1.5", "Sun, 06 Nov 1994", "Sun Nov  6 1994", "Sunday, 06-Nov-94"})
    void anythingElseIsIgnored(String value) {
        assertThat(RetryAfter.parse(value, clock)).isNull();
    }
}
