package io.teamsdr.testkit.internal;

/**
 * JSON string literals written by hand, for the small fixed-shape objects the fakes sign into
 * tokens: the demo seed issues tokens before any answer is written, and writing them through
 * {@link Json} would make the seed wait for Jackson's start-up instead of running beside it.
 */
public final class JsonText {

    private JsonText() {
    }

    /**
     * Quotes a string as a JSON string literal (RFC 8259: quote, backslash and control characters
     * escaped).
     *
     * @param value the string
     * @return the literal, quotes included
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
