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
 * ignored, so a misspelled filter fails in tests instead of returning everything.
 */
final class QueryFilters {

    /** Keys of the MS Teams Users Filters section. */
    static final Set<String> USER_KEYS = Set.of("country", "is_voice_enabled", "have_number");

    /** Keys of the MS Teams Resource Accounts Filters section. */
    static final Set<String> RESOURCE_ACCOUNT_KEYS = Set.of("country", "have_number", "type");

    /** Keys the fake accepts for the bulk history (undocumented there). */
    static final Set<String> BULK_KEYS = Set.of("kind", "status");

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
            } else {
                Set<String> accepted = choices.get(key);
                if (!v.isTextual() || (accepted != null && !accepted.contains(v.asText()))) {
                    throw invalid("Filter " + key + " must be one of " + accepted);
                }
                values.put(key, v.asText());
            }
        }
        return new QueryFilters(values);
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
            codes.add(Checks.country("filters.country", c.asText()));
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
