package io.teamsdr.core.internal;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.HashSet;
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
 * tokens (and the extra secret fields a client names), the {@code sipPassword} column of CSV bodies,
 * headers outside an allowlist, and query values outside an allowlist. The allowlists beyond a few
 * headers every HTTP exchange has come from each client's {@link io.teamsdr.core.LogOptions}: the core
 * knows no endpoint.
 */
public final class Redactor {
    /** What replaces a secret. */
    public static final String MASK = "***";

    private static final Set<String> SECRET_FIELDS = Set.of("authorization", "2fa_payload");
    /*
     * A string is matched with possessive, unrolled quantifiers: the obvious (?:[^"\\]|\\.)* recurses
     * once per character and overflows the stack on a value a few thousand characters long. A string
     * may also be cut short by the size cap, so the end of the text closes it as well as a quote.
     */
    private static final Pattern JSON_STRING_FIELD = Pattern.compile(
            "\"([A-Za-z0-9_]+)\"(\\s*:\\s*)(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+(?:\"|\\\\?\\z)|-?\\d+)");
    private static final Set<String> SAFE_HEADERS = Set.of(
            "accept", "content-type", "content-length", "user-agent", "x-request-id", "retry-after", "location", "date");

    private Redactor() {
    }

    /**
     * Masks the values of secret fields in a JSON text, wherever they are nested.
     *
     * @param json the JSON text (need not be valid or complete, e.g. when capped)
     * @return the text with secrets masked
     */
    public static String json(String json) {
        return json(json, Set.of());
    }

    /**
     * Masks the values of secret fields in a JSON text, wherever they are nested, counting the given
     * extra names as secret too.
     *
     * @param json the JSON text (need not be valid or complete, e.g. when capped)
     * @param extraSecretFields more secret field names, lower-cased
     * @return the text with secrets masked
     */
    public static String json(String json, Set<String> extraSecretFields) {
        Matcher matcher = JSON_STRING_FIELD.matcher(json);
        StringBuilder out = new StringBuilder(json.length());
        while (matcher.find()) {
            String replacement = isSecretField(matcher.group(1))
                    || (!extraSecretFields.isEmpty() && extraSecretFields.contains(matcher.group(1).toLowerCase(Locale.ROOT)))
                    ? "\"" + matcher.group(1) + "\"" + matcher.group(2) + "\"" + MASK + "\""
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Tells whether a JSON field holds a secret: any password or secret, any token
     * ({@code token}, {@code access_token}, {@code refreshToken}, ...), the 2FA payload and
     * {@code authorization}. Matching by name shape rather than a fixed list keeps a field the SDK
     * has not seen yet, such as {@code newPassword}, out of logs too.
     *
     * @param name the field name
     * @return {@code true} when its value must be masked
     */
    public static boolean isSecretField(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.endsWith("token")
                || SECRET_FIELDS.contains(lower);
    }

    /**
     * Masks the {@code sipPassword} column (and any column named like a password) of a CSV text
     * whose first line is the header.
     *
     * @param csv the CSV text
     * @return the text with the secret column masked
     */
    public static String csv(String csv) {
        return new CsvMasker(csv).mask();
    }

    /**
     * Walks a CSV text once, RFC 4180 style: a quoted cell may hold commas, doubled quotes and line
     * breaks, so cells are found by their quoting, not by splitting lines on commas (which would mask
     * the wrong cell of a row like {@code "Doe, John",secret} and print the secret). The header row
     * names the secret columns; every later non-empty cell in them is masked. Line breaks and the
     * quoting of other cells are kept as they were.
     */
    private static final class CsvMasker {
        private final String text;
        private final StringBuilder out;
        private final StringBuilder cell = new StringBuilder();
        private final List<String> header = new ArrayList<>();
        private final Set<Integer> secretColumns = new HashSet<>();
        private int row;
        private int column;

        CsvMasker(String text) {
            this.text = text;
            this.out = new StringBuilder(text.length());
        }

        String mask() {
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    cell.append(c);
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    }
                } else if (c == '"') {
                    quoted = true;
                    cell.append(c);
                } else if (c == ',') {
                    endCell();
                    out.append(',');
                    column++;
                } else if (c == '\n' || c == '\r') {
                    endCell();
                    endRow();
                    out.append(c);
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        out.append('\n');
                        i++;
                    }
                } else {
                    cell.append(c);
                }
            }
            endCell();
            return out.toString();
        }

        private void endCell() {
            if (row == 0) {
                header.add(cell.toString());
                out.append(cell);
            } else if (secretColumns.contains(column) && cell.length() > 0) {
                out.append(MASK);
            } else {
                out.append(cell);
            }
            cell.setLength(0);
        }

        private void endRow() {
            if (row == 0) {
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).trim().replace("\"", "").toLowerCase(Locale.ROOT).contains("password")) {
                        secretColumns.add(i);
                    }
                }
            }
            row++;
            column = 0;
        }
    }

    /**
     * Redacts a body by its media type: JSON fields or the CSV password column.
     *
     * @param contentType the media type, may be {@code null}
     * @param text the body text
     * @return the redacted text
     */
    public static String body(String contentType, String text) {
        return body(contentType, text, Set.of());
    }

    /**
     * Redacts a body by its media type, counting the given extra names as secret JSON fields too.
     *
     * @param contentType the media type, may be {@code null}
     * @param text the body text
     * @param extraSecretFields more secret field names, lower-cased
     * @return the redacted text
     */
    public static String body(String contentType, String text, Set<String> extraSecretFields) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("csv")) {
            return csv(text);
        }
        return json(text, extraSecretFields);
    }

    /**
     * Keeps the values of the headers every exchange has (content type, request id...) and of the
     * allowed ones, and masks every other value.
     *
     * @param headers the headers
     * @param allowed more header names whose values may be shown, lower-cased
     * @return a printable map
     */
    public static Map<String, String> headers(HttpHeaders headers, Set<String> allowed) {
        Map<String, String> out = new TreeMap<>();
        headers.map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean shown = !lower.equals("authorization") && (SAFE_HEADERS.contains(lower) || allowed.contains(lower));
            out.put(name, shown ? String.join(",", values) : MASK);
        });
        return out;
    }

    /**
     * Describes query parameters for a log line: allowed values as they are, others as their length.
     *
     * @param query the parameters
     * @param allowed the parameter names whose values may be shown, lower-cased
     * @return e.g. {@code page_size=100&search=<3 chars>}
     */
    public static String query(List<Map.Entry<String, String>> query, Set<String> allowed) {
        return query.stream()
                .map(e -> e.getKey() + "=" + (allowed.contains(e.getKey().toLowerCase(Locale.ROOT))
                        ? e.getValue() : "<" + e.getValue().length() + " chars>"))
                .collect(Collectors.joining("&"));
    }
}
