package io.teamsdr.core.internal;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.TransportException;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides, over a resilience4j {@link Retry}, whether a failed attempt is tried again and after how
 * long: I/O failures and the configured statuses are retried with exponential, jittered backoff, and a
 * server's {@code Retry-After} replaces the computed wait. The caller sleeps, so tests can inject a
 * sleeper; this class only answers.
 */
final class RetryPolicy {
    private final RetryOptions options;
    private final Retry retry;

    RetryPolicy(RetryOptions options) {
        this.options = options;
        IntervalFunction backoff = options.jitter() == 0.0
                ? IntervalFunction.ofExponentialBackoff(options.initialBackoff(), options.multiplier(), options.maxBackoff())
                : IntervalFunction.ofExponentialRandomBackoff(options.initialBackoff(), options.multiplier(),
                        options.jitter(), options.maxBackoff());
        IntervalBiFunction<Object> interval = (attempt, outcome) -> outcome.isLeft()
                ? retryAfter(outcome.getLeft()).map(Duration::toMillis).orElseGet(() -> backoff.apply(attempt))
                : backoff.apply(attempt);
        this.retry = Retry.of("teamsdr", RetryConfig.custom()
                .maxAttempts(options.maxAttempts())
                .retryOnException(this::isRetryable)
                .intervalBiFunction(interval)
                .failAfterMaxAttempts(false)
                .build());
    }

    RetryOptions options() {
        return options;
    }

    /** Starts the retry bookkeeping of one logical call. */
    Retry.AsyncContext<Object> newCall() {
        return retry.asyncContext();
    }

    /**
     * Returns the wait before the next attempt, or empty when the call must fail now: the failure is
     * not retryable, the attempts are used up, the server asked for a longer wait than allowed, or the
     * wait would pass the call's deadline.
     */
    Optional<Duration> nextWait(Retry.AsyncContext<Object> call, RuntimeException failure, Deadline deadline) {
        if (retryAfter(failure).filter(wait -> wait.compareTo(options.maxRetryAfter()) > 0).isPresent()) {
            return Optional.empty();
        }
        long waitMillis = call.onError(failure);
        if (waitMillis < 0) {
            return Optional.empty();
        }
        long remainingMillis = deadline.remainingMillis();
        return waitMillis >= remainingMillis ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis));
    }

    /** The computed backoff for an attempt, used when a 429 came without {@code Retry-After}. */
    Duration backoffFor(int attempt) {
        long millis = Math.min(options.maxBackoff().toMillis(),
                (long) (options.initialBackoff().toMillis() * Math.pow(options.multiplier(), Math.max(0, attempt - 1))));
        return Duration.ofMillis(millis);
    }

    private boolean isRetryable(Throwable failure) {
        if (failure instanceof TransportException) {
            return true;
        }
        return failure instanceof ApiException api && options.retryStatuses().contains(api.status());
    }

    private static Optional<Duration> retryAfter(Throwable failure) {
        return failure instanceof ApiException api ? api.retryAfter() : Optional.empty();
    }
}
