package io.teamsdr.core;

import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import io.teamsdr.core.event.CallListener;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * The settings a client was built with, immutable. Built by a {@link ClientBuilder}.
 */
public final class ClientSettings {
    private final URI endpoint;
    private final Credentials credentials;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration callTimeout;
    private final Duration idleTimeout;
    private final int maxConcurrentRequests;
    private final CallListener listener;
    private final RetryOptions retry;
    private final RateLimitOptions rateLimit;
    private final HttpClient httpClient;
    private final Executor executor;
    private final SSLContext sslContext;
    private final ProxySelector proxy;
    private final String userAgentSuffix;
    private final Sleeper sleeper;
    private final Clock clock;
    private final LogOptions logOptions;

    ClientSettings(ClientBuilder<?> builder) {
        this.endpoint = Objects.requireNonNull(builder.endpoint, "endpoint is required: call endpoint(URI) on the builder");
        this.credentials = builder.credentials;
        this.connectTimeout = builder.connectTimeout;
        this.responseTimeout = builder.responseTimeout;
        this.callTimeout = builder.callTimeout;
        this.idleTimeout = builder.idleTimeout;
        this.maxConcurrentRequests = builder.maxConcurrentRequests;
        this.listener = CallListener.composite(builder.listeners);
        this.retry = builder.retry;
        this.rateLimit = builder.rateLimit;
        this.httpClient = builder.httpClient;
        this.executor = builder.executor;
        this.sslContext = builder.sslContext;
        this.proxy = builder.proxy;
        this.userAgentSuffix = builder.userAgentSuffix;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.logOptions = builder.clientLogOptions.merge(builder.logOptions);
    }

    /**
     * Returns the base URI every path is resolved against.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Returns the credentials strategy.
     *
     * @return the credentials
     */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * Returns the TCP/TLS connect timeout.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Returns the per-attempt timeout until the response headers arrive.
     *
     * @return the response timeout
     */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /**
     * Returns the timeout of a whole call: every attempt and every wait between them.
     *
     * @return the call timeout
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * Returns the longest wait for the next bytes of an answer's body.
     *
     * @return the idle timeout
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * Returns how many requests of the client may be in flight at once.
     *
     * @return the concurrency limit
     */
    public int maxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * Returns the listener of the client's calls; several registered ones are combined into one.
     *
     * @return the listener, {@link CallListener#NONE} when none was registered
     */
    public CallListener listener() {
        return listener;
    }

    /**
     * Returns the retry options.
     *
     * @return the retry options
     */
    public RetryOptions retry() {
        return retry;
    }

    /**
     * Returns the client-side rate limit.
     *
     * @return the rate limit, empty when off
     */
    public Optional<RateLimitOptions> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    /**
     * Returns the caller's HTTP client, which the SDK uses as is and never closes.
     *
     * @return the caller's client, empty when the SDK creates its own
     */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /**
     * Returns the caller's executor for async calls and the SDK-created HTTP client.
     *
     * @return the executor, empty for the SDK's own
     */
    public Optional<Executor> executor() {
        return Optional.ofNullable(executor);
    }

    /**
     * Returns the caller's TLS context.
     *
     * @return the TLS context, empty for the JDK default trust
     */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /**
     * Returns the proxy selector.
     *
     * @return the proxy selector, empty for a direct connection
     */
    public Optional<ProxySelector> proxy() {
        return Optional.ofNullable(proxy);
    }

    /**
     * Returns the text appended to the {@code User-Agent}.
     *
     * @return the suffix, empty for none
     */
    public Optional<String> userAgentSuffix() {
        return Optional.ofNullable(userAgentSuffix);
    }

    /**
     * Returns the sleeper used between retries.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Returns the clock used for deadlines and {@code Retry-After} dates.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Tells whether request and response bodies are logged (redacted) at TRACE level.
     *
     * @return {@code true} when body logging is on
     */
    public boolean logBodies() {
        return logOptions.bodies();
    }

    /**
     * Returns what the client may log: the client's own allowed names merged with the caller's.
     *
     * @return the log options
     */
    public LogOptions logOptions() {
        return logOptions;
    }

    @Override
    public String toString() {
        return "ClientSettings{endpoint=" + endpoint + ", credentials=" + credentials
                + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
                + ", callTimeout=" + callTimeout + ", idleTimeout=" + idleTimeout
                + ", maxConcurrentRequests=" + maxConcurrentRequests + ", retry=" + retry + ", rateLimit=" + rateLimit + '}';
    }
}
