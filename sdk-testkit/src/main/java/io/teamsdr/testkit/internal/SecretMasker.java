package io.teamsdr.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets by {@value #MASK} before anything is kept in the journal: JSON fields,
 * CSV columns, query parameters and credential headers. Field names compare case-insensitively.
 */
public final class SecretMasker {

    /** What a secret is replaced with. */
    public static final String MASK = "***";

    /** The secret field names of both faked APIs. */
    public static final Set<String> DEFAULT_FIELDS = Set.of("password", "mspassword", "sippassword",
            "access_token", "refresh_token", "token", "2fa_payload");

    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization",
            "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    private final Set<String> fields;
    private final Pattern jsonFallback;

    /**
     * A masker for the given field names.
     *
     * @param fieldNames secret field, column and query parameter names
     */
    public SecretMasker(Set<String> fieldNames) {
        Set<String> lower = new java.util.HashSet<>();
        fieldNames.forEach(f -> lower.add(f.toLowerCase(Locale.ROOT)));
        this.fields = Set.copyOf(lower);
        StringBuilder alternatives = new StringBuilder();
        for (String f : fields) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(f));
        }
        // Used only for bodies that do not parse, so a broken JSON upload still loses its secrets.
        this.jsonFallback = Pattern.compile("(\"(?i:" + alternatives + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)");
    }

    /**
     * A masker for {@link #DEFAULT_FIELDS}.
     *
     * @return the masker
     */
    public static SecretMasker defaults() {
        return new SecretMasker(DEFAULT_FIELDS);
    }

    /**
     * Whether a name is a secret field.
     *
     * @param name field, column or parameter name
     * @return true when its value must be masked
     */
    public boolean isSecret(String name) {
        return fields.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Masks a header value when the header carries credentials; the auth scheme is kept so a test
     * can still see which scheme was used.
     *
     * @param name header name
     * @param value header value
     * @return the value to record
     */
    public String header(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!CREDENTIAL_HEADERS.contains(lower) && !lower.contains("token") && !isSecret(lower)) {
            return value;
        }
        int space = value.indexOf(' ');
        return lower.endsWith("authorization") && space > 0 ? value.substring(0, space) + " " + MASK : MASK;
    }

    /**
     * Masks secret query parameters in a raw (encoded) query string.
     *
     * @param rawQuery the query, may be {@code null}
     * @return the masked query, never {@code null}
     */
    public String rawQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : rawQuery.split("&", -1)) {
            int eq = part.indexOf('=');
            String name = QueryString.decode(eq < 0 ? part : part.substring(0, eq));
            parts.add(eq >= 0 && isSecret(name) ? part.substring(0, eq + 1) + MASK : part);
        }
        return String.join("&", parts);
    }

    /**
     * Masks secret query parameters in decoded form.
     *
     * @param query decoded parameters
     * @return a masked copy
     */
    public Map<String, List<String>> query(Map<String, List<String>> query) {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        query.forEach((k, v) -> copy.put(k, isSecret(k) ? v.stream().map(x -> MASK).toList() : List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Masks a request body and caps its length.
     *
     * @param text the body text
     * @param contentType the request content type, may be {@code null}
     * @param maxChars the cap
     * @return the masked body, at most {@code maxChars} long, and whether it was cut
     */
    public MaskedBody body(String text, String contentType, int maxChars) {
        if (text.isEmpty()) {
            return new MaskedBody(text, false);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String trimmed = text.stripLeading();
        String masked;
        if (type.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            masked = json(text);
        } else if (type.contains("csv") || looksLikeCsvWithSecret(text)) {
            masked = csv(text, maxChars);
        } else {
            masked = text;
        }
        return masked.length() > maxChars
                ? new MaskedBody(masked.substring(0, maxChars), true)
                : new MaskedBody(masked, false);
    }

    /**
     * A masked body.
     *
     * @param text the masked, capped text
     * @param truncated whether the cap cut it
     */
    public record MaskedBody(String text, boolean truncated) {
    }

    private String json(String text) {
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (node == null) {
                return text;
            }
            maskNode(node);
            return Json.text(node);
        } catch (java.io.IOException | RuntimeException notJson) {
            Matcher m = jsonFallback.matcher(text);
            return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "\"" + MASK + "\""));
        }
    }

    private void maskNode(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> secrets = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (isSecret(e.getKey()) && !e.getValue().isNull()) {
                    secrets.add(e.getKey());
                } else {
                    maskNode(e.getValue());
                }
            }
            secrets.forEach(k -> object.put(k, MASK));
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::maskNode);
        }
    }

    private boolean looksLikeCsvWithSecret(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        for (String cell : header.split(",")) {
            if (isSecret(cell.strip().replace("\"", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Masks secret columns of RFC 4180 CSV whose first record is the header. Quoted fields may hold
     * commas and line breaks; the secret value is replaced whole, quotes included. Stops writing
     * just past {@code maxChars} so a huge upload costs no more than the cap, and the caller still
     * sees that it was cut.
     */
    private String csv(String text, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 16);
        Set<Integer> secretColumns = new java.util.HashSet<>();
        StringBuilder headerCell = new StringBuilder();
        boolean inHeader = true;
        boolean inQuotes = false;
        int column = 0;
        boolean maskedThisField = false;
        for (int i = 0; i < text.length() && out.length() <= maxChars; i++) {
            char c = text.charAt(i);
            boolean fieldEnds = !inQuotes && (c == ',' || c == '\n' || c == '\r');
            if (c == '"') {
                inQuotes = !inQuotes;
            }
            if (fieldEnds) {
                if (inHeader) {
                    if (isSecret(headerCell.toString().strip().replace("\"", ""))) {
                        secretColumns.add(column);
                    }
                    headerCell.setLength(0);
                }
                out.append(c);
                maskedThisField = false;
                if (c == ',') {
                    column++;
                } else {
                    inHeader = false;
                    column = 0;
                }
                continue;
            }
            if (inHeader) {
                headerCell.append(c);
                out.append(c);
            } else if (secretColumns.contains(column)) {
                if (!maskedThisField) {
                    out.append(MASK);
                    maskedThisField = true;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
