package io.teamsdr.core.event;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of one attempt.
 *
 * @param number the attempt number, from 1
 * @param status the HTTP status, empty when no answer arrived
 * @param duration from sending the request to the end of reading the answer, or to the failure
 * @param bytesReceived response body bytes read by the client
 * @param connectionReused whether a pooled connection was used, empty when the HTTP client does not tell
 * @param failure the type of the I/O failure when no answer arrived, such as {@code HttpTimeoutException}
 */
public record AttemptInfo(int number, OptionalInt status, Duration duration, long bytesReceived,
                          Optional<Boolean> connectionReused, Optional<String> failure) {
}
