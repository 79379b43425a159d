package io.teamsdr.testkit.vsxi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvUploadReaderTest {

    @Test
    void readsRecordsWithTheirStartLines() throws IOException {
        ParsedUpload<User> upload = read(UploadFormats.USERS, "tenantId,sipUser,sipPassword,did\n"
                + "1,alice,pw,+15550000001\n1,\"bo\nb\",pw,+15550000002\n1,,pw,+15550000003\n1,carol,pw,+15550000004\n");
        assertThat(upload.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.field()).isEqualTo("sipUser");
        });
        assertThat(upload.rows()).extracting(Numbered::line, row -> row.value().sipUser())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "alice"),
                        org.assertj.core.groups.Tuple.tuple(3, "bo\nb"),
                        org.assertj.core.groups.Tuple.tuple(6, "carol"));
    }

    @Test
    void readsTheWholeStreamEvenAfterAFatalError() throws IOException {
        InputStream body = new ByteArrayInputStream("sipUser\n\"open\nx\n".getBytes(StandardCharsets.UTF_8));
        ParsedUpload<String> upload = CsvUploadReader.read(body, UploadFormats.SIP_USERS);
        assertThat(upload.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).startsWith("invalid CSV");
        });
        assertThat(body.read()).isEqualTo(-1);
    }

    @Test
    void strictUtf8ReaderReportsTheLineOfBadBytes() throws IOException {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xff, '\n'};
        try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
            char[] buffer = new char[64];
            MalformedEncodingException e = org.junit.jupiter.api.Assertions.assertThrows(
                    MalformedEncodingException.class, () -> reader.read(buffer, 0, buffer.length));
            assertThat(e.line()).isEqualTo(3);
        }
    }

    @Test
    void strictUtf8ReaderHandlesSupplementaryCharactersOneCharAtATime() throws IOException {
        String text = "\uFEFFa\uD83D\uDE00b";
        try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            StringBuilder out = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
                out.append((char) c);
            }
            assertThat(out).hasToString("a\uD83D\uDE00b");
        }
    }

    @Test
    void aTruncatedMultiByteSequenceAtTheEndIsMalformed() throws IOException {
        ParsedUpload<String> upload = read(UploadFormats.SIP_USERS, "sipUser\nx", new byte[] {(byte) 0xE2, (byte) 0x82});
        assertThat(upload.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    private static <T> ParsedUpload<T> read(UploadFormat<T> format, String text, byte[]... more) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(text.getBytes(StandardCharsets.UTF_8));
        for (byte[] b : more) {
            bytes.write(b);
        }
        return CsvUploadReader.read(new ByteArrayInputStream(bytes.toByteArray()), format);
    }
}
