package io.teamsdr.core.internal;

import io.github.resilience4j.core.IntervalFunction;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.event.RetryReason;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides whether a failed attempt is tried again and after how long. The one source of waits: the
 * backoff between attempts and the client-wide pause after a 429 without {@code Retry-After} both come
 * from one resilience4j {@link IntervalFunction} (exponential, with jitter); a server's
 * {@code Retry-After} replaces it. The caller does the waiting, so tests can inject a sleeper; this
 * class only answers.
 *
 * <p>What is retried: an attempt that never reached the server (connection refused) and a 429 (the
 * server did not process the request) for every method; I/O failures, timeouts and the configured
 * statuses only for idempotent calls. Never a body that cannot be sent again. Attempts count what
 * reached the wire, so {@code maxAttempts} bounds the requests the server sees.
 */
final class RetryPolicy {
    private final RetryOptions options;
    private final IntervalFunction backoff;

    RetryPolicy(RetryOptions options) {
        this.options = options;
        this.backoff = options.jitter() == 0.0
                ? IntervalFunction.ofExponentialBackoff(options.initialBackoff(), options.multiplier(), options.maxBackoff())
                : IntervalFunction.ofExponentialRandomBackoff(options.initialBackoff(), options.multiplier(),
                        options.jitter(), options.maxBackoff());
    }

    RetryOptions options() {
        return options;
    }

    /** Tells whether another attempt fits the budget after {@code attempts} reached the wire. */
    boolean hasAttemptsLeft(int attempts) {
        return attempts < options.maxAttempts();
    }

    /**
     * Tells whether the attempt after a credentials refresh fits the budget. It counts like any other
     * attempt; only with retries off ({@code maxAttempts} 1) is it still made once, since a token that
     * expired is no failure of the call that retries are meant for.
     */
    boolean allowsRefreshAfter(int attempts) {
        return attempts < Math.max(2, options.maxAttempts());
    }

    /** The computed wait before retry number {@code retry} (from 1), also the pause after a bare 429. */
    Duration backoff(int retry) {
        return Duration.ofMillis(backoff.apply(Math.max(1, retry)));
    }

    /**
     * Returns the wait before the next attempt, or empty when the call must fail now: the failure is not
     * retryable for this call, the attempts are used up, the server asked for a longer wait than
     * allowed, or the wait would pass the call's deadline.
     *
     * @param failure what the attempt ended with
     * @param unsent whether the attempt never reached the server (its connection could not be made)
     * @param idempotent whether repeating the call is harmless
     * @param replayable whether the body can be sent again
     * @param attempts the attempts that reached the wire so far
     * @param retry the number of the retry this would be, from 1
     * @param remainingMillis what is left of the call timeout
     * @return the wait, or empty to fail now
     */
    Optional<Duration> nextWait(RuntimeException failure, boolean unsent, boolean idempotent, boolean replayable,
                                int attempts, int retry, long remainingMillis) {
        if (!hasAttemptsLeft(attempts) || !isRetryable(failure, unsent, idempotent, replayable)) {
            return Optional.empty();
        }
        Optional<Duration> asked = retryAfter(failure);
        if (asked.filter(wait -> wait.compareTo(options.maxRetryAfter()) > 0).isPresent()) {
            return Optional.empty();
        }
        Duration wait = asked.orElseGet(() -> backoff(retry));
        return wait.toMillis() >= remainingMillis ? Optional.empty() : Optional.of(wait);
    }

    private boolean isRetryable(RuntimeException failure, boolean unsent, boolean idempotent, boolean replayable) {
        if (unsent) {
            // Nothing reached the server and the body was not read: repeating is harmless for any call.
            return true;
        }
        if (!replayable) {
            return false;
        }
        if (failure instanceof ApiException api && api.status() == 429) {
            return options.retryStatuses().contains(429);
        }
        if (!idempotent) {
            return false;
        }
        if (failure instanceof TransportException transport) {
            return transport.kind() != TransportException.Kind.CANCELLED && transport.kind() != TransportException.Kind.INTERRUPTED;
        }
        return failure instanceof ApiException api && options.retryStatuses().contains(api.status());
    }

    /** Why a failure is retried, for call listeners. */
    static RetryReason reason(RuntimeException failure) {
        if (failure instanceof ApiException api) {
            return api.status() == 429 ? RetryReason.RATE_LIMITED : RetryReason.RETRYABLE_STATUS;
        }
        return failure instanceof TransportException transport && transport.isTimeout()
                ? RetryReason.TIMEOUT : RetryReason.CONNECTION_FAILURE;
    }

    /** The pause of the whole client after a 429: the server's wait or the backoff, capped like a retry wait. */
    Duration pauseAfter(ApiException rateLimited, int retry) {
        Duration pause = rateLimited.retryAfter().orElseGet(() -> backoff(retry));
        return pause.compareTo(options.maxRetryAfter()) > 0 ? options.maxRetryAfter() : pause;
    }

    private static Optional<Duration> retryAfter(RuntimeException failure) {
        return failure instanceof ApiException api ? api.retryAfter() : Optional.empty();
    }
}
