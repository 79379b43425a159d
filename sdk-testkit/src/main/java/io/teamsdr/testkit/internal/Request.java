package io.teamsdr.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as a route handler sees it: path parameters already extracted, query decoded, body
 * read on demand (or ahead, with {@link #readBody(long)}).
 */
public final class Request {

    private final String method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final RequestBody body;
    private JsonNode json;
    private HttpError jsonFailure;

    /**
     * Creates a request view whose body is read only when the handler asks for it.
     *
     * @param method HTTP method as sent (methods are case-sensitive)
     * @param path decoded path, relative to the API base
     * @param pathParams values of the route template's {@code {param}} segments
     * @param query decoded query parameters
     * @param headers request headers, names in lower case
     * @param body the lazily read body
     */
    public Request(String method, String path, Map<String, String> pathParams,
            Map<String, List<String>> query, Map<String, List<String>> headers, RequestBody body) {
        this.method = method;
        this.path = path;
        this.pathParams = java.util.Collections.unmodifiableMap(pathParams);
        this.query = query;
        this.headers = headers;
        this.body = body;
    }

    /**
     * The HTTP method.
     *
     * @return the method as sent
     */
    public String method() {
        return method;
    }

    /**
     * The request path without query, relative to the API base, decoded ({@code %2F} inside a
     * segment shown as {@code %2F}).
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * A path parameter of the matched template.
     *
     * @param name parameter name as written in the template, without braces
     * @return its value
     * @throws IllegalArgumentException when the template has no such parameter (a programming error)
     */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Route has no path parameter " + name);
        }
        return value;
    }

    /**
     * The first value of a query parameter.
     *
     * @param name parameter name
     * @return the value, empty when absent
     */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * All decoded query parameters.
     *
     * @return parameter name to values
     */
    public Map<String, List<String>> queryParams() {
        return query;
    }

    /**
     * The first value of a header.
     *
     * @param name header name, any case
     * @return the value, empty when absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The raw body.
     *
     * @return a copy of the body bytes
     * @throws HttpError 408, 400 or 413 when the body stalls, breaks its framing or passes the server's cap
     */
    public byte[] body() {
        return body.bytes().clone();
    }

    /**
     * Reads the whole body now, so that a handler holding a lock never waits for the client.
     *
     * @param maxBytes the largest body accepted
     * @return the body (not a copy: do not change it)
     * @throws HttpError 413 when the body is larger than {@code maxBytes}; 408 or 400 as for {@link #body()}
     */
    public byte[] readBody(long maxBytes) {
        return body.bytes(maxBytes);
    }

    /**
     * The body as a stream, for uploads too large to hold in memory. Use either this or the
     * other body methods, not both.
     *
     * @return the body stream; a stall or framing error is thrown from its reads as an {@link HttpError}
     * @throws IllegalStateException when the body was already streamed
     */
    public java.io.InputStream bodyStream() {
        return body.stream();
    }

    /**
     * The body decoded as UTF-8, each malformed sequence replaced (for checks such as "is the body
     * blank"; {@link #json()} refuses malformed UTF-8).
     *
     * @return the body text
     */
    public String bodyText() {
        return new String(body.bytes(), StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON, once: later calls return the same tree or throw the same error.
     *
     * @return the JSON tree
     * @throws HttpError 400 when the body is empty, not valid UTF-8, not valid JSON or holds a
     *     duplicate key
     */
    public synchronized JsonNode json() {
        if (jsonFailure != null) {
            throw jsonFailure;
        }
        if (json == null) {
            try {
                json = Json.parseUtf8(body.bytes());
            } catch (HttpError e) {
                jsonFailure = e;
                throw e;
            }
        }
        return json;
    }
}
