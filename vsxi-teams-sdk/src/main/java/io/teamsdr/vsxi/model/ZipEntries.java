package io.teamsdr.vsxi.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a ZIP as it streams in. The parsed views hold the content in memory, so the
 * total is capped: a package larger than that is refused with the advice to save it to a file.
 */
final class ZipEntries {
    /** The most uncompressed content a parsed view holds. */
    static final long MAX_TOTAL = 256L * 1024 * 1024;

    private ZipEntries() {
    }

    /**
     * Reads every file entry (directories are skipped). An empty body reads as no entries.
     *
     * @param zip the ZIP stream; read to its end, not closed
     * @return the entries in ZIP order
     * @throws ZipException when the stream is not a ZIP or holds more than {@link #MAX_TOTAL} bytes
     * @throws IOException when reading fails
     */
    static List<PackageEntry> read(InputStream zip) throws IOException {
        List<PackageEntry> entries = new ArrayList<>();
        PushbackInputStream peek = new PushbackInputStream(zip, 4);
        byte[] magic = peek.readNBytes(4);
        if (magic.length > 0 && !isZipStart(magic)) {
            throw new ZipException("not a ZIP: the body does not start with a ZIP signature");
        }
        peek.unread(magic);
        ZipInputStream in = new ZipInputStream(peek);
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
            if (entry.isDirectory()) {
                continue;
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > MAX_TOTAL) {
                    throw new ZipException("the package holds more than " + MAX_TOTAL
                            + " bytes; save it to a file instead of reading it into memory");
                }
                content.write(buffer, 0, read);
            }
            entries.add(new PackageEntry(entry.getName(), content.toByteArray()));
        }
        return entries;
    }

    /** A ZIP starts with a local file header, or with the end record when it is empty. */
    private static boolean isZipStart(byte[] magic) {
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K'
                && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
    }
}
