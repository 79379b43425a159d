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
     * Sends a call without blocking the caller.
     *
     * @param spec what to send
     * @param handler how to read an accepted response
     * @param <T> the result type
     * @return the future result; completes exceptionally with a {@link io.teamsdr.core.TeamsdrException}
     *     (wrapped in a {@link java.util.concurrent.CompletionException} when joined). The call runs on
     *     the client's executor and holds one of its threads for its whole duration, retry waits
     *     included; size a caller-supplied executor for the concurrency you need. Cancelling the
     *     future does not abort an attempt already in flight.
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
     * Returns the executor for async work such as page prefetching.
     *
     * @return the executor
     */
    Executor executor();

    /** Releases what the transport created (threads, the HTTP client); never a caller's objects. */
    @Override
    void close();
}
