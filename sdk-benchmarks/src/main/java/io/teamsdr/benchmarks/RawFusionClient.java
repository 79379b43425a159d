package io.teamsdr.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.TenantStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference the SDK is measured against: what a developer writes without the SDK, with
 * {@code java.net.http} and Jackson, for the same requests (same paths, same headers that matter,
 * same JSON, decoded into the same model types). No retries, no validation, no request id.
 */
public final class RawFusionClient {
    private final HttpClient http;
    private final ObjectMapper mapper;
    private final String base;
    private final String authorization;

    /**
     * The body of a user update, as a hand-written client would model it.
     *
     * @param displayName the display name, left out when {@code null}
     * @param location the usage location, left out when {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UserUpdateBody(String displayName, String location) {
    }

    /**
     * Creates the client.
     *
     * @param endpoint the server and the subscription to address
     */
    public RawFusionClient(Endpoint endpoint) {
        this(endpoint, newHttpClient());
    }

    /**
     * Creates the client on a given HTTP client.
     *
     * @param endpoint the server and the subscription to address
     * @param http the HTTP client, built as {@link #newHttpClient()} does for a like-for-like comparison
     */
    public RawFusionClient(Endpoint endpoint, HttpClient http) {
        this.http = http;
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.base = endpoint.baseUrl() + endpoint.subscriptionPath();
        this.authorization = "Bearer " + endpoint.token();
    }

    /**
     * The HTTP client a developer would build for this API: HTTP/1.1, a connect timeout, nothing else.
     *
     * @return a new client
     */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Reads one user (#6).
     *
     * @param userId the user's object id
     * @return the user
     */
    public TeamsUser getUser(String userId) {
        return decode(send(userRequest(userId).build(), HttpResponse.BodyHandlers.ofByteArray()), TeamsUser.class);
    }

    /**
     * Reads one user (#6) sending also the two headers the SDK adds to every request (its own
     * {@code User-Agent}, which replaces the JDK's, and an {@code X-Request-Id}): tells how much of the
     * SDK's time is the request it sends rather than its code.
     *
     * @param userId the user's object id
     * @param userAgent the SDK's user agent
     * @param requestId a fresh request id
     * @return the user
     */
    public TeamsUser getUser(String userId, String userAgent, String requestId) {
        HttpRequest request = userRequest(userId)
                .header("User-Agent", userAgent)
                .header("X-Request-Id", requestId)
                .build();
        return decode(send(request, HttpResponse.BodyHandlers.ofByteArray()), TeamsUser.class);
    }

    /**
     * Reads one user (#6) taking the body as the SDK does, as a stream read to its end with
     * {@code readAllBytes()}: tells how much of the SDK's cost is that choice rather than its own code.
     *
     * @param userId the user's object id
     * @return the user
     */
    public TeamsUser getUserViaStream(String userId) {
        HttpResponse<InputStream> response = send(userRequest(userId).build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET user answered " + response.statusCode());
            }
            return mapper.readValue(body.readAllBytes(), TeamsUser.class);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Reads one user many times without blocking, at most {@code limit} requests in flight: {@code limit}
     * chains, each sending the next request when its answer is decoded, the way a developer bounds
     * {@code sendAsync} without a library.
     *
     * @param userId the user's object id
     * @param calls how many reads
     * @param limit the most requests in flight
     * @return one future per read
     */
    public List<CompletableFuture<TeamsUser>> getUsersAsync(String userId, int calls, int limit) {
        List<CompletableFuture<TeamsUser>> results = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            results.add(new CompletableFuture<>());
        }
        AtomicInteger next = new AtomicInteger();
        for (int lane = 0; lane < Math.min(limit, calls); lane++) {
            sendNext(userId, results, next);
        }
        return results;
    }

    /** Builds each call's request, as a caller reading many different users would. */
    private void sendNext(String userId, List<CompletableFuture<TeamsUser>> results, AtomicInteger next) {
        int index = next.getAndIncrement();
        if (index >= results.size()) {
            return;
        }
        CompletableFuture<TeamsUser> result = results.get(index);
        http.sendAsync(userRequest(userId).build(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                try {
                    result.complete(decode(response, TeamsUser.class));
                } catch (RuntimeException undecodable) {
                    result.completeExceptionally(undecodable);
                }
            }
            sendNext(userId, results, next);
        });
    }

    /**
     * Updates one user (#8).
     *
     * @param userId the user's object id
     * @param update the fields to change
     * @return the HTTP status, 200 (enabled) or 204 (disabled)
     */
    public int updateUser(String userId, UserUpdateBody update) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(update);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/msteams/users/" + userId))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json))
                .build();
        HttpResponse<Void> response = send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200 && response.statusCode() != 204) {
            throw new IllegalStateException("PUT user answered " + response.statusCode());
        }
        return response.statusCode();
    }

    /**
     * Reads the tenant status (#1).
     *
     * @return the status
     */
    public TenantStatus status() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/msteams/status"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .GET()
                .build();
        return decode(send(request, HttpResponse.BodyHandlers.ofByteArray()), TenantStatus.class);
    }

    private HttpRequest.Builder userRequest(String userId) {
        return HttpRequest.newBuilder(URI.create(base + "/msteams/user/" + userId))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .GET();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    private <T> T decode(HttpResponse<byte[]> response, Class<T> type) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().method() + " " + response.uri().getPath()
                    + " answered " + response.statusCode());
        }
        try {
            return mapper.readValue(response.body(), type);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
