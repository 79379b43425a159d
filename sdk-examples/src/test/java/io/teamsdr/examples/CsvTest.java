package io.teamsdr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotes() {
        assertThat(Csv.parse("a,\"b, c\",\"say \"\"hi\"\"\",,e")).containsExactly("a", "b, c", "say \"hi\"", "", "e");
        assertThat(Csv.parse("")).containsExactly("");
        assertThat(Csv.parse("x,")).containsExactly("x", "");
    }

    @Test
    void writesWhatItReads() {
        List<String> fields = List.of("plain", "with, comma", "with \"quotes\"", "", "Amélie");
        assertThat(Csv.format(fields)).isEqualTo("plain,\"with, comma\",\"with \"\"quotes\"\"\",,Amélie");
        assertThat(Csv.parse(Csv.format(fields))).isEqualTo(fields);
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> Csv.parse("a,\"b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quoted field is not closed");
        assertThatThrownBy(() -> Csv.parse("\"a\"b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text after a closing quote");
    }
}
