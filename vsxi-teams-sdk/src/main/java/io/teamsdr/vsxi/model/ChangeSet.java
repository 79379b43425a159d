package io.teamsdr.vsxi.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * The configuration differences a draft would make ({@code GET /teams/draft/diff}): the ZIP the
 * SBC generated, parsed into its entries, with the original bytes kept for saving.
 *
 * <p>Held in memory, which suits a review; to save a large diff without holding it, use
 * {@code Draft.diffTo(Path)}.
 */
public final class ChangeSet {
    private final List<PackageEntry> entries;
    private final byte[] zip;

    /**
     * Parses a ZIP.
     *
     * @param zip the ZIP bytes as the SBC sent them
     * @return the change set
     * @throws UncheckedIOException when the bytes are not a readable ZIP
     */
    public static ChangeSet of(byte[] zip) {
        Objects.requireNonNull(zip, "zip");
        try {
            return new ChangeSet(ZipEntries.read(new ByteArrayInputStream(zip)), zip.clone());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the diff is not a readable ZIP: " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Reads a ZIP stream to its end and parses it, keeping the original bytes.
     *
     * @param zip the ZIP stream; not closed
     * @return the change set
     * @throws UncheckedIOException when the stream cannot be read, is not a ZIP, or holds more than
     *     256 MiB (save such a diff to a file with {@code Draft.diffTo(Path)} instead)
     */
    public static ChangeSet read(InputStream zip) {
        Objects.requireNonNull(zip, "zip");
        byte[] bytes;
        try {
            bytes = zip.readNBytes((int) ZipEntries.MAX_TOTAL + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (bytes.length > ZipEntries.MAX_TOTAL) {
            throw new UncheckedIOException(new ZipException("the diff is larger than " + ZipEntries.MAX_TOTAL
                    + " bytes; stream it to a file with Draft.diffTo(Path) instead"));
        }
        try {
            return new ChangeSet(ZipEntries.read(new ByteArrayInputStream(bytes)), bytes);
        } catch (IOException unreadable) {
            // The bytes are all in memory, so any failure now is in the ZIP itself.
            ZipException notZip = new ZipException("the diff is not a readable ZIP: " + unreadable.getMessage());
            notZip.initCause(unreadable);
            throw new UncheckedIOException(notZip);
        }
    }

    private ChangeSet(List<PackageEntry> entries, byte[] zip) {
        this.entries = List.copyOf(entries);
        this.zip = zip;
    }

    /**
     * Returns the files of the diff, in ZIP order.
     *
     * @return the entries
     */
    public List<PackageEntry> entries() {
        return entries;
    }

    /**
     * Finds a file by its path inside the ZIP.
     *
     * @param name the path
     * @return the entry, if the diff has it
     */
    public Optional<PackageEntry> entry(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    /**
     * Tells whether the diff holds no file, i.e. the draft changes no configuration.
     *
     * @return {@code true} for an empty diff
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Writes the ZIP exactly as the SBC sent it.
     *
     * @param out the destination; not closed
     * @throws UncheckedIOException when writing fails
     */
    public void writeZip(OutputStream out) {
        try {
            out.write(zip);
            out.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Writes the ZIP exactly as the SBC sent it to a file, replacing it; the file appears only
     * once complete.
     *
     * @param file the destination
     * @throws UncheckedIOException when writing fails
     */
    public void writeZip(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path partial = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part");
            try {
                Files.write(partial, zip);
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Returns the size of the ZIP.
     *
     * @return the size in bytes
     */
    public int zipSize() {
        return zip.length;
    }

    @Override
    public String toString() {
        return "ChangeSet[" + entries.size() + " entries, " + zip.length + " bytes]";
    }
}
