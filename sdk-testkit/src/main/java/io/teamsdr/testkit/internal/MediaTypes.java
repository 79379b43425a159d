package io.teamsdr.testkit.internal;

import java.util.Locale;

/** Reads {@code Content-Type} values the way the fakes accept them. */
public final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * Whether a {@code Content-Type} announces JSON in UTF-8: {@code application/json} or a
     * {@code +json} type, with no {@code charset} or {@code charset=utf-8}.
     *
     * @param contentType the header value, empty when absent
     * @return true for JSON
     */
    public static boolean isJson(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String type = parts[0].strip();
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].strip().split("=", 2);
            if (kv[0].strip().equals("charset") && (kv.length < 2 || !kv[1].strip().replace("\"", "").equals("utf-8"))) {
                return false;
            }
        }
        return true;
    }
}
