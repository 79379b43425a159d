package io.teamsdr.testkit.vsxi;

import java.time.Instant;

/**
 * A committed session of the fake's history, for assertions in tests.
 *
 * @param session the session key
 * @param timestamp when it was committed
 * @param description its description, empty when none was given
 */
public record VsxiSession(String session, Instant timestamp, String description) {
}
