package io.teamsdr.spring.boot.health;

import io.teamsdr.core.ApiException;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Reads one cheap resource of a platform and classifies the result, independently of the Spring Boot
 * health API (so that one classification serves every Boot version):
 * <ul>
 *   <li>{@code UP}: answered within the slow threshold;</li>
 *   <li>{@code DEGRADED}: answered, but slower than the threshold, or 429 Too Many Requests: calls work
 *       but wait;</li>
 *   <li>{@code OUT_OF_SERVICE}: answered, but refuses this client: 401 or 403 (credentials, roles), any
 *       other 4xx (such as a subscription that does not exist) or a login that needs a second factor.
 *       Every call fails until the configuration is fixed;</li>
 *   <li>{@code DOWN}: no usable answer: connection refused or reset, TLS failure, timeout, 5xx, or a
 *       body that cannot be read;</li>
 *   <li>{@code UNKNOWN}: not probed, because what the read needs is not configured.</li>
 * </ul>
 * The read is made once, never retried, with the health timeout, through the application's client
 * (so it also shows in the client's metrics).
 */
public abstract class PlatformProbe {
    private final URI endpoint;
    private final Duration slowThreshold;
    private final LongSupplier nanoTime;

    /**
     * Creates a probe.
     *
     * @param endpoint the platform's endpoint, shown in the details; {@code null} when unknown
     * @param slowThreshold the latency above which the platform is degraded
     * @param nanoTime the time source, {@code System::nanoTime} outside tests
     */
    protected PlatformProbe(URI endpoint, Duration slowThreshold, LongSupplier nanoTime) {
        this.endpoint = endpoint;
        this.slowThreshold = Objects.requireNonNull(slowThreshold, "slowThreshold");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Names the read, such as {@code GET /teams/tenants}.
     *
     * @return the method and path template of the read
     */
    protected abstract String read();

    /**
     * Tells why the platform cannot be probed.
     *
     * @return the missing settings, empty when the read can be made
     */
    protected Optional<String> notProbed() {
        return Optional.empty();
    }

    /**
     * Makes the read.
     *
     * @param details where to add what the read found (counts, states), never a secret
     */
    protected abstract void readInto(Map<String, Object> details);

    /**
     * Probes the platform.
     *
     * @return the status and details
     */
    public final ProbeResult probe() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (endpoint != null) {
            details.put("endpoint", endpoint.toString());
        }
        details.put("read", read());
        Optional<String> missing = notProbed();
        if (missing.isPresent()) {
            details.put("reason", missing.get());
            return new ProbeResult(ProbeResult.UNKNOWN, details);
        }
        long start = nanoTime.getAsLong();
        try {
            readInto(details);
            Duration latency = Duration.ofNanos(nanoTime.getAsLong() - start);
            details.put("latencyMs", latency.toMillis());
            if (latency.compareTo(slowThreshold) > 0) {
                details.put("slowThresholdMs", slowThreshold.toMillis());
                return new ProbeResult(ProbeResult.DEGRADED, details);
            }
            return new ProbeResult(ProbeResult.UP, details);
        } catch (RuntimeException failure) {
            details.put("latencyMs", Duration.ofNanos(nanoTime.getAsLong() - start).toMillis());
            details.put("error", failure.getClass().getSimpleName());
            return new ProbeResult(classify(failure, details), details);
        }
    }

    private static String classify(RuntimeException failure, Map<String, Object> details) {
        if (failure instanceof ApiException api) {
            details.put("httpStatus", api.status());
            api.errorCode().ifPresent(code -> details.put("errorCode", code));
            details.put("requestId", api.requestId());
            if (failure instanceof RateLimitedException) {
                return ProbeResult.DEGRADED;
            }
            return api.status() >= 500 ? ProbeResult.DOWN : ProbeResult.OUT_OF_SERVICE;
        }
        if (failure instanceof TransportException transport) {
            details.put("requestId", transport.requestId());
            return ProbeResult.DOWN;
        }
        if (failure instanceof DecodingException decoding) {
            details.put("httpStatus", decoding.status());
            return ProbeResult.DOWN;
        }
        if (failure instanceof TeamsdrException) {
            // Answered, but the client cannot go on by itself: a second factor, a rejected setting.
            return ProbeResult.OUT_OF_SERVICE;
        }
        return ProbeResult.DOWN;
    }
}
