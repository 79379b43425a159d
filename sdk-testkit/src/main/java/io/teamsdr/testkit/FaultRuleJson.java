package io.teamsdr.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Json;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@link FaultRule} written as JSON, for the control API of {@link Standalone}: the same
 * triggers and effects as the Java DSL, one field each.
 *
 * <pre>{@code
 * {"method": "GET", "path": "/api/**}{@code /msteams/status",   // or "pathRegex": "..."
 *  "times": 2,                      // or "onCall": 3, or "probability": 0.5 with "seed": 42
 *  "respond": {"status": 503, "body": {"error": {"code": 503, "reason": "busy"}}},
 *  "retryAfter": "3", "headers": {"X-Trace": "t"},
 *  "delayMs": 200, "drop": "before" | "after", "malformedBody": true}
 * }</pre>
 */
final class FaultRuleJson {

    private static final Set<String> FIELDS = Set.of("method", "path", "pathRegex", "times", "onCall", "probability",
            "seed", "respond", "retryAfter", "headers", "delayMs", "delay", "drop", "malformedBody");

    private FaultRuleJson() {
    }

    /**
     * Adds the rule a JSON object describes.
     *
     * @param spec the rule
     * @param faults where to add it
     * @return the rule, live
     * @throws HttpError 400 naming the field at fault (nothing is added then)
     */
    static FaultRule add(JsonNode spec, Faults faults) {
        if (!spec.isObject()) {
            throw HttpError.badRequest("A fault rule is a JSON object");
        }
        for (Iterator<String> names = spec.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw HttpError.badRequest("Unknown fault rule field " + name + "; known: " + new java.util.TreeSet<>(FIELDS));
            }
        }
        String method = text(spec, "method", "*");
        boolean glob = spec.has("path");
        if (glob == spec.has("pathRegex")) {
            throw HttpError.badRequest("A fault rule needs exactly one of path (a glob) and pathRegex");
        }
        // Everything is checked before the rule is added, so a bad field adds nothing.
        Pattern regex = null;
        if (!glob) {
            try {
                regex = Pattern.compile(text(spec, "pathRegex", null));
            } catch (PatternSyntaxException e) {
                throw HttpError.badRequest("pathRegex is not a regular expression: " + e.getDescription());
            }
        }
        int triggers = (spec.has("times") ? 1 : 0) + (spec.has("onCall") ? 1 : 0) + (spec.has("probability") ? 1 : 0);
        if (triggers > 1) {
            throw HttpError.badRequest("Give at most one of times, onCall and probability");
        }
        Integer times = positive(spec, "times");
        Integer onCall = positive(spec, "onCall");
        Double probability = spec.has("probability") ? number(spec, "probability") : null;
        if (probability != null && (probability < 0 || probability > 1)) {
            throw HttpError.badRequest("probability must be between 0 and 1");
        }
        Integer status = null;
        String body = "";
        if (spec.has("respond")) {
            JsonNode respond = spec.get("respond");
            if (!respond.isObject() || !respond.path("status").canConvertToInt()) {
                throw HttpError.badRequest("respond must be an object with a numeric status, e.g. {\"status\":503}");
            }
            status = respond.get("status").asInt();
            if (status < 100 || status > 599) {
                throw HttpError.badRequest("respond.status must be an HTTP status: " + status);
            }
            JsonNode b = respond.path("body");
            body = b.isMissingNode() || b.isNull() ? "" : b.isTextual() ? b.asText() : Json.text(b);
        }
        Duration delay = delay(spec);
        String drop = text(spec, "drop", null);
        if (drop != null && !drop.equals("before") && !drop.equals("after")) {
            throw HttpError.badRequest("drop must be before (no change made) or after (change made, answer lost)");
        }
        if (drop != null && status != null) {
            throw HttpError.badRequest("Give either respond or drop, not both");
        }
        JsonNode headers = spec.path("headers");
        if (!headers.isMissingNode() && !headers.isObject()) {
            throw HttpError.badRequest("headers must be an object of names to values");
        }
        String retryAfter = spec.has("retryAfter") ? spec.get("retryAfter").asText() : null;
        boolean malformed = spec.path("malformedBody").asBoolean(false);

        FaultRule rule = glob ? faults.on(method, text(spec, "path", null)) : faults.onRegex(method, regex.pattern());
        if (times != null) {
            rule.times(times);
        } else if (onCall != null) {
            rule.onCall(onCall);
        } else if (probability != null) {
            rule.withProbability(probability, spec.path("seed").asLong(0));
        }
        if (status != null) {
            rule.respond(status, body);
        }
        if (!delay.isZero()) {
            rule.delay(delay);
        }
        if ("before".equals(drop)) {
            rule.dropConnection();
        } else if ("after".equals(drop)) {
            rule.applyThenDropConnection();
        }
        if (malformed) {
            rule.malformedBody();
        }
        if (retryAfter != null) {
            rule.retryAfter(retryAfter);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> h = it.next();
            rule.header(h.getKey(), h.getValue().asText());
        }
        return rule;
    }

    private static Duration delay(JsonNode spec) {
        if (spec.has("delayMs")) {
            long millis = spec.get("delayMs").asLong(-1);
            if (!spec.get("delayMs").canConvertToLong() || millis < 0) {
                throw HttpError.badRequest("delayMs must be a number of milliseconds, 0 or more");
            }
            return Duration.ofMillis(millis);
        }
        if (spec.has("delay")) {
            try {
                Duration d = Duration.parse(spec.get("delay").asText());
                if (d.isNegative()) {
                    throw HttpError.badRequest("delay must not be negative");
                }
                return d;
            } catch (DateTimeParseException e) {
                throw HttpError.badRequest("delay must be an ISO-8601 duration such as PT0.5S");
            }
        }
        return Duration.ZERO;
    }

    private static String text(JsonNode spec, String field, String absent) {
        JsonNode value = spec.get(field);
        if (value == null) {
            return absent;
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw HttpError.badRequest(field + " must be a non-empty string");
        }
        return value.asText();
    }

    private static Integer positive(JsonNode spec, String field) {
        JsonNode value = spec.get(field);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
            throw HttpError.badRequest(field + " must be a whole number of at least 1");
        }
        return value.asInt();
    }

    private static double number(JsonNode spec, String field) {
        JsonNode value = spec.get(field);
        if (!value.isNumber()) {
            throw HttpError.badRequest(field + " must be a number");
        }
        return value.asDouble();
    }
}
