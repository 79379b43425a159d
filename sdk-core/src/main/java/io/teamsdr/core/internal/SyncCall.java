package io.teamsdr.core.internal;

import io.teamsdr.core.http.ResponseHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Drives a call on the calling thread: waits with the client's sleeper, waits for a concurrency slot
 * up to the call's deadline, sends each attempt with {@code HttpClient.send} (so the answer is read
 * without a hand-off to another thread), and runs the handler where the caller is.
 */
final class SyncCall {
    private SyncCall() {
    }

    static <T> T run(CallState state, ResponseHandler<T> handler) {
        state.started();
        Exchange accepted;
        try {
            accepted = untilAccepted(state, handler);
        } catch (RuntimeException failure) {
            throw state.failed(failure);
        }
        return state.handle(accepted, handler);
    }

    private static Exchange untilAccepted(CallState state, ResponseHandler<?> handler) {
        while (true) {
            String authorization = awaitTurn(state);
            Exchange exchange;
            try {
                exchange = new Exchange(state, authorization);
            } catch (RuntimeException failure) {
                state.releaseSlot();
                throw failure;
            }
            state.attemptStarted(exchange);
            RuntimeException failure;
            boolean unsent = false;
            try {
                exchange.sendBlocking();
                exchange.settle();
                exchange.logAnswer();
                if (handler.accepts(exchange.status())) {
                    return exchange;
                }
                failure = exchange.view().toApiException();
                exchange.finishBody();
            } catch (IOException sendFailure) {
                exchange.settle();
                exchange.logFailure(sendFailure);
                exchange.end(sendFailure);
                failure = exchange.failure(sendFailure);
                unsent = exchange.unsent(sendFailure);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                exchange.abort();
                throw state.interrupted(interrupted);
            } catch (RuntimeException unexpected) {
                exchange.end(unexpected);
                throw unexpected;
            }
            CallState.Next next = state.afterFailure(exchange, failure, unsent);
            switch (next.step()) {
                case REFRESH -> {
                    if (!state.refresh(exchange)) {
                        throw failure;
                    }
                }
                case RETRY -> sleep(state, next.delay());
                default -> throw failure;
            }
        }
    }

    /**
     * Waits out a client-wide pause and the rate limit, takes the credentials, then a concurrency slot.
     *
     * @return the {@code Authorization} value for the attempt; the caller holds a slot
     */
    private static String awaitTurn(CallState state) {
        long pause = state.pauseMillis();
        if (pause > 0) {
            sleep(state, Duration.ofMillis(Math.min(pause, Math.max(0, state.deadline().remainingMillis()))));
        }
        long rateWait = state.reserveRatePermit();
        if (rateWait > 0) {
            sleep(state, Duration.ofNanos(rateWait));
        }
        if (state.deadline().remainingMillis() <= 0) {
            throw state.timedOutBeforeSending();
        }
        String authorization = state.authorization();
        ConcurrencyLimit limit = state.limit();
        if (limit.tryAcquire()) {
            return authorization;
        }
        ConcurrencyLimit.Waiter waiter = limit.enqueue();
        try {
            waiter.get(Math.max(0, state.deadline().remainingRealNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException expired) {
            limit.abandon(waiter);
            throw state.noSlot();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            limit.abandon(waiter);
            throw state.interrupted(interrupted);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
        if (!waiter.claim()) {
            throw state.noSlot();
        }
        return authorization;
    }

    private static void sleep(CallState state, Duration wait) {
        try {
            state.sleeper().sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw state.interrupted(interrupted);
        }
    }
}
