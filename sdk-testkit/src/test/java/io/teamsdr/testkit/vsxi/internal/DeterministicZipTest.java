package io.teamsdr.testkit.vsxi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class DeterministicZipTest {

    @Test
    void sameEntriesGiveSameBytesWhateverTheTimeZone() throws IOException {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            byte[] first = zip();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(zip()).isEqualTo(first);
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void anEmptyArchiveIsAValidZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeterministicZip.write(out, new TreeMap<>());
        assertThat(out.toByteArray()).hasSize(22);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(in.getNextEntry()).isNull();
        }
    }

    private static byte[] zip() throws IOException {
        TreeMap<String, DeterministicZip.EntryContent> entries = new TreeMap<>();
        entries.put("tenants/b.cfg", out -> out.write("b\n".getBytes(StandardCharsets.UTF_8)));
        entries.put("tenants/a.cfg", out -> out.write("a\n".getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeterministicZip.write(out, entries);
        return out.toByteArray();
    }
}
