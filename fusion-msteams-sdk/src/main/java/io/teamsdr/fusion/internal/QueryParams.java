package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.UriEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The query of a paged listing, in a fixed order. The same instance both adds the parameters to each
 * page's request and gives the canonical text that {@link io.teamsdr.core.Paged} binds into every
 * {@link io.teamsdr.core.Cursor}, so the query a token is sent with and the query a cursor names
 * cannot drift apart.
 */
final class QueryParams {
    private final List<Map.Entry<String, String>> entries = new ArrayList<>();

    /**
     * Adds a parameter.
     *
     * @param name the name
     * @param value the value, sent as its string form
     * @return this
     */
    public QueryParams add(String name, Object value) {
        entries.add(Map.entry(Objects.requireNonNull(name, "name"), String.valueOf(Objects.requireNonNull(value, name))));
        return this;
    }

    /**
     * Adds a parameter when a value is present.
     *
     * @param name the name
     * @param value the optional value
     * @return this
     */
    public QueryParams addIfPresent(String name, Optional<?> value) {
        value.ifPresent(v -> add(name, v));
        return this;
    }

    /**
     * Adds the parameters to a request, in order.
     *
     * @param spec the request being built
     * @return the same request builder
     */
    public RequestSpec.Builder applyTo(RequestSpec.Builder spec) {
        entries.forEach(entry -> spec.query(entry.getKey(), entry.getValue()));
        return spec;
    }

    /**
     * Returns the canonical text: the parameters percent-encoded exactly as they are sent.
     *
     * @return the query string without {@code ?}
     */
    public String canonical() {
        return entries.stream()
                .map(entry -> UriEncoding.queryComponent(entry.getKey()) + "=" + UriEncoding.queryComponent(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return canonical();
    }
}
