package io.teamsdr.core.event;

import io.teamsdr.core.TeamsdrException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Observes the calls of one client, in the shape of OkHttp's {@code EventListener}: one logical call
 * starts, makes one or more attempts (with retries and client-wide pauses between them) and ends with a
 * result or a failure.
 *
 * <p>For each call the client reports, in this order: {@link #callStarted}, then per attempt
 * {@link #attemptStarted} and {@link #attemptEnded}, a {@link #retryScheduled} before every further
 * attempt, {@link #clientPaused} when a 429 pauses the whole client, and exactly one of
 * {@link #callEnded} or {@link #callFailed}. Async calls report the same events from the threads that
 * complete them.
 *
 * <p>Every method has an empty default, so a listener implements only what it needs. Methods must be
 * fast and thread-safe; they run on the calling or completing thread. An exception thrown by a listener
 * is logged and ignored: it never breaks a call. No event carries a path parameter value, a query value,
 * a header or a body, so no identifier or secret reaches a listener.
 */
public interface CallListener {

    /** A listener that ignores every event. */
    CallListener NONE = new CallListener() {
    };

    /**
     * Returns one listener that forwards every event to each of the given listeners in order.
     *
     * @param listeners the listeners
     * @return the composite, which logs and ignores what a listener throws; {@link #NONE} when the list is empty
     */
    static CallListener composite(List<? extends CallListener> listeners) {
        List<CallListener> copy = List.copyOf(Objects.requireNonNull(listeners, "listeners"));
        if (copy.isEmpty()) {
            return NONE;
        }
        return new CompositeCallListener(copy);
    }

    /**
     * A logical call starts, before it waits for a concurrency permit or a client-wide pause.
     *
     * @param call the call
     */
    default void callStarted(CallInfo call) {
    }

    /**
     * An attempt is about to be sent.
     *
     * @param call the call
     * @param attempt the attempt number, from 1
     */
    default void attemptStarted(CallInfo call, int attempt) {
    }

    /**
     * An attempt ended: an HTTP answer arrived and was read, or the attempt failed without one.
     *
     * @param call the call
     * @param attempt what the attempt got
     */
    default void attemptEnded(CallInfo call, AttemptInfo attempt) {
    }

    /**
     * The call will be tried again after a wait.
     *
     * @param call the call
     * @param attempt the number of the attempt that failed
     * @param reason why the attempt is retried
     * @param wait how long the client waits before the next attempt
     */
    default void retryScheduled(CallInfo call, int attempt, RetryReason reason, Duration wait) {
    }

    /**
     * A 429 answer paused every call of the client.
     *
     * @param call the call that got the 429
     * @param pause how long the client pauses
     */
    default void clientPaused(CallInfo call, Duration pause) {
    }

    /**
     * The call ended with an accepted answer.
     *
     * @param call the call
     * @param status the HTTP status of the accepted answer
     * @param attempts how many attempts reached the wire
     * @param duration the time from {@link #callStarted} to the result
     */
    default void callEnded(CallInfo call, int status, int attempts, Duration duration) {
    }

    /**
     * The call failed.
     *
     * @param call the call
     * @param failure the exception the caller gets
     * @param attempts how many attempts reached the wire
     * @param duration the time from {@link #callStarted} to the failure
     */
    default void callFailed(CallInfo call, TeamsdrException failure, int attempts, Duration duration) {
    }
}
