package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What every resource implementation does the same way: the async twin of a call, and reading
 * a body-less answer.
 */
public final class Calls {

    private Calls() {
    }

    /**
     * Builds the spec and sends it without blocking. A spec that cannot be built, most often
     * because the input failed validation, fails the returned future instead of being thrown, so
     * async callers handle every failure in one place.
     *
     * @param transport the transport
     * @param spec builds the spec; the same builder the sync call uses
     * @param handler reads the answer
     * @param <T> the result type
     * @return the future result
     */
    public static <T> CompletableFuture<T> async(Transport transport, Supplier<RequestSpec> spec,
                                                 ResponseHandler<T> handler) {
        RequestSpec built;
        try {
            built = spec.get();
        } catch (RuntimeException invalid) {
            return CompletableFuture.failedFuture(invalid);
        }
        return transport.sendAsync(built, handler);
    }

    /**
     * Reads an answer without a useful body (204), returning nothing.
     *
     * @return the handler
     */
    public static ResponseHandler<Void> noContent() {
        return response -> null;
    }
}
