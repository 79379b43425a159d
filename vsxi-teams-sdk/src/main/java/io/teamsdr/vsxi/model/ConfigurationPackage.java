package io.teamsdr.vsxi.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The configuration package the SBC generates ({@code GET /teams/smcFiles}), as its entries. The
 * ZIP is read entry by entry as it streams in; the entries are then held in memory.
 */
public final class ConfigurationPackage {
    private final List<PackageEntry> entries;

    private ConfigurationPackage(List<PackageEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Makes a package of entries already read.
     *
     * @param entries the entries, in ZIP order
     * @return the package
     */
    public static ConfigurationPackage of(List<PackageEntry> entries) {
        return new ConfigurationPackage(Objects.requireNonNull(entries, "entries"));
    }

    /**
     * Reads a package from a ZIP stream, e.g. one saved earlier with
     * {@code configuration().download(...)}.
     *
     * @param zip the ZIP stream; read to its end, not closed
     * @return the package
     * @throws UncheckedIOException when the stream is not a readable ZIP
     */
    public static ConfigurationPackage read(InputStream zip) {
        Objects.requireNonNull(zip, "zip");
        try {
            return new ConfigurationPackage(ZipEntries.read(zip));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the configuration package is not a readable ZIP: "
                    + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Reads a package from a ZIP file.
     *
     * @param zip the file
     * @return the package
     * @throws UncheckedIOException when the file cannot be read or is not a ZIP
     */
    public static ConfigurationPackage read(Path zip) {
        try (InputStream in = Files.newInputStream(zip)) {
            return read(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * Returns the files of the package, in ZIP order.
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
     * @return the entry, if the package has it
     */
    public Optional<PackageEntry> entry(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return "ConfigurationPackage[" + entries.size() + " entries]";
    }
}
