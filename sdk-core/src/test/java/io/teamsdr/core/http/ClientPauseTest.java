package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.Sleeper;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.testing.MutableClock;
import io.teamsdr.core.testing.RecordingSleeper;
import io.teamsdr.core.testing.TestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 429 pauses the whole client: other threads wait out the server's Retry-After before they send,
 * while another client is unaffected. The clock stands still unless a test's sleeper moves it, so
 * the recorded pause is exactly what the server asked for.
 */
class ClientPauseTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final RequestSpec LIMITED = RequestSpec.builder(HttpMethod.GET, "/limited").build();
    private static final RequestSpec OTHER = RequestSpec.builder(HttpMethod.GET, "/other").build();

    /** Each call runs on its own thread, as two request-handling threads of an application would. */
    private final ExecutorService threadA = Executors.newSingleThreadExecutor();
    private final ExecutorService threadB = Executors.newSingleThreadExecutor();
    private MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        server.stubFor(get("/limited").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
        server.stubFor(get("/other").willReturn(ok()));
    }

    @AfterEach
    void tearDown() {
        threadA.shutdownNow();
        threadB.shutdownNow();
    }

    private static int requestsTo(String path) {
        return server.findAll(getRequestedFor(urlEqualTo(path))).size();
    }

    private static <T> T result(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException failure) {
            throw (Exception) failure.getCause();
        }
    }

    @Test
    void rateLimitOnOneThreadPausesOtherThreadsOfTheSameClientBeforeTheySend() throws Exception {
        List<Duration> waits = new CopyOnWriteArrayList<>();
        List<Integer> sentBeforeWaiting = new CopyOnWriteArrayList<>();
        Sleeper observing = wait -> {
            waits.add(wait);
            sentBeforeWaiting.add(requestsTo("/other"));
        };
        RecordingSleeper otherClientSleeper = new RecordingSleeper();
        try (Transport client = TestClient.against(server).clock(clock).sleeper(observing).build();
             Transport otherClient = TestClient.against(server).clock(clock).sleeper(otherClientSleeper).build()) {
            // Thread A's call is not retried, so any wait recorded afterwards belongs to thread B.
            Transport noRetries = client.withOptions(RequestOptions.builder().retry(RetryOptions.none()).build());
            Future<Integer> a = threadA.submit(() -> noRetries.send(LIMITED, ResponseHandler.status()));
            assertThatThrownBy(() -> result(a)).isInstanceOf(RateLimitedException.class);
            assertThat(waits).isEmpty();

            Future<Integer> b = threadB.submit(() -> client.send(OTHER, ResponseHandler.status()));
            assertThat(result(b)).isEqualTo(200);
            assertThat(waits).containsExactly(Duration.ofSeconds(3));
            assertThat(sentBeforeWaiting).as("thread B had sent nothing when it paused").containsExactly(0);

            assertThat(otherClient.send(OTHER, ResponseHandler.status())).isEqualTo(200);
            assertThat(otherClientSleeper.waits()).as("another client is not paused").isEmpty();
        }
        assertThat(requestsTo("/limited")).isEqualTo(1);
        assertThat(requestsTo("/other")).isEqualTo(2);
    }

    @Test
    void pauseWithoutRetryAfterLastsTheComputedBackoff() throws Exception {
        server.stubFor(get("/limited").willReturn(aResponse().withStatus(429)));
        RecordingSleeper sleeper = new RecordingSleeper();
        try (Transport client = TestClient.against(server).clock(clock).sleeper(sleeper)
                .retry(RetryOptions.none().withBackoff(Duration.ofMillis(500), Duration.ofSeconds(5)).withJitter(0.0)).build()) {
            assertThatThrownBy(() -> result(threadA.submit(() -> client.send(LIMITED, ResponseHandler.status()))))
                    .isInstanceOf(RateLimitedException.class);
            assertThat(result(threadB.submit(() -> client.send(OTHER, ResponseHandler.status())))).isEqualTo(200);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void pauseLongerThanTheCallTimeoutEndsTheCallWithoutSending() throws Exception {
        server.stubFor(get("/limited").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (Transport client = TestClient.against(server).clock(clock).sleeper(sleeper).retry(RetryOptions.none()).build()) {
            assertThatThrownBy(() -> result(threadA.submit(() -> client.send(LIMITED, ResponseHandler.status()))))
                    .isInstanceOf(RateLimitedException.class);

            Transport impatient = client.withOptions(RequestOptions.builder().callTimeout(Duration.ofSeconds(2)).build());
            TransportException failure = (TransportException) catchThrowable(
                    () -> result(threadB.submit(() -> impatient.send(OTHER, ResponseHandler.status()))));

            assertThat(failure.isTimeout()).isTrue();
            assertThat(failure.attempts()).as("nothing was sent").isZero();
            assertThat(failure).hasMessageContaining("GET /other").hasMessageContaining("call timeout of PT2S");
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(requestsTo("/other")).isZero();
    }

    @Test
    void interruptionDuringThePauseEndsTheCallWithoutSending() throws Exception {
        Sleeper interrupted = wait -> {
            throw new InterruptedException("shutting down");
        };
        try (Transport client = TestClient.against(server).clock(clock).sleeper(interrupted).retry(RetryOptions.none()).build()) {
            assertThatThrownBy(() -> result(threadA.submit(() -> client.send(LIMITED, ResponseHandler.status()))))
                    .isInstanceOf(RateLimitedException.class);

            Future<Boolean> b = threadB.submit(() -> {
                TransportException failure = (TransportException) catchThrowable(
                        () -> client.send(OTHER, ResponseHandler.status()));
                assertThat(failure.isTimeout()).isFalse();
                assertThat(failure.attempts()).isZero();
                assertThat(failure).hasRootCauseInstanceOf(InterruptedException.class);
                return Thread.currentThread().isInterrupted();
            });
            assertThat(result(b)).as("the interrupt is kept for the caller").isTrue();
        }
        assertThat(requestsTo("/other")).isZero();
    }

    @Test
    void asyncCallsShareThePauseToo() throws Exception {
        RecordingSleeper sleeper = new RecordingSleeper();
        try (Transport client = TestClient.against(server).clock(clock).sleeper(sleeper).retry(RetryOptions.none()).build()) {
            CompletableFuture<Integer> limited = client.sendAsync(LIMITED, ResponseHandler.status());
            assertThat(limited).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOf(RateLimitedException.class).isInstanceOf(TeamsdrException.class);
            assertThat(client.sendAsync(OTHER, ResponseHandler.status()).get()).isEqualTo(200);
        }
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }
}
