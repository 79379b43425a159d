package io.teamsdr.spring.boot.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one health read of a platform found: a Spring Boot health status code and details free of
 * secrets (no message text, no credentials; the endpoint, the read, its latency, the HTTP status, the
 * exception type and the request id).
 *
 * @param status one of {@link #UP}, {@link #DEGRADED}, {@link #OUT_OF_SERVICE}, {@link #DOWN}, {@link #UNKNOWN}
 * @param details the details, in a stable order
 */
public record ProbeResult(String status, Map<String, Object> details) {
    /** The read was answered in time. */
    public static final String UP = "UP";
    /** The platform answers, slowly or with 429: calls work but wait. Not counted in the aggregate by default. */
    public static final String DEGRADED = "DEGRADED";
    /** The platform answers but refuses this client (401, 403, other 4xx, a second factor needed). */
    public static final String OUT_OF_SERVICE = "OUT_OF_SERVICE";
    /** No usable answer: connection failure, timeout, 5xx or an unreadable body. */
    public static final String DOWN = "DOWN";
    /** Not probed: the settings needed for a read are missing. */
    public static final String UNKNOWN = "UNKNOWN";

    /**
     * Copies the details.
     *
     * @param status the status code
     * @param details the details
     */
    public ProbeResult {
        Objects.requireNonNull(status, "status");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
