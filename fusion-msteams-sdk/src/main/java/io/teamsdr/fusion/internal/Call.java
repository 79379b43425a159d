package io.teamsdr.fusion.internal;

import io.teamsdr.core.Sleeper;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one description of what an operation sends and how it reads the answers, which the sync and
 * the async views both run: {@link #send()} blocks, {@link #sendAsync()} does not and never throws.
 * Most operations are one request; a few chain several (the batches of a split bulk update, the
 * polls of a waiter), and the chain is described once too.
 *
 * <p>Building a request may fail validation: the sync run throws the {@link io.teamsdr.core.ValidationException},
 * the async run fails its future with it, so async callers handle every failure in one place.
 *
 * @param <T> the result type
 */
abstract class Call<T> {

    /**
     * Runs the call, blocking until its result is known.
     *
     * @return the result
     */
    abstract T send();

    /**
     * Runs the call without blocking the caller.
     *
     * @return the future result; every failure, invalid input included, completes it exceptionally
     */
    abstract CompletableFuture<T> sendAsync();

    /** One request: the spec is built when the call runs, so validation fails the future of an async run. */
    static <T> Call<T> request(Transport transport, Supplier<RequestSpec> spec, ResponseHandler<T> handler) {
        return new Call<>() {
            @Override
            T send() {
                return transport.send(spec.get(), handler);
            }

            @Override
            CompletableFuture<T> sendAsync() {
                RequestSpec built;
                try {
                    built = spec.get();
                } catch (RuntimeException invalid) {
                    return CompletableFuture.failedFuture(invalid);
                }
                return transport.sendAsync(built, handler);
            }
        };
    }

    /** A call whose result is known without sending anything. */
    static <T> Call<T> value(T result) {
        return new Call<>() {
            @Override
            T send() {
                return result;
            }

            @Override
            CompletableFuture<T> sendAsync() {
                return CompletableFuture.completedFuture(result);
            }
        };
    }

    /**
     * A call decided only when it runs, e.g. after checking the input: an exception thrown while
     * deciding is thrown by the sync run and fails the future of the async one.
     */
    static <T> Call<T> defer(Supplier<Call<T>> decide) {
        return new Call<>() {
            @Override
            T send() {
                return decide.get().send();
            }

            @Override
            CompletableFuture<T> sendAsync() {
                Call<T> decided;
                try {
                    decided = decide.get();
                } catch (RuntimeException invalid) {
                    return CompletableFuture.failedFuture(invalid);
                }
                return decided.sendAsync();
            }
        };
    }

    /**
     * Waits before going on, with the client's {@link Sleeper}: the sync run sleeps, the async run
     * uses {@link Sleeper#delay(Duration)}, which holds no thread; tests inject one sleeper for both.
     */
    static Call<Void> pause(Transport transport, Duration duration, String waitingFor) {
        Sleeper sleeper = transport.settings().sleeper();
        return new Call<>() {
            @Override
            Void send() {
                sleep(sleeper, duration, waitingFor);
                return null;
            }

            @Override
            CompletableFuture<Void> sendAsync() {
                return sleeper.delay(duration).exceptionally(failure -> {
                    throw new TeamsdrException("Interrupted while waiting for " + waitingFor
                            + "; the change may still complete.", unwrap(failure));
                });
            }
        };
    }

    private static void sleep(Sleeper sleeper, Duration duration, String waitingFor) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TeamsdrException("Interrupted while waiting for " + waitingFor
                    + "; the change may still complete.", interrupted);
        }
    }

    /**
     * Runs another call with this one's result.
     *
     * @param next decides the following call from the result
     * @param <R> the final result type
     * @return the chained call
     */
    final <R> Call<R> then(Function<? super T, Call<R>> next) {
        Objects.requireNonNull(next, "next");
        Call<T> first = this;
        return new Call<>() {
            @Override
            R send() {
                return next.apply(first.send()).send();
            }

            @Override
            CompletableFuture<R> sendAsync() {
                return first.sendAsync().thenCompose(result -> next.apply(result).sendAsync());
            }
        };
    }

    /**
     * Transforms this call's result.
     *
     * @param transform the transformation
     * @param <R> the new result type
     * @return the transformed call
     */
    final <R> Call<R> map(Function<? super T, ? extends R> transform) {
        Objects.requireNonNull(transform, "transform");
        return then(result -> value(transform.apply(result)));
    }

    /**
     * Replaces a failure of this call by another exception, e.g. one that carries what was done so far.
     *
     * @param replace gives the exception to raise instead
     * @return the call
     */
    final Call<T> mapFailure(Function<RuntimeException, RuntimeException> replace) {
        Objects.requireNonNull(replace, "replace");
        Call<T> inner = this;
        return new Call<>() {
            @Override
            T send() {
                try {
                    return inner.send();
                } catch (RuntimeException failure) {
                    throw replace.apply(failure);
                }
            }

            @Override
            CompletableFuture<T> sendAsync() {
                return inner.sendAsync().exceptionally(failure -> {
                    Throwable cause = unwrap(failure);
                    throw cause instanceof RuntimeException runtime ? replace.apply(runtime) : new CompletionException(cause);
                });
            }
        };
    }

    /** The exception an async step failed with, without the {@link CompletionException} around it. */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
