package io.teamsdr.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.ClientSettings;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.internal.HttpTransport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The request pipeline of a client: authentication, retries, timeouts, rate limiting, logging and
 * error mapping over {@code java.net.http}. It knows no endpoint; resources describe calls with a
 * {@link RequestSpec}. Thread-safe; one per client.
 */
public interface Transport extends AutoCloseable {

    /**
     * Creates the standard transport.
     *
     * @param settings the client settings
     * @return the transport
     */
    static Transport create(ClientSettings settings) {
        return new HttpTransport(settings);
    }

    /**
     * Sends a call and waits for its result.
     *
     * @param spec what to send
     * @param handler how to read an accepted response
     * @param <T> the result type
     * @return the result
     * @throws io.teamsdr.core.TeamsdrException on any failure
     */
    <T> T send(RequestSpec spec, ResponseHandler<T> handler);

    /**
     * Sends a call without blocking the caller, with the same rules as {@link #send}: retries, the
     * client-wide 429 pause, one credentials refresh after a 401, the call timeout, redacted logging,
     * error mapping.
     *
     * @param spec what to send
     * @param handler how to read an accepted response
     * @param <T> the result type
     * @return the future result; completes exceptionally with a {@link io.teamsdr.core.TeamsdrException}
     *     (wrapped in a {@link java.util.concurrent.CompletionException} when joined), bad input included.
     *     The call holds no thread while it waits (for a concurrency slot, a retry, a pause or the answer):
     *     waits are timers and the exchange is {@code HttpClient.sendAsync}. Only what must block takes a
     *     thread of the client's executor: a handler reading a body longer than what the SDK buffers
     *     (64 KiB), a credentials refresh, and the writer of a generated body. Cancelling the future
     *     abandons the call: its timer, its place in the queue, or its exchange, whose connection is
     *     dropped and whose concurrency slot is freed.
     */
    <T> CompletableFuture<T> sendAsync(RequestSpec spec, ResponseHandler<T> handler);

    /**
     * Returns a transport sharing this one's connections, credentials and 429 pause, with options laid over.
     *
     * @param options the options
     * @return the derived transport; closing it does nothing
     */
    Transport withOptions(RequestOptions options);

    /**
     * Returns a transport sharing this one's connections, threads, options and 429 pause but
     * authenticating with other credentials, e.g. a credential-less transport for login calls.
     *
     * @param credentials the credentials of the derived transport
     * @return the derived transport; closing it does nothing
     */
    Transport withCredentials(io.teamsdr.core.Credentials credentials);

    /**
     * Returns the object mapper used for bodies.
     *
     * @return the mapper
     */
    ObjectMapper mapper();

    /**
     * Returns the settings the transport was built with.
     *
     * @return the settings
     */
    ClientSettings settings();

    /**
     * Returns the executor for work that may block, such as page prefetching.
     *
     * @return the executor
     */
    Executor executor();

    /**
     * Releases what the transport created (threads, the HTTP client); never a caller's objects. Calls
     * made afterwards, through this transport or one derived from it, fail at once with an
     * {@link IllegalStateException} (async ones fail their future).
     */
    @Override
    void close();
}
