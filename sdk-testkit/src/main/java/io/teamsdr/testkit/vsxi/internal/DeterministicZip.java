package io.teamsdr.testkit.vsxi.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes ZIP archives whose bytes depend only on their entries: names in sorted order, one fixed
 * modification time, no extra fields, fixed compression level. Contents are produced one entry at
 * a time, so only one generated file is in memory while the archive streams out.
 */
public final class DeterministicZip {

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
     * @param entries entry name to a producer of its bytes, iterated in name order
     * @throws IOException when writing fails
     */
    public static void write(OutputStream out, SortedMap<String, Supplier<byte[]>> entries) throws IOException {
        if (entries.isEmpty()) {
            out.write(EMPTY_ARCHIVE);
            out.flush();
            return;
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(6);
        for (Map.Entry<String, Supplier<byte[]>> entry : entries.entrySet()) {
            ZipEntry zipEntry = new ZipEntry(entry.getKey());
            zipEntry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(zipEntry);
            zip.write(entry.getValue().get());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
