package io.teamsdr.core.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the transport needs to send one logical call, and nothing about how: the method, a
 * path template with named parameters (each value is percent-encoded as exactly one path segment,
 * so an id holding {@code /}, a space or {@code ..} cannot change the path), query parameters,
 * headers, the body, the role the operation requires, and whether it may be retried.
 *
 * <p>Resources build one spec per operation; the same spec serves the sync and the async call.
 */
public final class RequestSpec {
    private final HttpMethod method;
    private final String pathTemplate;
    private final PathTemplate template;
    private final String operation;
    private final Map<String, String> pathParams;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final RequestBody body;
    private final String requiredRole;
    private final boolean idempotent;

    private RequestSpec(Builder builder) {
        this.method = builder.method;
        this.pathTemplate = builder.pathTemplate;
        this.template = builder.template;
        this.operation = builder.operation != null ? builder.operation : method + " " + pathTemplate;
        this.pathParams = Map.copyOf(builder.pathParams);
        this.query = List.copyOf(builder.query);
        this.headers = Map.copyOf(builder.headers);
        this.body = builder.body;
        this.requiredRole = builder.requiredRole;
        this.idempotent = builder.idempotent != null ? builder.idempotent : method.isIdempotent();
    }

    /**
     * Starts a spec.
     *
     * @param method the HTTP method
     * @param pathTemplate the path below the client's endpoint, with {@code {name}} placeholders
     * @return a builder
     */
    public static Builder builder(HttpMethod method, String pathTemplate) {
        return new Builder(method, pathTemplate);
    }

    /**
     * Returns the HTTP method.
     *
     * @return the method
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * Returns the path template, used in logs and errors instead of the expanded path.
     *
     * @return the template
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * Returns the stable, low-cardinality name of the operation, such as {@code fusion.users.get}, that
     * call listeners and metrics use.
     *
     * @return the operation name; the method and path template when none was set
     */
    public String operation() {
        return operation;
    }

    /**
     * Returns the path parameter values, not yet encoded.
     *
     * @return names to values
     */
    public Map<String, String> pathParams() {
        return pathParams;
    }

    /**
     * Returns the query parameters in order; a name may repeat.
     *
     * @return name-value pairs, not yet encoded
     */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /**
     * Returns the operation's own headers.
     *
     * @return header names to values
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Returns the body.
     *
     * @return the body, {@link RequestBody#none()} when there is none
     */
    public RequestBody body() {
        return body;
    }

    /**
     * Returns the role the API documentation says the operation requires.
     *
     * @return the role name, empty when none is documented
     */
    public Optional<String> requiredRole() {
        return Optional.ofNullable(requiredRole);
    }

    /**
     * Tells whether sending the request twice has the same effect as once, so it may be retried.
     *
     * @return {@code true} when retries are allowed
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    /**
     * Returns the path with every parameter percent-encoded as one segment.
     *
     * @return the expanded, encoded path
     */
    public String expandedPath() {
        return template.expand(pathParams);
    }

    /**
     * Returns the encoded query string without the leading {@code ?}.
     *
     * @return the query string, empty when there are no parameters
     */
    public String encodedQuery() {
        if (query.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> parameter : query) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(UriEncoding.queryComponent(parameter.getKey())).append('=')
                    .append(UriEncoding.queryComponent(parameter.getValue()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }

    /** Builds a {@link RequestSpec}. */
    public static final class Builder {
        private final HttpMethod method;
        private final String pathTemplate;
        private final PathTemplate template;
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private RequestBody body = RequestBody.none();
        private String operation;
        private String requiredRole;
        private Boolean idempotent;

        private Builder(HttpMethod method, String pathTemplate) {
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
            if (!pathTemplate.startsWith("/")) {
                throw new IllegalArgumentException("pathTemplate must start with '/': " + pathTemplate);
            }
            this.template = PathTemplate.of(pathTemplate);
        }

        /**
         * Binds a path parameter.
         *
         * @param name the placeholder name without braces
         * @param value the value; encoded as one segment
         * @return this builder
         */
        public Builder pathParam(String name, Object value) {
            Objects.requireNonNull(value, () -> "path parameter " + name + " is null");
            if (!template.hasPlaceholder(name)) {
                throw new IllegalArgumentException("path template " + pathTemplate + " has no {" + name + "}");
            }
            String text = String.valueOf(value);
            if (text.isEmpty()) {
                throw new IllegalArgumentException("path parameter " + name + " is empty");
            }
            pathParams.put(name, text);
            return this;
        }

        /**
         * Adds a query parameter; calling it again with the same name repeats the parameter.
         *
         * @param name the parameter name
         * @param value the value, sent as its string form
         * @return this builder
         */
        public Builder query(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, () -> "query parameter " + name + " is null");
            query.add(Map.entry(name, String.valueOf(value)));
            return this;
        }

        /**
         * Adds a query parameter only when a value is present.
         *
         * @param name the parameter name
         * @param value the optional value
         * @return this builder
         */
        public Builder queryIfPresent(String name, Optional<?> value) {
            value.ifPresent(v -> query(name, v));
            return this;
        }

        /**
         * Adds one query parameter per value, e.g. {@code tag=a&tag=b}.
         *
         * @param name the parameter name
         * @param values the values
         * @return this builder
         */
        public Builder queryEach(String name, Collection<?> values) {
            values.forEach(v -> query(name, v));
            return this;
        }

        /**
         * Adds a header specific to this operation.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(RequestBody body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /**
         * Names the operation for call listeners and metrics: stable across versions and low-cardinality,
         * such as {@code fusion.users.get}; never an identifier or other value of one call.
         *
         * @param operation the operation name
         * @return this builder
         */
        public Builder operation(String operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
            return this;
        }

        /**
         * Sets the role the API documentation requires for the operation.
         *
         * @param role the role name
         * @return this builder
         */
        public Builder requiredRole(String role) {
            this.requiredRole = Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * Overrides whether the call may be retried; by default GET, PUT and DELETE may be and POST
         * may not. Mark a POST idempotent only when the API guarantees that repeating it is harmless.
         *
         * @param idempotent whether repeating is harmless
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * Builds the spec.
         *
         * @return the spec
         * @throws IllegalStateException when a placeholder of the template is not bound
         */
        public RequestSpec build() {
            String unbound = template.firstUnbound(pathParams);
            if (unbound != null) {
                throw new IllegalStateException("path parameter {" + unbound + "} of " + pathTemplate + " is not bound");
            }
            return new RequestSpec(this);
        }
    }
}
