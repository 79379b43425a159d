package io.teamsdr.provisioning;

import java.util.Locale;

/** The two kinds of Microsoft Teams resource account Fusion manages. */
public enum ResourceAccountKind {
    /** A call queue. */
    CALL_QUEUE("call-queue"),
    /** An auto attendant. */
    AUTO_ATTENDANT("auto-attendant");

    private final String value;

    ResourceAccountKind(String value) {
        this.value = value;
    }

    /**
     * Returns the value as the Fusion API and desired-state files spell it.
     *
     * @return {@code call-queue} or {@code auto-attendant}
     */
    public String value() {
        return value;
    }

    /**
     * Reads the API's spelling.
     *
     * @param text {@code call-queue} or {@code auto-attendant} (any case)
     * @return the kind
     * @throws IllegalArgumentException for any other text
     */
    public static ResourceAccountKind of(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (ResourceAccountKind kind : values()) {
            if (kind.value.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of call-queue, auto-attendant");
    }

    @Override
    public String toString() {
        return value;
    }
}
