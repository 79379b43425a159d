package io.teamsdr.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.ClientSettings;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The standard {@link Transport}: how a client's transport is made and how derived ones (other
 * options, other credentials) share its connections, threads, pause, limits and listener. A call is
 * a {@link CallState} driven by {@link SyncCall} on the caller's thread or by {@link AsyncCall} with
 * futures; each attempt is an {@link Exchange}.
 */
public final class HttpTransport implements Transport {
    private final ClientResources resources;
    private final RequestOptions options;
    private final RetryPolicy retryPolicy;
    private final Credentials credentials;
    private final Duration responseTimeout;
    private final Duration callTimeout;
    private final Duration idleTimeout;
    private final boolean derived;

    /**
     * Creates the transport of a client.
     *
     * @param settings the client settings
     */
    public HttpTransport(ClientSettings settings) {
        this(new ClientResources(settings), RequestOptions.none(), settings.credentials(), false);
    }

    private HttpTransport(ClientResources resources, RequestOptions options, Credentials credentials, boolean derived) {
        ClientSettings settings = resources.settings;
        this.resources = resources;
        this.options = options;
        this.retryPolicy = new RetryPolicy(options.retry().orElse(settings.retry()));
        this.credentials = credentials;
        this.responseTimeout = options.responseTimeout().orElse(settings.responseTimeout());
        this.callTimeout = options.callTimeout().orElse(settings.callTimeout());
        this.idleTimeout = options.idleTimeout().orElse(settings.idleTimeout());
        this.derived = derived;
    }

    @Override
    public <T> T send(RequestSpec spec, ResponseHandler<T> handler) {
        resources.ensureOpen();
        return SyncCall.run(new CallState(this, spec, handler, false), handler);
    }

    @Override
    public <T> CompletableFuture<T> sendAsync(RequestSpec spec, ResponseHandler<T> handler) {
        CallState state;
        try {
            resources.ensureOpen();
            state = new CallState(this, spec, handler, true);
        } catch (RuntimeException unsendable) {
            return CompletableFuture.failedFuture(unsendable);
        }
        return AsyncCall.start(state, handler);
    }

    @Override
    public ObjectMapper mapper() {
        return resources.mapper;
    }

    @Override
    public ClientSettings settings() {
        return resources.settings;
    }

    @Override
    public Executor executor() {
        return resources.executor;
    }

    @Override
    public Transport withOptions(RequestOptions extra) {
        return new HttpTransport(resources, options.merge(extra), credentials, true);
    }

    @Override
    public Transport withCredentials(Credentials other) {
        return new HttpTransport(resources, options, Objects.requireNonNull(other, "credentials"), true);
    }

    ClientResources resources() {
        return resources;
    }

    HttpClient httpClient() {
        return resources.httpClient;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    Credentials credentials() {
        return credentials;
    }

    Duration responseTimeout() {
        return responseTimeout;
    }

    Duration callTimeout() {
        return callTimeout;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    boolean unboundedBody() {
        return options.unboundedBody();
    }

    Map<String, String> headers() {
        return options.headers();
    }

    @Override
    public void close() {
        if (!derived) {
            resources.close();
        }
    }
}
