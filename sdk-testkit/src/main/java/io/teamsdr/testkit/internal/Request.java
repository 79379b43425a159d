package io.teamsdr.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as a route handler sees it: path parameters already extracted, query decoded, body
 * read.
 */
public final class Request {

    private final String method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final RequestBody body;

    /**
     * Creates a request view.
     *
     * @param method HTTP method, upper case
     * @param path decoded path
     * @param pathParams values of the route template's {@code {param}} segments
     * @param query decoded query parameters
     * @param headers request headers, names in lower case
     * @param body raw body
     */
    public Request(String method, String path, Map<String, String> pathParams,
            Map<String, List<String>> query, Map<String, List<String>> headers, byte[] body) {
        this(method, path, pathParams, query, headers, RequestBody.of(body));
    }

    /**
     * Creates a request view whose body is read only when the handler asks for it.
     *
     * @param method HTTP method, upper case
     * @param path decoded path
     * @param pathParams values of the route template's {@code {param}} segments
     * @param query decoded query parameters
     * @param headers request headers, names in lower case
     * @param body the lazily read body
     */
    public Request(String method, String path, Map<String, String> pathParams,
            Map<String, List<String>> query, Map<String, List<String>> headers, RequestBody body) {
        this.method = method;
        this.path = path;
        this.pathParams = Map.copyOf(pathParams);
        this.query = query;
        this.headers = headers;
        this.body = body;
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
     * The request path without query.
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
     */
    public byte[] body() {
        return body.bytes().clone();
    }

    /**
     * The body as a stream, for uploads too large to hold in memory. Use either this or the
     * other body methods, not both.
     *
     * @return the body stream
     * @throws IllegalStateException when the body was already streamed
     */
    public java.io.InputStream bodyStream() {
        return body.stream();
    }

    /**
     * The body decoded as UTF-8.
     *
     * @return the body text
     */
    public String bodyText() {
        return new String(body.bytes(), StandardCharsets.UTF_8);
    }

    /**
     * The body parsed as JSON.
     *
     * @return the JSON tree
     * @throws HttpError 400 when the body is empty or not valid JSON
     */
    public JsonNode json() {
        return Json.parse(bodyText());
    }
}
