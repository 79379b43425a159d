package io.teamsdr.core.event;

import io.teamsdr.core.TeamsdrException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forwards each event to several listeners; one that throws neither breaks the call nor the others. */
final class CompositeCallListener implements CallListener {
    private static final Logger LOG = LoggerFactory.getLogger(CallListener.class);

    private final List<CallListener> listeners;

    CompositeCallListener(List<CallListener> listeners) {
        this.listeners = listeners;
    }

    private void each(Consumer<CallListener> event) {
        for (CallListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException failure) {
                LOG.warn("call listener {} failed; the call goes on", listener.getClass().getName(), failure);
            }
        }
    }

    @Override
    public void callStarted(CallInfo call) {
        each(listener -> listener.callStarted(call));
    }

    @Override
    public void attemptStarted(CallInfo call, int attempt) {
        each(listener -> listener.attemptStarted(call, attempt));
    }

    @Override
    public void attemptEnded(CallInfo call, AttemptInfo attempt) {
        each(listener -> listener.attemptEnded(call, attempt));
    }

    @Override
    public void retryScheduled(CallInfo call, int attempt, RetryReason reason, Duration wait) {
        each(listener -> listener.retryScheduled(call, attempt, reason, wait));
    }

    @Override
    public void clientPaused(CallInfo call, Duration pause) {
        each(listener -> listener.clientPaused(call, pause));
    }

    @Override
    public void callEnded(CallInfo call, int status, int attempts, Duration duration) {
        each(listener -> listener.callEnded(call, status, attempts, duration));
    }

    @Override
    public void callFailed(CallInfo call, TeamsdrException failure, int attempts, Duration duration) {
        each(listener -> listener.callFailed(call, failure, attempts, duration));
    }
}
