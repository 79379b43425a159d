package io.teamsdr.vsxi.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file of a ZIP the SBC generated: a configuration file or a configuration difference.
 */
public final class PackageEntry {
    private final String name;
    private final byte[] content;

    /**
     * Creates an entry.
     *
     * @param name the path of the file inside the ZIP, e.g. {@code tenants/1001.cfg}
     * @param content the file's bytes
     */
    public PackageEntry(String name, byte[] content) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    /**
     * Returns the path of the file inside the ZIP.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the content decoded as UTF-8 (the generated files are text).
     *
     * @return the text
     */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * Returns a copy of the raw content.
     *
     * @return the bytes
     */
    public byte[] bytes() {
        return content.clone();
    }

    /**
     * Returns the size of the content.
     *
     * @return the size in bytes
     */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackageEntry entry && name.equals(entry.name) && Arrays.equals(content, entry.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "PackageEntry[" + name + ", " + content.length + " bytes]";
    }
}
