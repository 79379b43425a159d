package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.teamsdr.testkit.JournalAssert;
import io.teamsdr.testkit.RecordedRequest;
import io.teamsdr.testkit.Snapshot;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FaultsJournalAndStateTest extends DemoServerTest {

    @Test
    void statusFaultWithRetryAfterThenRecovery() {
        server.faults().on("GET", "/api/**/msteams/status").times(2)
                .respond(503, "{\"error\":{\"code\":503,\"reason\":\"maintenance\"}}").retryAfter(Duration.ofSeconds(1));
        FusionHttp.Reply first = http.get("/msteams/status");
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(http.get("/msteams/status").status()).isEqualTo(503);
        assertThat(http.get("/msteams/status").status()).isEqualTo(200);
        assertThat(server.journal().requests("GET", "/api/**/status"))
                .extracting(r -> r.fault().isPresent()).containsExactly(true, true, false);
    }

    @Test
    void lostResponseOfAnUpdateStillChangesTheUser() {
        String john = userId(FusionDemo.JOHN_UPN);
        server.faults().on("PUT", "/api/v01/draas/*/tenants/*/subscriptions/*/msteams/users/*/properties")
                .onCall(1).applyThenDropConnection();
        assertThatThrownBy(() -> http.put("/msteams/users/" + john + "/properties", "{\"displayName\":\"Lost\"}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(http.get("/msteams/user/" + john).at("/msTeams/displayName").asText()).isEqualTo("Lost");
        assertThat(server.journal().last("PUT", "/api/**").orElseThrow().status())
                .isEqualTo(RecordedRequest.NO_RESPONSE);
    }

    @Test
    void droppedConnectionLeavesStateAlone() {
        String john = userId(FusionDemo.JOHN_UPN);
        server.faults().on("PUT", "/api/**").dropConnection();
        assertThatThrownBy(() -> http.put("/msteams/users/" + john + "/properties", "{\"displayName\":\"Never\"}"))
                .isInstanceOf(UncheckedIOException.class);
        server.faults().clear();
        assertThat(http.get("/msteams/user/" + john).at("/msTeams/displayName").asText()).isEqualTo("John Doe");
    }

    @Test
    void malformedBodyFault() {
        server.faults().on("GET", "/api/**/msteams/licenses").malformedBody();
        FusionHttp.Reply reply = http.get("/msteams/licenses");
        assertThat(reply.status()).isEqualTo(200);
        assertThatThrownBy(reply::json).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void resetClearsStateJournalAndFaults() {
        http.delete("/msteams/users/" + userId(FusionDemo.JOHN_UPN));
        server.faults().on("GET", "/**").respond(500);
        server.reset();
        assertThat(server.userCount()).isEqualTo(FusionDemo.USER_COUNT);
        assertThat(server.faults().rules()).isEmpty();
        assertThat(server.journal().size()).isZero();
        assertThat(http.get("/msteams/status").status()).isEqualTo(200);
        JournalAssert.assertThat(server.journal()).hasRequestCount(1).hasNoUnmatchedRequests();
    }

    @Test
    void snapshotAndRestoreAnyNumberOfTimes() {
        Snapshot before = server.snapshot();
        String john = userId(FusionDemo.JOHN_UPN);
        http.delete("/msteams/users/" + john);
        http.put("/msteams/users/bulk", BulkTest.rolloutBody("snapshot"));
        Snapshot after = server.snapshot();
        server.restore(before);
        assertThat(server.userIdByUpn(FusionDemo.JOHN_UPN)).hasValue(john);
        assertThat(server.freeLicenses("MCOEV")).isEqualTo(3);
        assertThat(http.get("/msteams/users/bulk").at("/results").asInt()).isZero();
        server.restore(after);
        assertThat(server.userIdByUpn(FusionDemo.JOHN_UPN)).isEmpty();
        assertThat(server.freeLicenses("MCOEV")).isZero();
        http.post("/msteams/users", "{\"displayName\":\"X\",\"domain\":\"contoso.onmicrosoft.com\",\"username\":\"x\","
                + "\"location\":\"BE\"}");
        server.restore(after);
        assertThat(server.userIdByUpn("x@contoso.onmicrosoft.com")).isEmpty();
        try (FakeFusionServer other = FakeFusionServer.builder().seed(FusionSeed.empty()).start()) {
            assertThatThrownBy(() -> other.restore(after)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void snapshotsAreCheapEnoughForEveryTest() {
        int rounds = 200;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            server.restore(server.snapshot());
        }
        long restoreMicros = (System.nanoTime() - start) / 1000 / rounds;
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            server.reset();
        }
        long resetMicros = (System.nanoTime() - start) / 1000 / rounds;
        System.out.printf("demo data (%d users): snapshot+restore %d us, reset %d us%n", server.userCount(),
                restoreMicros, resetMicros);
        assertThat(server.userCount()).isEqualTo(FusionDemo.USER_COUNT);
    }

    @Test
    void sixteenThreadsUpdatingDistinctUsersLeaveAConsistentState() throws Exception {
        List<String> candidates = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode u : http.get("/msteams/users?page_size=999&filters="
                + FusionHttp.q("{\"is_voice_enabled\":\"yes\",\"have_number\":\"no\"}")).at("/users")) {
            candidates.add(u.at("/msTeams/id").asText());
        }
        assertThat(candidates.size()).isGreaterThanOrEqualTo(16);
        int freeE3 = server.freeLicenses("SPE_E3");
        int alreadyHadE3 = 0;
        for (int t = 0; t < 16; t++) {
            alreadyHadE3 += http.get("/msteams/user/" + candidates.get(t)).at("/msTeams/licenses")
                    .findValuesAsText("skuId").contains(FusionDemo.SPE_E3_SKU) ? 1 : 0;
        }
        server.journal().clear();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                String id = candidates.get(t);
                String number = "+3318765" + (4380 + t);
                results.add(pool.submit(() -> {
                    int ok = 0;
                    ok += http.put("/msteams/users/" + id + "/phone_number", "{\"phoneNumber\":\"" + number + "\"}")
                            .status() == 204 ? 1 : 0;
                    ok += http.put("/msteams/users/" + id + "/properties", "{\"displayName\":\"Thread " + id + "\"}")
                            .status() == 204 ? 1 : 0;
                    ok += http.put("/msteams/users/" + id + "/licenses", "{\"licenses\":[\"" + FusionDemo.SPE_E3_SKU
                            + "\"]}").status() == 204 ? 1 : 0;
                    return ok;
                }));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(3);
            }
        } finally {
            pool.shutdown();
        }
        Set<String> holders = new HashSet<>();
        for (int t = 0; t < 16; t++) {
            String holder = server.numberHolder("+3318765" + (4380 + t)).orElseThrow();
            assertThat(holder).isEqualTo(candidates.get(t));
            holders.add(holder);
            assertThat(http.get("/msteams/user/" + holder).at("/msTeams/displayName").asText())
                    .isEqualTo("Thread " + holder);
        }
        assertThat(holders).hasSize(16);
        assertThat(server.freeLicenses("SPE_E3")).isEqualTo(freeE3 - (16 - alreadyHadE3));
        assertThat(server.journal().requests("PUT", "/**")).hasSize(48)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(204));
    }
}
