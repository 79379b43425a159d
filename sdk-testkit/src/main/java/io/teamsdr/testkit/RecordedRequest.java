package io.teamsdr.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.teamsdr.testkit.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the fake received it, with secrets already masked ({@code ***}): credential
 * headers keep only their scheme ({@code Bearer ***}), secret JSON fields and CSV columns are
 * masked, and the body is capped. Immutable.
 */
public final class RecordedRequest {

    /** Status recorded when the fake closed the connection without answering. */
    public static final int NO_RESPONSE = 0;

    private final long sequence;
    private final Instant receivedAt;
    private final String method;
    private final String basePath;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private final Map<String, String> headers;
    private final String body;
    private final long bodyBytes;
    private final boolean bodyTruncated;
    private final int status;
    private final String route;
    private final String fault;

    RecordedRequest(long sequence, Instant receivedAt, String method, String basePath, String path, String rawQuery,
            Map<String, List<String>> query, Map<String, String> headers, String body, long bodyBytes,
            boolean bodyTruncated, int status, String route, String fault) {
        this.sequence = sequence;
        this.receivedAt = receivedAt;
        this.method = method;
        this.basePath = basePath;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.bodyBytes = bodyBytes;
        this.bodyTruncated = bodyTruncated;
        this.status = status;
        this.route = route;
        this.fault = fault;
    }

    /**
     * Position in the journal, starting at 1, in arrival order.
     *
     * @return the sequence number
     */
    public long sequence() {
        return sequence;
    }

    /**
     * When the request arrived (server clock).
     *
     * @return the arrival time
     */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * The HTTP method.
     *
     * @return upper-case method
     */
    public String method() {
        return method;
    }

    /**
     * The decoded path without query, relative to the API's base: {@code /teams/draft/start} on the
     * VSXi fake, whose API lives below {@code /SSConfig/webresources}; the whole path on the Fusion
     * fake, whose API is at the root. A {@code %2F} inside a segment is shown as {@code %2F}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The decoded path as sent, base included, e.g.
     * {@code /SSConfig/webresources/teams/draft/start}.
     *
     * @return the full path
     */
    public String fullPath() {
        return basePath + path;
    }

    /**
     * The raw query string as sent, secrets masked; empty when there was none.
     *
     * @return the raw query
     */
    public String rawQuery() {
        return rawQuery;
    }

    /**
     * Decoded query parameters, secrets masked.
     *
     * @return name to values
     */
    public Map<String, List<String>> query() {
        return query;
    }

    /**
     * The first value of a decoded query parameter.
     *
     * @param name parameter name
     * @return the value, empty when absent
     */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Request headers (names in lower case, several values joined by {@code ", "}), credentials
     * masked.
     *
     * @return name to value
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * A request header.
     *
     * @param name header name, any case
     * @return the value, empty when absent
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The request body as text, secrets masked, capped (see {@link #bodyTruncated()}).
     *
     * @return the body, empty when there was none
     */
    public String body() {
        return body;
    }

    /**
     * The size of the body as received, before capping.
     *
     * @return number of bytes
     */
    public long bodyBytes() {
        return bodyBytes;
    }

    /**
     * Whether {@link #body()} was cut at the journal's cap.
     *
     * @return true when truncated
     */
    public boolean bodyTruncated() {
        return bodyTruncated;
    }

    /**
     * The (masked) body parsed as JSON.
     *
     * @return the tree, or a missing node when the body is empty, truncated or not JSON
     */
    public JsonNode json() {
        if (body.isEmpty() || bodyTruncated) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (java.io.IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    /**
     * A value of the JSON body.
     *
     * @param jsonPointer an RFC 6901 pointer such as {@code /data/0/upn}
     * @return the node, a missing node when absent
     */
    public JsonNode jsonAt(String jsonPointer) {
        return json().at(jsonPointer);
    }

    /**
     * The status the fake answered, or {@link #NO_RESPONSE} when it dropped the connection.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The route that handled the request, e.g. {@code GET /api/v01/.../msteams/status}.
     *
     * @return the route, empty when no route matched (404 or 405)
     */
    public Optional<String> route() {
        return Optional.ofNullable(route);
    }

    /**
     * Whether a route matched this request.
     *
     * @return false for requests answered 404 or 405 by the router
     */
    public boolean matched() {
        return route != null;
    }

    /**
     * The injected fault applied to this request.
     *
     * @return a description of the fault rule, empty when none fired
     */
    public Optional<String> fault() {
        return Optional.ofNullable(fault);
    }

    /**
     * One line: sequence, method, path and query, status, route or fault.
     *
     * @return a readable summary without secrets
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(sequence).append(' ').append(method).append(' ').append(path);
        if (!rawQuery.isEmpty()) {
            sb.append('?').append(rawQuery);
        }
        sb.append(" -> ").append(status == NO_RESPONSE ? "no response" : String.valueOf(status));
        sb.append(route == null ? " (no route)" : "");
        if (fault != null) {
            sb.append(" [fault: ").append(fault).append(']');
        }
        return sb.toString();
    }
}
