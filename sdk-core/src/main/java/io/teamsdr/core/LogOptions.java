package io.teamsdr.core;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a client may write into its logs, in the manner of Azure's {@code HttpLogOptions}: everything
 * is hidden unless allowed by name. Query values are logged as their length unless the parameter is
 * allowed; headers as {@code ***} unless allowed; bodies only when enabled, and then with secrets
 * masked. Each client passes the names its API makes safe (the core knows no endpoint); options a
 * caller sets on the builder add to them. Names compare case-insensitively.
 */
public final class LogOptions {
    private static final LogOptions NONE = new LogOptions(false, Set.of(), Set.of(), Set.of());

    private final boolean bodies;
    private final Set<String> allowedQueryParams;
    private final Set<String> allowedHeaders;
    private final Set<String> secretFields;

    private LogOptions(boolean bodies, Set<String> allowedQueryParams, Set<String> allowedHeaders, Set<String> secretFields) {
        this.bodies = bodies;
        this.allowedQueryParams = allowedQueryParams;
        this.allowedHeaders = allowedHeaders;
        this.secretFields = secretFields;
    }

    /**
     * Options that allow nothing beyond the core's own safe headers and never log bodies.
     *
     * @return the options
     */
    public static LogOptions none() {
        return NONE;
    }

    /**
     * Returns a copy that logs bodies (redacted) at TRACE level, or not.
     *
     * @param enabled whether to log bodies
     * @return the copy
     */
    public LogOptions withBodies(boolean enabled) {
        return new LogOptions(enabled, allowedQueryParams, allowedHeaders, secretFields);
    }

    /**
     * Returns a copy that also logs the values of these query parameters.
     *
     * @param names parameter names, e.g. {@code page_size}
     * @return the copy
     */
    public LogOptions allowQueryParams(String... names) {
        return new LogOptions(bodies, union(allowedQueryParams, names), allowedHeaders, secretFields);
    }

    /**
     * Returns a copy that also logs the values of these headers (never {@code Authorization}).
     *
     * @param names header names
     * @return the copy
     */
    public LogOptions allowHeaders(String... names) {
        for (String name : names) {
            if ("authorization".equalsIgnoreCase(name) || "proxy-authorization".equalsIgnoreCase(name)) {
                throw new IllegalArgumentException(name + " is never logged");
            }
        }
        return new LogOptions(bodies, allowedQueryParams, union(allowedHeaders, names), secretFields);
    }

    /**
     * Returns a copy that also treats these request body fields as secrets, beyond the ones every
     * client masks (any password, secret or token field): their values are masked in logged request
     * bodies, and wherever a server echoes them back (exception messages, error bodies, logs).
     *
     * @param names JSON field names, e.g. {@code code} for a one-time code
     * @return the copy
     */
    public LogOptions secretFields(String... names) {
        return new LogOptions(bodies, allowedQueryParams, allowedHeaders, union(secretFields, names));
    }

    /**
     * Combines these options with others: names allowed or secret in either, bodies logged if either says so.
     *
     * @param other the options to add
     * @return the combined options
     */
    public LogOptions merge(LogOptions other) {
        return new LogOptions(bodies || other.bodies, union(allowedQueryParams, other.allowedQueryParams),
                union(allowedHeaders, other.allowedHeaders), union(secretFields, other.secretFields));
    }

    /**
     * Tells whether bodies are logged (redacted) at TRACE level.
     *
     * @return {@code true} when bodies are logged
     */
    public boolean bodies() {
        return bodies;
    }

    /**
     * Returns the query parameters whose values are logged, lower-cased.
     *
     * @return the names
     */
    public Set<String> allowedQueryParams() {
        return allowedQueryParams;
    }

    /**
     * Returns the headers whose values are logged beyond the core's safe ones, lower-cased.
     *
     * @return the names
     */
    public Set<String> allowedHeaders() {
        return allowedHeaders;
    }

    /**
     * Returns the extra secret request body fields, lower-cased.
     *
     * @return the names
     */
    public Set<String> secretFields() {
        return secretFields;
    }

    private static Set<String> union(Set<String> known, String... names) {
        return union(known, Arrays.stream(names).map(name -> Objects.requireNonNull(name, "name"))
                .collect(Collectors.toSet()));
    }

    private static Set<String> union(Set<String> known, Set<String> more) {
        Set<String> all = new HashSet<>(known);
        more.forEach(name -> all.add(name.toLowerCase(Locale.ROOT)));
        return Set.copyOf(all);
    }

    @Override
    public String toString() {
        return "LogOptions{bodies=" + bodies + ", allowedQueryParams=" + allowedQueryParams
                + ", allowedHeaders=" + allowedHeaders + ", secretFields=" + secretFields + '}';
    }
}
