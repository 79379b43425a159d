package io.teamsdr.testkit.vsxi.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes ZIP archives whose bytes depend only on their entries: names in sorted order, one fixed
 * modification time, no extra fields, fixed compression level. Each entry writes its content
 * straight into the compressing stream, so an archive of any size streams out in constant memory.
 */
public final class DeterministicZip {

    /** Writes the content of one entry. */
    @FunctionalInterface
    public interface EntryContent {
        /**
         * Writes the entry's bytes.
         *
         * @param out the entry's stream; not to be closed
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The time stamped on every entry. Set as a local date-time so that no time-zone conversion
     * (and so no machine setting) enters the bytes.
     */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** End of central directory record of an archive without entries, which ZipOutputStream refuses to write. */
    private static final byte[] EMPTY_ARCHIVE = {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0};

    private DeterministicZip() {
    }

    /**
     * Writes an archive. The stream is finished but not closed.
     *
     * @param out destination
     * @param entries entry name to the writer of its content, iterated in name order
     * @throws IOException when writing fails
     */
    public static void write(OutputStream out, SortedMap<String, EntryContent> entries) throws IOException {
        if (entries.isEmpty()) {
            out.write(EMPTY_ARCHIVE);
            out.flush();
            return;
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(6);
        for (Map.Entry<String, EntryContent> entry : entries.entrySet()) {
            ZipEntry zipEntry = new ZipEntry(entry.getKey());
            zipEntry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(zipEntry);
            entry.getValue().writeTo(zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
