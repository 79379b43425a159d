package io.teamsdr.core;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options that override the client's settings for some calls: timeouts, retries, extra headers, and
 * whether an answer's body may take longer than the call timeout.
 * Pass them to {@code client.withOptions(...)} to get a derived client that applies them.
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();

    private final Duration responseTimeout;
    private final Duration callTimeout;
    private final Duration idleTimeout;
    private final boolean unboundedBody;
    private final RetryOptions retry;
    private final Map<String, String> headers;

    private RequestOptions(Builder builder) {
        this.responseTimeout = builder.responseTimeout;
        this.callTimeout = builder.callTimeout;
        this.idleTimeout = builder.idleTimeout;
        this.unboundedBody = builder.unboundedBody;
        this.retry = builder.retry;
        this.headers = Map.copyOf(builder.headers);
    }

    /**
     * Options that change nothing.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Starts building options.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the per-attempt response timeout override.
     *
     * @return the timeout, if overridden
     */
    public Optional<Duration> responseTimeout() {
        return Optional.ofNullable(responseTimeout);
    }

    /**
     * Returns the whole-call timeout override.
     *
     * @return the timeout, if overridden
     */
    public Optional<Duration> callTimeout() {
        return Optional.ofNullable(callTimeout);
    }

    /**
     * Returns the idle timeout override: the longest wait for the next bytes of a body.
     *
     * @return the timeout, if overridden
     */
    public Optional<Duration> idleTimeout() {
        return Optional.ofNullable(idleTimeout);
    }

    /**
     * Tells whether an answer's body may take longer than the call timeout (the idle timeout still applies).
     *
     * @return {@code true} when the call opted out of bounding its body by the call timeout
     */
    public boolean unboundedBody() {
        return unboundedBody;
    }

    /**
     * Returns the retry override.
     *
     * @return the retry options, if overridden
     */
    public Optional<RetryOptions> retry() {
        return Optional.ofNullable(retry);
    }

    /**
     * Returns extra headers sent with every request.
     *
     * @return header names to values
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Combines these options with others; the other's settings win where both set one.
     *
     * @param other the options to lay over these
     * @return the combined options
     */
    public RequestOptions merge(RequestOptions other) {
        Builder builder = new Builder();
        builder.responseTimeout = other.responseTimeout != null ? other.responseTimeout : responseTimeout;
        builder.callTimeout = other.callTimeout != null ? other.callTimeout : callTimeout;
        builder.idleTimeout = other.idleTimeout != null ? other.idleTimeout : idleTimeout;
        builder.unboundedBody = unboundedBody || other.unboundedBody;
        builder.retry = other.retry != null ? other.retry : retry;
        builder.headers.putAll(headers);
        builder.headers.putAll(other.headers);
        return builder.build();
    }

    @Override
    public String toString() {
        return "RequestOptions{responseTimeout=" + responseTimeout + ", callTimeout=" + callTimeout
                + ", idleTimeout=" + idleTimeout + ", unboundedBody=" + unboundedBody
                + ", retry=" + retry + ", headers=" + headers.keySet() + '}';
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private Duration responseTimeout;
        private Duration callTimeout;
        private Duration idleTimeout;
        private boolean unboundedBody;
        private RetryOptions retry;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets the per-attempt response timeout.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "responseTimeout");
            return this;
        }

        /**
         * Sets the timeout for the whole call, retries and waits included.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = positive(timeout, "callTimeout");
            return this;
        }

        /**
         * Sets the longest wait for the next bytes of an answer's body.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        /**
         * Lets the body of an answer take as long as it needs, e.g. a large download on a slow link:
         * the call timeout then bounds the call only until the answer's headers arrive, and the idle
         * timeout still ends a body that stalls. Without it, every call, its body included, ends by
         * its call timeout.
         *
         * @return this builder
         */
        public Builder unboundedBody() {
            this.unboundedBody = true;
            return this;
        }

        /**
         * Sets the retry options.
         *
         * @param options the retry options
         * @return this builder
         */
        public Builder retry(RetryOptions options) {
            this.retry = Objects.requireNonNull(options, "retry");
            return this;
        }

        /**
         * Adds a header sent with every request. {@code Authorization} cannot be set here: use credentials.
         *
         * @param name the header name
         * @param value the header value
         * @return this builder
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.equalsIgnoreCase("Authorization")) {
                throw new IllegalArgumentException("set Authorization through the client's credentials");
            }
            headers.put(name, value);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
