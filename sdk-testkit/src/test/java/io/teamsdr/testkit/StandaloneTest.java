package io.teamsdr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StandaloneTest {

    @Test
    void printsOneJsonLineServesAndStopsWhenStdinCloses() throws Exception {
        PipedOutputStream stdinWriter = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(stdinWriter);
        PipedInputStream stdoutReader = new PipedInputStream();
        PrintStream stdout = new PrintStream(new PipedOutputStream(stdoutReader), true, StandardCharsets.UTF_8);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> Standalone.run(
                new String[] {"--fusion-port", "0", "--seed", "demo"}, Standalone.LAUNCHERS, stdin, stdout,
                new PrintStream(stderr, true, StandardCharsets.UTF_8)));

        String line = new BufferedReader(new InputStreamReader(stdoutReader, StandardCharsets.UTF_8)).readLine();
        JsonNode fusion = new ObjectMapper().readTree(line).path("fusion");
        assertThat(fusion.path("baseUrl").asText()).startsWith("http://127.0.0.1:");
        assertThat(fusion.path("draasInstance").asText()).isEqualTo("draas_v1");
        assertThat(fusion.path("subscription").asInt()).isEqualTo(42);
        assertThat(fusion.path("graphBaseUrl").asText()).isEqualTo(fusion.path("baseUrl").asText() + "/v1.0");

        HttpResponse<String> journal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                new ObjectMapper().readTree(line).at("/control/baseUrl").asText() + "/fakes/fusion/journal")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(new ObjectMapper().readTree(journal.body()).path("requests")).as("the warm-up call is not journaled")
                .isEmpty();

        String path = "/api/v01/draas/draas_v1/tenants/" + fusion.path("tenant").asText()
                + "/subscriptions/42/msteams/status";
        HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(fusion.path("baseUrl").asText() + path))
                .header("Authorization", "Bearer " + fusion.path("readOnlyToken").asText()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);

        stdinWriter.close();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void badOptionsExitWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Standalone.run(new String[] {"--fusion-prot", "1"}, Standalone.LAUNCHERS,
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--fusion-prot").contains("Usage");
        assertThat(Standalone.run(new String[] {"--seed", "huge"}, Standalone.LAUNCHERS,
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }
}
