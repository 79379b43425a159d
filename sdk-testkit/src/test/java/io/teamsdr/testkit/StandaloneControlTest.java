package io.teamsdr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.testkit.fusion.FusionDemo;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The standalone jar's control API, driven over HTTP as a suite in another language would. */
class StandaloneControlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static PipedOutputStream stdin;
    private static CompletableFuture<Integer> exit;
    private static JsonNode line;
    private static String control;
    private static String vsxi;
    private static String vsxiAuth;
    private static String fusion;

    @BeforeAll
    static void start() throws IOException {
        stdin = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(stdin);
        PipedInputStream stdoutReader = new PipedInputStream();
        PrintStream stdout = new PrintStream(new PipedOutputStream(stdoutReader), true, StandardCharsets.UTF_8);
        exit = CompletableFuture.supplyAsync(() -> Standalone.run(new String[0], Standalone.LAUNCHERS, in, stdout,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        line = JSON.readTree(new BufferedReader(new InputStreamReader(stdoutReader, StandardCharsets.UTF_8)).readLine());
        control = line.at("/control/baseUrl").asText();
        vsxi = line.at("/vsxi/baseUrl").asText();
        vsxiAuth = "Basic " + Base64.getEncoder().encodeToString((line.at("/vsxi/username").asText() + ":"
                + line.at("/vsxi/password").asText()).getBytes(StandardCharsets.UTF_8));
        fusion = line.at("/fusion/baseUrl").asText() + "/api/v01/draas/" + line.at("/fusion/draasInstance").asText()
                + "/tenants/" + line.at("/fusion/tenant").asText() + "/subscriptions/" + line.at("/fusion/subscription").asInt();
    }

    @AfterAll
    static void stop() throws Exception {
        stdin.close();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @BeforeEach
    void resetBoth() {
        assertThat(call("POST", control + "/fakes/fusion/reset", null, null).statusCode()).isEqualTo(204);
        assertThat(call("POST", control + "/fakes/vsxi/reset", null, null).statusCode()).isEqualTo(204);
    }

    private static HttpResponse<String> call(String method, String url, String authorization, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int vsxiStatus(String method, String path) {
        return call(method, vsxi + path, vsxiAuth, null).statusCode();
    }

    @Test
    void listsTheFakesItServes() {
        JsonNode fakes = json(call("GET", control + "/fakes", null, null)).path("fakes");
        assertThat(fakes.at("/fusion/baseUrl").asText()).isEqualTo(line.at("/fusion/baseUrl").asText());
        assertThat(fakes.at("/vsxi/username").asText()).isEqualTo(line.at("/vsxi/username").asText());
        HttpResponse<String> unknown = call("POST", control + "/fakes/nope/reset", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).at("/error/reason").asText()).contains("fusion", "vsxi");
    }

    @Test
    void resetsAndRestoresSnapshots() {
        String snapshot = json(call("POST", control + "/fakes/vsxi/snapshots", null, null)).path("snapshot").asText();
        assertThat(vsxiStatus("POST", "/teams/draft/start")).isEqualTo(201);
        assertThat(vsxiStatus("GET", "/teams/draft/status")).isEqualTo(200);
        assertThat(call("POST", control + "/fakes/vsxi/snapshots/" + snapshot + "/restore", null, null).statusCode())
                .isEqualTo(204);
        assertThat(vsxiStatus("GET", "/teams/draft/status")).as("the draft is gone with the restore").isEqualTo(404);

        assertThat(vsxiStatus("POST", "/teams/draft/start")).isEqualTo(201);
        call("POST", control + "/fakes/vsxi/reset", null, null);
        assertThat(vsxiStatus("GET", "/teams/draft/status")).isEqualTo(404);
        assertThat(call("DELETE", control + "/fakes/vsxi/snapshots/" + snapshot, null, null).statusCode()).isEqualTo(204);
        assertThat(call("POST", control + "/fakes/vsxi/snapshots/" + snapshot + "/restore", null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void advancingTheClockExpiresTokens() {
        HttpResponse<String> login = call("POST", line.at("/fusion/baseUrl").asText() + "/api/v01/auth/login", null,
                "{\"username\":\"" + FusionDemo.ADMIN_USERNAME + "\",\"password\":\"" + FusionDemo.ADMIN_PASSWORD + "\"}");
        String bearer = "Bearer " + json(login).path("access_token").asText();
        assertThat(call("GET", fusion + "/msteams/status", bearer, null).statusCode()).isEqualTo(200);
        JsonNode clock = json(call("POST", control + "/clock/advance", null, "{\"duration\":\"PT16M\"}"));
        assertThat(clock.path("shift").asText()).isEqualTo("PT16M");
        assertThat(call("GET", fusion + "/msteams/status", bearer, null).statusCode()).isEqualTo(401);
        assertThat(call("POST", control + "/clock/advance", null, "{\"seconds\":-1}").statusCode()).isEqualTo(400);
        assertThat(json(call("GET", control + "/clock", null, null)).path("shift").asText()).isEqualTo("PT16M");
    }

    @Test
    void addsListsAndRemovesFaultRules() {
        HttpResponse<String> added = call("POST", control + "/fakes/vsxi/faults", null,
                "{\"method\":\"GET\",\"path\":\"/teams/tenants\",\"times\":1,"
                        + "\"respond\":{\"status\":503,\"body\":{\"error\":{\"code\":\"BUSY\",\"reason\":\"later\"}}},"
                        + "\"retryAfter\":\"2\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        int id = json(added).path("id").asInt();
        HttpResponse<String> faulted = call("GET", vsxi + "/teams/tenants", vsxiAuth, null);
        assertThat(faulted.statusCode()).isEqualTo(503);
        assertThat(faulted.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(vsxiStatus("GET", "/teams/tenants")).isEqualTo(200);
        JsonNode listed = json(call("GET", control + "/fakes/vsxi/faults", null, null)).path("faults").get(0);
        assertThat(listed.path("id").asInt()).isEqualTo(id);
        assertThat(listed.path("matchedCalls").asInt()).isEqualTo(2);
        assertThat(listed.path("firedCount").asInt()).isEqualTo(1);
        assertThat(call("DELETE", control + "/fakes/vsxi/faults/" + id, null, null).statusCode()).isEqualTo(204);
        assertThat(json(call("GET", control + "/fakes/vsxi/faults", null, null)).path("faults")).isEmpty();

        HttpResponse<String> bad = call("POST", control + "/fakes/vsxi/faults", null, "{\"path\":\"/x\",\"tims\":1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).at("/error/reason").asText()).contains("tims");
        assertThat(json(call("GET", control + "/fakes/vsxi/faults", null, null)).path("faults")).isEmpty();

        call("POST", control + "/fakes/fusion/faults", null, "{\"pathRegex\":\".*/status\",\"drop\":\"before\"}");
        assertThat(call("DELETE", control + "/fakes/fusion/faults", null, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", fusion + "/msteams/status", "Bearer " + line.at("/fusion/adminToken").asText(), null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void readsTheJournalWithPathsRelativeToTheApiBaseAndSecretsMasked() {
        vsxiStatus("POST", "/teams/draft/start");
        vsxiStatus("GET", "/teams/draft/status");
        vsxiStatus("POST", "/teams/draft/discard");
        JsonNode all = json(call("GET", control + "/fakes/vsxi/journal", null, null)).path("requests");
        assertThat(all).hasSize(3);
        JsonNode posts = json(call("GET", control + "/fakes/vsxi/journal?method=POST&path=/teams/draft/*&since=1",
                null, null)).path("requests");
        assertThat(posts).hasSize(1);
        JsonNode discard = posts.get(0);
        assertThat(discard.path("path").asText()).isEqualTo("/teams/draft/discard");
        assertThat(discard.path("fullPath").asText()).isEqualTo("/SSConfig/webresources/teams/draft/discard");
        assertThat(discard.path("route").asText()).isEqualTo("POST /teams/draft/discard");
        assertThat(discard.at("/headers/authorization").asText()).isEqualTo("Basic ***");
        assertThat(call("DELETE", control + "/fakes/vsxi/journal", null, null).statusCode()).isEqualTo(204);
        assertThat(json(call("GET", control + "/fakes/vsxi/journal", null, null)).path("requests")).isEmpty();
    }
}
