package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code filters} query parameter: one parameter holding a JSON object (see NOTES.md). Only
 * the keys the API document lists are accepted; an unknown key is a 400 rather than silently
 * ignored, so a misspelled filter fails in tests instead of returning everything. Values are
 * checked only against lists the document gives in full ({@code is_voice_enabled},
 * {@code have_number}, {@code type}); a country is an ISO code or the document's own example
 * {@code UK}, read as {@code GB}.
 */
final class QueryFilters {

    /** Keys of the MS Teams Users Filters section. */
    static final Set<String> USER_KEYS = Set.of("country", "is_voice_enabled", "have_number");

    /** Keys of the MS Teams Resource Accounts Filters section. */
    static final Set<String> RESOURCE_ACCOUNT_KEYS = Set.of("country", "have_number", "type");

    /**
     * Keys of the bulk history: the document lists none for the filter itself, so the fields of
     * a bulk job it documents (history and details), matched as text.
     */
    static final Set<String> BULK_KEYS = Set.of("id", "job_id", "kind", "title", "status", "created_on",
            "updated_on");

    private final Map<String, Object> values;

    private QueryFilters(Map<String, Object> values) {
        this.values = values;
    }

    static QueryFilters parse(Request request, Set<String> allowed, Map<String, Set<String>> choices) {
        TreeMap<String, Object> values = new TreeMap<>();
        String raw = request.query("filters").orElse(null);
        if (raw == null || raw.isBlank()) {
            return new QueryFilters(values);
        }
        JsonNode node;
        try {
            node = Json.parse(raw);
        } catch (HttpError e) {
            throw invalid("filters must be a URL-encoded JSON object: " + e.reason());
        }
        if (!node.isObject()) {
            throw invalid("filters must be a JSON object, e.g. {\"country\":[\"BE\"],\"have_number\":\"yes\"}");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            if (!allowed.contains(key)) {
                throw invalid("Unknown filter " + key + "; supported filters: " + new TreeSet<>(allowed));
            }
            if (key.equals("country")) {
                values.put(key, countries(v));
            } else if (choices.containsKey(key)) {
                Set<String> accepted = choices.get(key);
                if (!v.isTextual() || !accepted.contains(v.asText())) {
                    throw invalid("Filter " + key + " must be one of " + new TreeSet<>(accepted));
                }
                values.put(key, v.asText());
            } else {
                values.put(key, anyOf(key, v));
            }
        }
        return new QueryFilters(values);
    }

    /** A value or an array of values, text or numbers; a record matches when its field equals one. */
    private static TreeSet<String> anyOf(String key, JsonNode v) {
        TreeSet<String> accepted = new TreeSet<>();
        for (JsonNode item : v.isArray() ? v : List.of(v)) {
            if (!item.isTextual() && !item.isNumber()) {
                throw invalid("Filter " + key + " must be a text, a number or an array of them");
            }
            accepted.add(item.asText());
        }
        return accepted;
    }

    private static TreeSet<String> countries(JsonNode v) {
        if (!v.isArray()) {
            throw invalid("Filter country must be an array of country codes, e.g. [\"BE\",\"NL\"]");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (JsonNode c : v) {
            if (!c.isTextual()) {
                throw invalid("Filter country must be an array of country codes");
            }
            String code = c.asText();
            codes.add(code.equalsIgnoreCase("UK") ? "GB" : Checks.country("filters.country", code));
        }
        return codes;
    }

    @SuppressWarnings("unchecked")
    Set<String> countries() {
        return (Set<String>) values.get("country");
    }

    String text(String key) {
        return (String) values.get(key);
    }

    /** Whether a record's fields match every filter given as {@link #anyOf(String, JsonNode) values}. */
    @SuppressWarnings("unchecked")
    boolean matchAll(Map<String, String> fields) {
        for (Map.Entry<String, Object> filter : values.entrySet()) {
            if (filter.getValue() instanceof Set<?> accepted
                    && !((Set<String>) accepted).contains(fields.get(filter.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** A canonical form, so equal filters written differently bind a token the same way. */
    String canonical() {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + v));
        return String.join("&", parts);
    }

    private static HttpError invalid(String reason) {
        return FusionErrors.bad(FusionErrors.INVALID_FIELD, reason);
    }
}
