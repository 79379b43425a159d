package io.teamsdr.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.teamsdr.core.ConcurrencyLimitException;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.testing.RawServer;
import io.teamsdr.core.testing.TestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * One client never has more requests in flight than its limit, sync and async calls together:
 * more calls queue (async ones without a thread), and a call that gets no slot before its call
 * timeout fails naming the limit, having sent nothing. The server counts its TCP connections.
 */
class ConcurrencyLimitTest {

    private static RequestSpec get(String path) {
        return RequestSpec.builder(HttpMethod.GET, path).build();
    }

    /**
     * Repeated: on loopback an answer can complete its call before {@code sendAsync} returns, and an SDK
     * that then took the call for cancelled aborted the finished exchange, closing a connection another
     * call was already using (the JDK resent that GET on a fourth connection); it showed in about one run
     * in ten.
     */
    @RepeatedTest(20)
    void asyncCallsBeyondTheLimitQueueAndTheServerNeverSeesMoreConnections() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (RawServer server = new RawServer().answering(request -> (in, out, raw) -> {
                release.await(10, TimeUnit.SECONDS);
                return RawServer.Action.respond(200, "{}").perform(in, out, raw);
            });
             Transport transport = TestClient.builder().endpoint(server.uri()).maxConcurrentRequests(3).build()) {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                calls.add(transport.sendAsync(get("/users/" + i), ResponseHandler.status()));
            }
            awaitRequests(server, 3);
            assertThat(server.requests()).as("three in flight, the others queued").hasSize(3);

            release.countDown();
            for (CompletableFuture<Integer> call : calls) {
                assertThat(call.get(20, TimeUnit.SECONDS)).isEqualTo(200);
            }
            assertThat(server.requests()).hasSize(30);
            assertThat(server.connections()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aSyncCallWithoutASlotBeforeItsTimeoutFailsNamingTheLimitWithoutSending() throws Exception {
        try (RawServer server = new RawServer().answering(request -> RawServer.Action.hold());
             Transport transport = TestClient.builder().endpoint(server.uri()).maxConcurrentRequests(1).build()) {
            CompletableFuture<Integer> holding = transport.sendAsync(get("/held"), ResponseHandler.status());
            awaitRequests(server, 1);
            Transport impatient = transport.withOptions(RequestOptions.builder().callTimeout(Duration.ofMillis(300)).build());

            ConcurrencyLimitException failure = catchThrowableOfType(ConcurrencyLimitException.class,
                    () -> impatient.send(get("/msteams/status"), ResponseHandler.status()));

            assertThat(failure.limit()).isEqualTo(1);
            assertThat(failure.attempts()).isZero();
            assertThat(failure.method()).isEqualTo("GET");
            assertThat(failure).hasMessageContaining("GET /msteams/status not sent")
                    .hasMessageContaining("all 1 request slots")
                    .hasMessageContaining("maxConcurrentRequests");
            assertThat(server.requests()).hasSize(1);
            holding.cancel(true);
        }
    }

    @Test
    void anAsyncCallWithoutASlotBeforeItsTimeoutFailsTheSameWay() throws Exception {
        try (RawServer server = new RawServer().answering(request -> RawServer.Action.hold());
             Transport transport = TestClient.builder().endpoint(server.uri()).maxConcurrentRequests(1).build()) {
            CompletableFuture<Integer> holding = transport.sendAsync(get("/held"), ResponseHandler.status());
            awaitRequests(server, 1);
            Transport impatient = transport.withOptions(RequestOptions.builder().callTimeout(Duration.ofMillis(300)).build());

            CompletableFuture<Integer> starved = impatient.sendAsync(get("/msteams/status"), ResponseHandler.status());

            assertThat(starved).failsWithin(Duration.ofSeconds(10))
                    .withThrowableThat().havingCause().isInstanceOf(ConcurrencyLimitException.class);
            assertThat(server.requests()).hasSize(1);
            holding.cancel(true);
        }
    }

    @Test
    void syncAndAsyncCallsShareTheSlots() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (RawServer server = new RawServer().answering(request -> request.target().equals("/held")
                     ? (in, out, raw) -> {
                         release.await(10, TimeUnit.SECONDS);
                         return RawServer.Action.respond(200, "{}").perform(in, out, raw);
                     }
                     : RawServer.Action.respond(200, "{}"));
             Transport transport = TestClient.builder().endpoint(server.uri()).maxConcurrentRequests(1).build()) {
            CompletableFuture<Integer> async = transport.sendAsync(get("/held"), ResponseHandler.status());
            awaitRequests(server, 1);
            CompletableFuture<Integer> sync = CompletableFuture.supplyAsync(() -> transport.send(get("/after"), ResponseHandler.status()));
            assertThat(sync).as("the sync call waits for the async call's slot")
                    .isNotDone();
            assertThat(server.requests()).hasSize(1);

            release.countDown();
            assertThat(async.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            assertThat(sync.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        }
    }

    @Test
    void theLimitMustBePositive() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> TestClient.builder().maxConcurrentRequests(0)))
                .hasMessageContaining("maxConcurrentRequests must be at least 1");
    }

    static void awaitRequests(RawServer server, int count) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.requests().size() < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the server got " + server.requests().size() + " requests");
            }
            Thread.onSpinWait();
        }
    }
}
