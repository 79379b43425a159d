package io.teamsdr.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared input rules, and that every broken rule is reported at once. */
class ValidatorTest {

    @Test
    void everyViolationIsReportedWithFieldValueAndRule() {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> new Validator()
                .required("username", " ")
                .e164("phoneNumber", "0032123")
                .country("usageLocation", "be")
                .uuid("tenant", "not-a-uuid")
                .upn("upn", "alice")
                .fqdn("microsoftFqdn", "localhost")
                .range("page_size", 0, 1, 999)
                .notEmpty("skuIds", List.of())
                .throwIfInvalid());

        assertThat(failure.violations()).extracting(Violation::field).containsExactly(
                "username", "phoneNumber", "usageLocation", "tenant", "upn", "microsoftFqdn", "page_size", "skuIds");
        assertThat(failure.violations().get(1)).isEqualTo(new Violation("phoneNumber", "0032123", "E.164 number: '+' and 2..15 digits"));
        assertThat(failure).hasMessageStartingWith("Invalid input, rejected by the client (8 problems): ")
                .hasMessageContaining("phoneNumber = '0032123': E.164");
    }

    @Test
    void validValuesAndAbsentOptionalValuesPass() {
        new Validator()
                .required("username", "tho")
                .e164("phoneNumber", "+3230123456")
                .e164("optional", null)
                .country("usageLocation", "BE")
                .uuid("tenant", "6d3e1f8a-0000-4000-8000-00000000beef")
                .upn("upn", "alice@contoso.onmicrosoft.com")
                .fqdn("microsoftFqdn", "sbc1.example.com")
                .range("page_size", 999, 1, 999)
                .notEmpty("skuIds", List.of("x"))
                .throwIfInvalid();
    }

    @Test
    void staticChecksMatchTheRules() {
        assertThat(Validator.isE164("+1")).isFalse();
        assertThat(Validator.isE164("+12")).isTrue();
        assertThat(Validator.isE164("+1234567890123456")).as("16 digits").isFalse();
        assertThat(Validator.isCountry("XX")).isFalse();
        assertThat(Validator.isCountry("NL")).isTrue();
        assertThat(Validator.isFqdn("a.b")).isTrue();
        assertThat(Validator.isFqdn("-a.b")).isFalse();
        assertThat(Validator.isUuid("6D3E1F8A-0000-4000-8000-00000000BEEF")).as("upper case").isTrue();
        assertThat(Validator.isUuid("6d3e1f8a-0000-4000-8000-00000000beeg")).as("not hex").isFalse();
        assertThat(Validator.isUuid("6d3e1f8a00000-4000-8000-00000000beef")).as("dash missing").isFalse();
        assertThat(Validator.isUuid("6d3e1f8a-0000-4000-8000-00000000beef0")).as("too long").isFalse();
        assertThat(Validator.isUuid("6d3e1f8a-0000-4000-8000-00000000bee")).as("too short").isFalse();
        assertThat(Validator.isUuid("{6d3e1f8a-0000-4000-8000-00000000beef}")).as("braces").isFalse();
    }

    @Test
    void longListsAreAbbreviatedInTheMessageButKeptWhole() {
        Validator validator = new Validator();
        for (int row = 1; row <= 25; row++) {
            validator.fail("line " + row + ": did", "x", "E.164 number");
        }
        ValidationException failure = catchThrowableOfType(ValidationException.class, validator::throwIfInvalid);

        assertThat(failure.violations()).hasSize(25);
        assertThat(failure).hasMessageContaining("(25 problems)").hasMessageEndingWith("; ...");
    }
}
