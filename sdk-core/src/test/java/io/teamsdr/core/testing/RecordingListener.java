package io.teamsdr.core.testing;

import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.event.AttemptInfo;
import io.teamsdr.core.event.CallInfo;
import io.teamsdr.core.event.CallListener;
import io.teamsdr.core.event.RetryReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Notes every event as a short line, e.g. {@code attemptEnded 1 503}, and the calls' infos. */
public final class RecordingListener implements CallListener {
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<CallInfo> calls = new CopyOnWriteArrayList<>();
    private final List<AttemptInfo> attempts = new CopyOnWriteArrayList<>();
    private final List<TeamsdrException> failures = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    public List<String> events() {
        return List.copyOf(events);
    }

    public List<CallInfo> calls() {
        return List.copyOf(calls);
    }

    public List<AttemptInfo> attempts() {
        return List.copyOf(attempts);
    }

    public List<TeamsdrException> failures() {
        return List.copyOf(failures);
    }

    /** Waits (bounded) for the first call to end or fail: async calls report from other threads. */
    public RecordingListener awaitEnd() throws InterruptedException {
        if (!ended.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no call ended; events so far: " + events);
        }
        return this;
    }

    @Override
    public void callStarted(CallInfo call) {
        calls.add(call);
        events.add("callStarted " + call.operation());
    }

    @Override
    public void attemptStarted(CallInfo call, int attempt) {
        events.add("attemptStarted " + attempt);
    }

    @Override
    public void attemptEnded(CallInfo call, AttemptInfo attempt) {
        attempts.add(attempt);
        events.add("attemptEnded " + attempt.number() + " "
                + (attempt.status().isPresent() ? String.valueOf(attempt.status().getAsInt()) : attempt.failure().orElse("?")));
    }

    @Override
    public void retryScheduled(CallInfo call, int attempt, RetryReason reason, Duration wait) {
        events.add("retryScheduled " + attempt + " " + reason + " " + wait.toMillis() + "ms");
    }

    @Override
    public void clientPaused(CallInfo call, Duration pause) {
        events.add("clientPaused " + pause.toMillis() + "ms");
    }

    @Override
    public void callEnded(CallInfo call, int status, int attempts, Duration duration) {
        events.add("callEnded " + status + " after " + attempts);
        ended.countDown();
    }

    @Override
    public void callFailed(CallInfo call, TeamsdrException failure, int attempts, Duration duration) {
        failures.add(failure);
        events.add("callFailed " + failure.getClass().getSimpleName() + " after " + attempts);
        ended.countDown();
    }
}
