package io.teamsdr.core.internal;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes secrets from what the SDK logs or puts into exceptions: JSON fields holding passwords and
 * tokens, the {@code sipPassword} column of CSV bodies, headers outside an allowlist, and query
 * values outside an allowlist.
 */
public final class Redactor {
    /** What replaces a secret. */
    public static final String MASK = "***";

    private static final Set<String> SECRET_FIELDS = Set.of(
            "password", "mspassword", "sippassword", "token", "access_token", "refresh_token", "accesstoken",
            "refreshtoken", "2fa_payload", "client_secret", "secret", "authorization");
    private static final Pattern JSON_STRING_FIELD = Pattern.compile(
            "\"([A-Za-z0-9_]+)\"(\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+)");
    private static final Set<String> SAFE_HEADERS = Set.of(
            "accept", "content-type", "content-length", "user-agent", "x-request-id", "retry-after", "location", "date");
    private static final Set<String> SAFE_QUERY = Set.of(
            "page_size", "page", "free_only", "refresh", "includedraft", "tenantids", "group");

    private Redactor() {
    }

    /**
     * Masks the values of secret fields in a JSON text, wherever they are nested.
     *
     * @param json the JSON text (need not be valid or complete, e.g. when capped)
     * @return the text with secrets masked
     */
    public static String json(String json) {
        Matcher matcher = JSON_STRING_FIELD.matcher(json);
        StringBuilder out = new StringBuilder(json.length());
        while (matcher.find()) {
            String replacement = SECRET_FIELDS.contains(matcher.group(1).toLowerCase(Locale.ROOT))
                    ? "\"" + matcher.group(1) + "\"" + matcher.group(2) + "\"" + MASK + "\""
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Masks the {@code sipPassword} column (and any column named like a password) of a CSV text
     * whose first line is the header.
     *
     * @param csv the CSV text
     * @return the text with the secret column masked
     */
    public static String csv(String csv) {
        List<String> lines = csv.lines().collect(Collectors.toList());
        if (lines.isEmpty()) {
            return csv;
        }
        String[] header = lines.get(0).split(",", -1);
        int secret = -1;
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().replace("\"", "").toLowerCase(Locale.ROOT).contains("password")) {
                secret = i;
            }
        }
        if (secret < 0) {
            return csv;
        }
        StringBuilder out = new StringBuilder(lines.get(0));
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            if (cells.length > secret) {
                cells[secret] = MASK;
            }
            out.append('\n').append(String.join(",", cells));
        }
        return out.toString();
    }

    /**
     * Redacts a body by its media type: JSON fields or the CSV password column.
     *
     * @param contentType the media type, may be {@code null}
     * @param text the body text
     * @return the redacted text
     */
    public static String body(String contentType, String text) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("csv")) {
            return csv(text);
        }
        return json(text);
    }

    /**
     * Keeps the allowlisted headers and masks every other value.
     *
     * @param headers the headers
     * @return a printable map
     */
    public static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> out = new TreeMap<>();
        headers.map().forEach((name, values) -> out.put(name,
                SAFE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? String.join(",", values) : MASK));
        return out;
    }

    /**
     * Describes query parameters for a log line: allowlisted values as they are, others as their length.
     *
     * @param query the parameters
     * @return e.g. {@code page_size=100&search=<3 chars>}
     */
    public static String query(List<Map.Entry<String, String>> query) {
        return query.stream()
                .map(e -> e.getKey() + "=" + (SAFE_QUERY.contains(e.getKey().toLowerCase(Locale.ROOT))
                        ? e.getValue() : "<" + e.getValue().length() + " chars>"))
                .collect(Collectors.joining("&"));
    }
}
