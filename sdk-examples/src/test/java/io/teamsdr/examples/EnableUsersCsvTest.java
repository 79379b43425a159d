package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.core.Violation;
import io.teamsdr.fusion.model.BulkUserItem;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnableUsersCsvTest {

    private static EnableUsersCsv read(String text) {
        return EnableUsersCsv.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void buildsBulkItemsFromValidLines() {
        EnableUsersCsv csv = read("""
                upn,displayName,number,country,vrp,licenses
                a.b@contoso.onmicrosoft.com,A B,+3225405290,BE,Global,MCOEV; SPE_E3

                c.d@contoso.onmicrosoft.com,"D, C",,,,
                """);

        assertThat(csv.rejected()).isEmpty();
        assertThat(csv.rows()).extracting(EnableUsersCsv.Row::line).containsExactly(2, 4);
        BulkUserItem first = csv.items().get(0);
        assertThat(first.phoneNumber().value()).hasValue("+3225405290");
        assertThat(first.licenses().value()).hasValue(List.of("MCOEV", "SPE_E3"));
        BulkUserItem second = csv.items().get(1);
        assertThat(second.displayName()).isEqualTo("D, C");
        assertThat(second.phoneNumber().isUnchanged()).as("an empty cell leaves the value unchanged").isTrue();
    }

    @Test
    void rejectsEachBadLineWithEveryViolationAndItsLineNumber() {
        EnableUsersCsv csv = read("""
                displayName,upn,number,country
                Good,good@contoso.onmicrosoft.com,+3225405290,BE
                Bad,not-a-upn,0475 12 34 56,Belgium
                Again,GOOD@contoso.onmicrosoft.com,,
                "unclosed
                """);

        assertThat(csv.rows()).hasSize(1);
        assertThat(csv.rejected()).extracting(EnableUsersCsv.Rejected::line).containsExactly(3, 4, 5);
        assertThat(csv.rejected().get(0).violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("upn", "number", "country");
        assertThat(csv.rejected().get(1).violations()).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("each user once per file (already on line 2)"));
        assertThat(csv.rejected().get(2).violations()).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("a quoted field is not closed"));
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> read("upn,number\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the header lacks the required column 'displayName'");
        assertThatThrownBy(() -> read("upn,displayName,phone\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown column 'phone'");
    }
}
