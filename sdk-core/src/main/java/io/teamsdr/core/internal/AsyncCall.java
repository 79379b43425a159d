package io.teamsdr.core.internal;

import io.teamsdr.core.TransportException;
import io.teamsdr.core.http.ResponseHandler;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;

/**
 * Drives a call without holding a thread while it waits: pauses, rate-limit waits and retry waits are
 * futures of the client's sleeper (a shared timer), a call without a free concurrency slot waits in
 * the slot queue, and each attempt is sent with {@code HttpClient.sendAsync}. What follows a wait runs
 * on the client's executor. Only a credential refresh, and a handler reading a body longer than the
 * reader's window, run there as blocking tasks.
 *
 * <p>Cancelling the returned future, or the deadline passing, abandons whatever the call waits on: the
 * timer, its place in the slot queue, or the exchange in flight, whose slot is then given back.
 */
final class AsyncCall<T> {
    private final CallState state;
    private final ResponseHandler<T> handler;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    /** What the call waits on now: a timer, a slot, or an exchange's future; cancelled when the call ends early. */
    private volatile Future<?> waitingOn;
    private volatile Exchange exchange;

    private AsyncCall(CallState state, ResponseHandler<T> handler) {
        this.state = state;
        this.handler = handler;
    }

    static <T> CompletableFuture<T> start(CallState state, ResponseHandler<T> handler) {
        AsyncCall<T> call = new AsyncCall<>(state, handler);
        call.result.whenComplete((value, failure) -> {
            if (failure instanceof CancellationException) {
                call.cancelled();
            }
        });
        state.started();
        call.awaitTurn();
        return call.result;
    }

    private void awaitTurn() {
        if (result.isDone()) {
            return;
        }
        long pause = state.pauseMillis();
        if (pause > 0) {
            waitThen(Duration.ofMillis(Math.min(pause, Math.max(0, state.deadline().remainingMillis()))), this::afterPause);
        } else {
            afterPause();
        }
    }

    private void afterPause() {
        long rateWait;
        try {
            rateWait = state.reserveRatePermit();
        } catch (RuntimeException exhausted) {
            fail(exhausted);
            return;
        }
        if (rateWait > 0) {
            waitThen(Duration.ofNanos(rateWait), this::takeSlot);
        } else {
            takeSlot();
        }
    }

    private void takeSlot() {
        if (result.isDone()) {
            return;
        }
        if (state.deadline().remainingMillis() <= 0) {
            fail(state.timedOutBeforeSending());
            return;
        }
        String authorization;
        try {
            authorization = state.authorization();
        } catch (RuntimeException failure) {
            fail(failure);
            return;
        }
        ConcurrencyLimit limit = state.limit();
        if (limit.tryAcquire()) {
            send(authorization);
            return;
        }
        ConcurrencyLimit.Waiter waiter = limit.enqueue();
        waitingOn = waiter;
        Watchdog.Watched expiry = new Watchdog.Watched() {
            @Override
            public boolean isOverdue() {
                return state.deadline().remainingRealNanos() <= 0;
            }

            @Override
            public void expire() {
                limit.abandon(waiter);
                fail(state.noSlot());
            }
        };
        Watchdog.watch(expiry);
        waiter.whenComplete((granted, abandoned) -> {
            Watchdog.unwatch(expiry);
            if (abandoned != null || !waiter.claim()) {
                return;
            }
            if (result.isDone()) {
                state.releaseSlot();
                return;
            }
            send(authorization);
        });
        if (result.isDone()) {
            limit.abandon(waiter);
        }
    }

    /** Sends one attempt; the call holds a slot, which the exchange gives back when it ends. */
    private void send(String authorization) {
        Exchange attempt;
        try {
            attempt = new Exchange(state, authorization);
        } catch (RuntimeException failure) {
            state.releaseSlot();
            fail(failure);
            return;
        }
        exchange = attempt;
        state.attemptStarted(attempt);
        attempt.onReady(() -> {
            if (attempt.claimAnswer()) {
                attempt.answerTaken();
                answered(attempt, null);
            }
        });
        CompletableFuture<? extends HttpResponse<?>> sent;
        try {
            HttpRequest request = attempt.request();
            attempt.awaitAnswer();
            sent = state.transport().httpClient().sendAsync(request, attempt.bodyHandler());
        } catch (RuntimeException failure) {
            attempt.end(failure);
            fail(failure);
            return;
        }
        attempt.inFlight(sent);
        waitingOn = sent;
        if (result.isDone() && attempt.claimAnswer()) {
            // cancelled or timed out while sending; a result made from this attempt's own answer, which on
            // loopback can arrive before sendAsync returns, leaves the exchange (and its reused connection) alone
            attempt.abort();
            return;
        }
        sent.whenComplete((response, failure) -> {
            if (attempt.claimAnswer()) {
                answered(attempt, failure);
            }
        });
    }

    private void answered(Exchange attempt, Throwable error) {
        attempt.settle();
        if (result.isDone()) {
            attempt.abort();
            return;
        }
        RuntimeException failure;
        boolean unsent = false;
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            attempt.logFailure(cause);
            attempt.end(cause);
            failure = attempt.failure(cause);
            unsent = attempt.unsent(cause);
        } else {
            attempt.logAnswer();
            if (handler.accepts(attempt.status())) {
                accepted(attempt);
                return;
            }
            failure = attempt.view().toApiException();
            attempt.finishBody();
        }
        CallState.Next next = state.afterFailure(attempt, failure, unsent);
        switch (next.step()) {
            case REFRESH -> refreshThenRetry(attempt, failure);
            case RETRY -> waitThen(next.delay(), this::awaitTurn);
            default -> fail(failure);
        }
    }

    /** The refresh may log in, a blocking call: it runs on the executor. */
    private void refreshThenRetry(Exchange rejected, RuntimeException failure) {
        CompletableFuture.supplyAsync(() -> state.refresh(rejected), state.transport().executor())
                .whenComplete((renewed, error) -> {
                    if (error != null) {
                        fail(error instanceof CompletionException && error.getCause() instanceof RuntimeException cause
                                ? cause : new IllegalStateException(error));
                    } else if (renewed) {
                        awaitTurn();
                    } else {
                        fail(failure);
                    }
                });
    }

    /** Runs the handler where the answer is: at once when the body is in memory, else on the executor. */
    private void accepted(Exchange attempt) {
        if (attempt.reader().isComplete()) {
            complete(attempt);
        } else {
            state.transport().executor().execute(() -> complete(attempt));
        }
    }

    private void complete(Exchange attempt) {
        try {
            result.complete(state.handle(attempt, handler));
        } catch (RuntimeException failure) {
            result.completeExceptionally(failure);
        }
    }

    private void waitThen(Duration wait, Runnable next) {
        CompletableFuture<Void> timer = state.sleeper().delay(wait);
        waitingOn = timer;
        timer.whenCompleteAsync((ignored, error) -> {
            Throwable failure = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (failure == null) {
                next.run();
            } else if (failure instanceof InterruptedException interrupted) {
                fail(state.interrupted(interrupted));
            } else if (!(failure instanceof CancellationException)) {
                fail(failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure));
            }
        }, state.transport().executor());
        if (result.isDone()) {
            timer.cancel(false);
        }
    }

    private void fail(RuntimeException failure) {
        if (result.completeExceptionally(failure)) {
            state.failed(failure);
            stopWaiting();
        }
    }

    /** The caller cancelled the returned future: abandon what the call waits on, report the call as failed. */
    private void cancelled() {
        state.failed(new TransportException(state.context(), TransportException.Kind.CANCELLED, 0, null));
        stopWaiting();
    }

    private void stopWaiting() {
        Future<?> waiting = waitingOn;
        if (waiting instanceof ConcurrencyLimit.Waiter waiter) {
            state.limit().abandon(waiter);
        } else if (waiting != null) {
            waiting.cancel(true);
        }
        Exchange current = exchange;
        if (current != null) {
            current.abort();
        }
    }
}
