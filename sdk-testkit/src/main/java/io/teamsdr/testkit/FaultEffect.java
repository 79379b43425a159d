package io.teamsdr.testkit;

import java.time.Duration;
import java.util.Map;

/**
 * What a fired {@link FaultRule} does to one call; an immutable copy taken when the rule fired, so
 * a test reconfiguring the rule does not change a call in flight. The HTTP layer applies it.
 *
 * @param description the rule as written, recorded in the journal
 * @param status status to answer instead of the fake, {@code null} to let the fake answer
 * @param body body for {@code status}
 * @param delay latency to add before answering
 * @param drop connection handling
 * @param malformed whether to corrupt the fake's JSON body
 * @param headers headers to add to the answer
 */
public record FaultEffect(String description, Integer status, String body, Duration delay,
        Drop drop, boolean malformed, Map<String, String> headers) {

    /** What happens to the connection. */
    public enum Drop {
        /** The answer is sent. */
        NONE,
        /** Closed before the fake handles the call. */
        BEFORE_HANDLER,
        /** Closed after the fake handled the call. */
        AFTER_HANDLER
    }

    /**
     * Whether the fake's handler must not run.
     *
     * @return true when the fault answers or drops instead of the fake
     */
    public boolean replacesHandler() {
        return status != null || drop == Drop.BEFORE_HANDLER;
    }

    /**
     * Whether the connection is closed before the fake's handler runs.
     *
     * @return true for {@link FaultRule#dropConnection()}
     */
    public boolean dropsBeforeHandler() {
        return drop == Drop.BEFORE_HANDLER;
    }

    /**
     * Whether the connection is closed after the fake's handler ran.
     *
     * @return true for {@link FaultRule#applyThenDropConnection()}
     */
    public boolean dropsAfterHandler() {
        return drop == Drop.AFTER_HANDLER;
    }
}
