package io.teamsdr.micrometer;

import io.micrometer.observation.Observation;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.event.CallInfo;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The observation context of one teamsdr call, what a {@link TeamsdrObservationConvention} reads. Filled
 * by {@link MicrometerCallListener} as the call's events arrive: the call and client first, the last
 * HTTP status after each attempt, the attempt count and the failure at the end.
 */
public final class TeamsdrCallContext extends Observation.Context {
    private final String client;
    private final CallInfo call;
    private volatile OptionalInt status = OptionalInt.empty();
    private volatile int attempts;
    private volatile boolean ended;
    private volatile TeamsdrException failure;

    /**
     * Creates the context of a call that starts.
     *
     * @param client the client's name, such as {@code fusion}
     * @param call the call
     */
    public TeamsdrCallContext(String client, CallInfo call) {
        this.client = Objects.requireNonNull(client, "client");
        this.call = Objects.requireNonNull(call, "call");
    }

    /**
     * Returns the name of the client that makes the call.
     *
     * @return the client name, such as {@code fusion} or {@code vsxi}
     */
    public String client() {
        return client;
    }

    /**
     * Returns the call: operation, method, path template, request id.
     *
     * @return the call
     */
    public CallInfo call() {
        return call;
    }

    /**
     * Returns the last HTTP status the call got.
     *
     * @return the status, empty until an attempt got an answer or when none did
     */
    public OptionalInt status() {
        return status;
    }

    /**
     * Returns how many attempts reached the wire.
     *
     * @return the attempts, 0 until the call ends
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Tells whether the call has ended, with a result or a failure.
     *
     * @return {@code true} once ended
     */
    public boolean ended() {
        return ended;
    }

    /**
     * Returns the exception the caller got.
     *
     * @return the failure, empty for a call that returned a result or has not ended
     */
    public Optional<TeamsdrException> failure() {
        return Optional.ofNullable(failure);
    }

    void status(int httpStatus) {
        this.status = OptionalInt.of(httpStatus);
    }

    void ended(int attemptCount) {
        this.attempts = attemptCount;
        this.ended = true;
    }

    void failed(TeamsdrException exception, int attemptCount) {
        this.failure = exception;
        setError(exception);
        ended(attemptCount);
    }
}
