package io.teamsdr.vsxi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK's own RFC 4180 reading and writing: what a CSV library did for it before, edge cases first. */
class Rfc4180Test {

    private static List<List<String>> readAll(Rfc4180Reader reader, List<Long> lines) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record;
        while ((record = reader.next()) != null) {
            records.add(record);
            lines.add(reader.recordLine());
        }
        return records;
    }

    @Test
    void valuesThatNeedItAreQuotedAndReadBackExactly() throws IOException {
        String[] awkward = {"plain", "with, comma", "with \"quotes\"", "two\r\nlines", "lone\rcr", "lf\nonly", "", " spaced "};
        StringWriter text = new StringWriter();
        Rfc4180Writer writer = new Rfc4180Writer(text);

        writer.write(awkward);
        writer.write(new String[] {"a", null, "c"});

        assertThat(text.toString()).isEqualTo("plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\r\nlines\","
                + "\"lone\rcr\",\"lf\nonly\",, spaced \r\na,,c\r\n");
        List<Long> lines = new ArrayList<>();
        assertThat(readAll(new Rfc4180Reader(new StringReader(text.toString())), lines))
                .containsExactly(List.of(awkward), List.of("a", "", "c"));
        assertThat(lines).as("the second record starts after the three line breaks inside the first").containsExactly(1L, 5L);
    }

    @Test
    void linesEndWithCrlfLfOrALoneCrAndBlankLinesAreEmptyRecords() throws IOException {
        List<Long> lines = new ArrayList<>();

        List<List<String>> records = readAll(new Rfc4180Reader(new StringReader("a,b\r\n\nc\rd\n\"e\nf\",g")), lines);

        assertThat(records).containsExactly(List.of("a", "b"), List.of(""), List.of("c"), List.of("d"), List.of("e\nf", "g"));
        assertThat(lines).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsKeptAsItIs() throws IOException {
        assertThat(new Rfc4180Reader(new StringReader("O\"Brien,x\n")).next()).containsExactly("O\"Brien", "x");
    }

    @Test
    void aQuotedValueLeftOpenIsMalformedAtTheLineItStarted() throws IOException {
        Rfc4180Reader reader = new Rfc4180Reader(new StringReader("ok\n\"open\nand on\n"));
        reader.next();

        Rfc4180Reader.Malformed failure = catchThrowableOfType(Rfc4180Reader.Malformed.class, reader::next);

        assertThat(failure.line()).isEqualTo(2);
        assertThat(failure.getMessage()).contains("not closed");
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() {
        Rfc4180Reader reader = new Rfc4180Reader(new StringReader("\"a\"b,c\n"));

        Rfc4180Reader.Malformed failure = catchThrowableOfType(Rfc4180Reader.Malformed.class, reader::next);

        assertThat(failure.line()).isEqualTo(1);
        assertThat(failure.getMessage()).contains("unexpected 'b' after a closing '\"'");
    }
}
