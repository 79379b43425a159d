package io.teamsdr.vsxi.internal;

import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One call of an endpoint, described once: where it goes, what to send and how to read the answer.
 * The sync resources {@linkplain #send() send} it and the async view {@linkplain #sendAsync(Supplier)
 * sends it asynchronously}, so both run the same description.
 *
 * @param transport the client's transport
 * @param spec what to send
 * @param handler how to read the answer
 * @param <T> the result type
 */
record Call<T>(Transport transport, RequestSpec spec, ResponseHandler<T> handler) {

    /** Sends the call and waits for its result. */
    T send() {
        return transport.send(spec, handler);
    }

    /**
     * Describes the call and sends it without blocking. Describing it checks the caller's input, so
     * a bad input fails the future instead of being thrown, as every other failure is.
     */
    static <T> CompletableFuture<T> sendAsync(Supplier<Call<T>> describe) {
        Call<T> call;
        try {
            call = describe.get();
        } catch (RuntimeException badInput) {
            return CompletableFuture.failedFuture(badInput);
        }
        return call.transport.sendAsync(call.spec, call.handler);
    }
}
