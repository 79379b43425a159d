package io.teamsdr.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link RequestJournal}. Needs {@code assertj-core} on the test class path
 * (an optional dependency of the testkit). Failure messages list the journal.
 *
 * <pre>{@code
 * JournalAssert.assertThat(server.journal())
 *     .hasNoUnmatchedRequests()
 *     .hasRequest("PUT", "/api/**}{@code /msteams/users/bulk")
 *     .hasRequestsInOrder("GET /api/**}{@code /msteams/status", "PUT /api/**}{@code /msteams/users/*");
 * }</pre>
 */
public final class JournalAssert extends AbstractAssert<JournalAssert, RequestJournal> {

    private JournalAssert(RequestJournal actual) {
        super(actual, JournalAssert.class);
    }

    /**
     * Starts assertions on a journal.
     *
     * @param journal the journal
     * @return the assertion object
     */
    public static JournalAssert assertThat(RequestJournal journal) {
        return new JournalAssert(journal);
    }

    /**
     * Checks the total number of requests.
     *
     * @param expected expected count
     * @return this
     */
    public JournalAssert hasRequestCount(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            failWithMessage("Expected %d request(s) but the fake received %d.%n%s", expected, actual.size(),
                    actual.format());
        }
        return this;
    }

    /**
     * Checks the number of requests matching method and path.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathGlob path glob (a route template works as is)
     * @param expected expected count
     * @return this
     */
    public JournalAssert hasRequestCount(String method, String pathGlob, int expected) {
        isNotNull();
        int count = actual.requests(method, pathGlob).size();
        if (count != expected) {
            failWithMessage("Expected %d request(s) matching %s %s but found %d.%n%s", expected, method, pathGlob,
                    count, actual.format());
        }
        return this;
    }

    /**
     * Checks that at least one request matches method and path.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathGlob path glob
     * @return this
     */
    public JournalAssert hasRequest(String method, String pathGlob) {
        isNotNull();
        if (actual.requests(method, pathGlob).isEmpty()) {
            failWithMessage("Expected a request matching %s %s but none arrived.%n%s", method, pathGlob,
                    actual.format());
        }
        return this;
    }

    /**
     * Checks that no request matches method and path.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathGlob path glob
     * @return this
     */
    public JournalAssert hasNoRequest(String method, String pathGlob) {
        isNotNull();
        List<RecordedRequest> found = actual.requests(method, pathGlob);
        if (!found.isEmpty()) {
            failWithMessage("Expected no request matching %s %s but found %d.%n%s", method, pathGlob,
                    found.size(), actual.format());
        }
        return this;
    }

    /**
     * Checks that every request matched a route (none was answered 404 or 405 by the router).
     *
     * @return this
     */
    public JournalAssert hasNoUnmatchedRequests() {
        isNotNull();
        List<RecordedRequest> unmatched = actual.unmatchedRequests();
        if (!unmatched.isEmpty()) {
            failWithMessage("Expected every request to match a route but %d did not: %s%n%s", unmatched.size(),
                    unmatched, actual.format());
        }
        return this;
    }

    /**
     * Checks that requests matching the given {@code "METHOD glob"} expressions arrived in this
     * order (other requests may come in between). Globs match the path relative to the API's base
     * or the full path, so {@code "POST /teams/draft/start"} works on the VSXi fake.
     *
     * @param methodAndGlobs e.g. {@code "GET /api/**}{@code /status"} or {@code "POST /teams/draft/commit"}
     * @return this
     */
    public JournalAssert hasRequestsInOrder(String... methodAndGlobs) {
        isNotNull();
        List<RecordedRequest> all = actual.requests();
        int position = 0;
        List<String> seen = new ArrayList<>();
        for (String expression : methodAndGlobs) {
            int space = expression.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("Expected \"METHOD glob\": " + expression);
            }
            String method = expression.substring(0, space);
            PathPattern path = PathPattern.glob(expression.substring(space + 1).strip());
            boolean found = false;
            while (position < all.size()) {
                RecordedRequest r = all.get(position++);
                if (RequestJournal.matching(method, path).test(r)) {
                    found = true;
                    seen.add(expression);
                    break;
                }
            }
            if (!found) {
                failWithMessage("Expected requests in order %s; matched %s, then no %s.%n%s",
                        List.of(methodAndGlobs), seen, expression, actual.format());
            }
        }
        return this;
    }

    /**
     * Checks that some request matching method and path has a JSON body value at a pointer.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathGlob path glob
     * @param jsonPointer RFC 6901 pointer, e.g. {@code /data/0/number}
     * @param expected expected value: compared as text for strings, numbers and booleans;
     *     {@code null} means a JSON null
     * @return this
     */
    public JournalAssert hasRequestWithBodyField(String method, String pathGlob, String jsonPointer,
            Object expected) {
        isNotNull();
        List<String> seen = new ArrayList<>();
        for (RecordedRequest r : actual.requests(method, pathGlob)) {
            JsonNode node = r.jsonAt(jsonPointer);
            if (valueEquals(node, expected)) {
                return this;
            }
            seen.add(node.isMissingNode() ? "<missing>" : node.toString());
        }
        failWithMessage("Expected a request matching %s %s with %s = %s; values seen: %s%n%s", method, pathGlob,
                jsonPointer, expected, seen, actual.format());
        return this;
    }

    /**
     * Checks that no recorded header, query or body contains a text, e.g. a password the test
     * sent: proves the journal masked it.
     *
     * @param secret the text that must not appear
     * @return this
     */
    public JournalAssert doesNotContainText(String secret) {
        isNotNull();
        Objects.requireNonNull(secret, "secret");
        for (RecordedRequest r : actual.requests()) {
            if (r.body().contains(secret) || r.rawQuery().contains(secret)
                    || r.headers().values().stream().anyMatch(v -> v.contains(secret))
                    || r.query().values().stream().flatMap(List::stream).anyMatch(v -> v.contains(secret))) {
                failWithMessage("Request %s holds the text that must not be recorded", r);
            }
        }
        return this;
    }

    /**
     * Continues with assertions on the most recent request matching method and path.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathGlob path glob
     * @return assertions on that request
     */
    public RecordedRequestAssert lastRequest(String method, String pathGlob) {
        isNotNull();
        hasRequest(method, pathGlob);
        return RecordedRequestAssert.assertThat(actual.last(method, pathGlob).orElseThrow());
    }

    static boolean valueEquals(JsonNode node, Object expected) {
        if (expected == null) {
            return node.isNull();
        }
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (expected instanceof Number || expected instanceof Boolean || expected instanceof CharSequence) {
            return node.isValueNode() && node.asText().equals(expected.toString());
        }
        return node.equals(io.teamsdr.testkit.internal.Json.MAPPER.valueToTree(expected));
    }
}
