package io.teamsdr.spring.boot;

import io.teamsdr.core.RetryOptions;
import java.net.URI;
import java.time.Duration;

/**
 * The settings both clients share, bound below {@code teamsdr.fusion} and {@code teamsdr.vsxi}. The
 * defaults are the SDK's own.
 */
public abstract class ClientProperties {

    /**
     * Whether to create the client bean. It is created only when an endpoint is set, too.
     */
    private boolean enabled = true;

    /**
     * Base URI of the API (http or https, no user info, query or fragment). Without it no client is created.
     */
    private URI endpoint;

    /**
     * Timeout of the TCP and TLS set-up of a connection.
     */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /**
     * Timeout of one attempt, until the response headers arrive.
     */
    private Duration responseTimeout = Duration.ofSeconds(30);

    /**
     * Timeout of a whole call: every attempt and every wait between them.
     */
    private Duration callTimeout = Duration.ofMinutes(2);

    /**
     * Most calls of the client in flight at once, sync and async together.
     */
    private int maxConcurrentRequests = 64;

    /**
     * Name of an SSL bundle (spring.ssl.bundle.*) whose trust material the client uses instead of the JDK's
     * default CAs, e.g. the CA of an appliance's self-signed certificate.
     */
    private String sslBundle;

    private final Retry retry = new Retry();

    private final Health health = new Health();

    /** Creates the properties with the SDK's defaults. */
    protected ClientProperties() {
    }

    /**
     * Tells whether the client bean may be created.
     *
     * @return {@code true} by default
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Allows or prevents the client bean.
     *
     * @param enabled whether the client bean may be created
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the base URI of the API.
     *
     * @return the endpoint, {@code null} when not set
     */
    public URI getEndpoint() {
        return endpoint;
    }

    /**
     * Sets the base URI of the API.
     *
     * @param endpoint the endpoint
     */
    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Returns the connect timeout.
     *
     * @return the timeout
     */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connectTimeout the timeout
     */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /**
     * Returns the per-attempt response timeout.
     *
     * @return the timeout
     */
    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * Sets the per-attempt response timeout.
     *
     * @param responseTimeout the timeout
     */
    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    /**
     * Returns the timeout of a whole call.
     *
     * @return the timeout
     */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /**
     * Sets the timeout of a whole call.
     *
     * @param callTimeout the timeout
     */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /**
     * Returns the concurrency limit.
     *
     * @return the most calls in flight
     */
    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * Sets the concurrency limit.
     *
     * @param maxConcurrentRequests the most calls in flight, at least 1
     */
    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    /**
     * Returns the name of the SSL bundle to trust.
     *
     * @return the bundle name, {@code null} for the JDK's default trust
     */
    public String getSslBundle() {
        return sslBundle;
    }

    /**
     * Sets the name of the SSL bundle to trust.
     *
     * @param sslBundle the bundle name
     */
    public void setSslBundle(String sslBundle) {
        this.sslBundle = sslBundle;
    }

    /**
     * Returns the retry settings.
     *
     * @return the retry settings
     */
    public Retry getRetry() {
        return retry;
    }

    /**
     * Returns the health indicator settings.
     *
     * @return the health settings
     */
    public Health getHealth() {
        return health;
    }

    /** When and how often a failed attempt of an idempotent call is retried. */
    public static class Retry {

        /**
         * Whether failed attempts of idempotent calls are retried; false makes every call one attempt.
         */
        private boolean enabled = true;

        /**
         * Attempts in all, the first included.
         */
        private int maxAttempts = 3;

        /**
         * Wait before the first retry; later waits grow by the multiplier.
         */
        private Duration initialBackoff = Duration.ofMillis(200);

        /**
         * Longest computed wait between attempts.
         */
        private Duration maxBackoff = Duration.ofSeconds(10);

        /**
         * Growth of the wait per retry.
         */
        private double multiplier = 2.0;

        /**
         * Randomisation of each wait, in [0, 1).
         */
        private double jitter = 0.5;

        /**
         * Longest Retry-After wait honoured; a longer one ends the retries.
         */
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        /** Creates the settings with the SDK's defaults. */
        public Retry() {
        }

        /**
         * Turns these settings into the SDK's options.
         *
         * @return the retry options
         */
        public RetryOptions toOptions() {
            RetryOptions defaults = RetryOptions.defaults();
            return new RetryOptions(enabled ? maxAttempts : 1, initialBackoff, maxBackoff, multiplier, jitter,
                    maxRetryAfter, defaults.retryStatuses());
        }

        /**
         * Tells whether retries are on.
         *
         * @return {@code true} by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns retries on or off.
         *
         * @param enabled whether to retry
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the attempts in all.
         *
         * @return the attempts
         */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /**
         * Sets the attempts in all.
         *
         * @param maxAttempts the attempts, at least 1
         */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /**
         * Returns the first wait.
         *
         * @return the wait
         */
        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        /**
         * Sets the first wait.
         *
         * @param initialBackoff the wait
         */
        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        /**
         * Returns the longest computed wait.
         *
         * @return the wait
         */
        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        /**
         * Sets the longest computed wait.
         *
         * @param maxBackoff the wait
         */
        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        /**
         * Returns the growth of the wait per retry.
         *
         * @return the multiplier
         */
        public double getMultiplier() {
            return multiplier;
        }

        /**
         * Sets the growth of the wait per retry.
         *
         * @param multiplier the multiplier, at least 1
         */
        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        /**
         * Returns the randomisation of each wait.
         *
         * @return the jitter
         */
        public double getJitter() {
            return jitter;
        }

        /**
         * Sets the randomisation of each wait.
         *
         * @param jitter the jitter, in [0, 1)
         */
        public void setJitter(double jitter) {
            this.jitter = jitter;
        }

        /**
         * Returns the longest Retry-After honoured.
         *
         * @return the cap
         */
        public Duration getMaxRetryAfter() {
            return maxRetryAfter;
        }

        /**
         * Sets the longest Retry-After honoured.
         *
         * @param maxRetryAfter the cap
         */
        public void setMaxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
        }
    }

    /** The health indicator of the platform. */
    public static class Health {

        /**
         * Whether the platform appears in the teamsdr health indicator.
         */
        private boolean enabled = true;

        /**
         * Timeout of the health read; it is made once, never retried.
         */
        private Duration timeout = Duration.ofSeconds(5);

        /**
         * A health read answered slower than this reports DEGRADED instead of UP.
         */
        private Duration slowThreshold = Duration.ofSeconds(2);

        /** Creates the settings with their defaults. */
        public Health() {
        }

        /**
         * Tells whether the platform is probed.
         *
         * @return {@code true} by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns the probe on or off.
         *
         * @param enabled whether to probe
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns the timeout of the health read.
         *
         * @return the timeout
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets the timeout of the health read.
         *
         * @param timeout the timeout
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /**
         * Returns the latency above which the platform is degraded.
         *
         * @return the threshold
         */
        public Duration getSlowThreshold() {
            return slowThreshold;
        }

        /**
         * Sets the latency above which the platform is degraded.
         *
         * @param slowThreshold the threshold
         */
        public void setSlowThreshold(Duration slowThreshold) {
            this.slowThreshold = slowThreshold;
        }
    }
}
