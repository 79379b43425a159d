package io.teamsdr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.testkit.internal.FakeHttpServer;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Response;
import io.teamsdr.testkit.internal.RouteTable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPlumbingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger writes = new AtomicInteger();
    private FakeHttpServer server;

    @BeforeEach
    void start() {
        RouteTable routes = new RouteTable()
                .add("GET", "/items/{id}", r -> Response.json(200, Map.of("id", r.pathParam("id"))))
                .add("DELETE", "/items/{id}", r -> Response.empty(204))
                .add("GET", "/items/special", r -> Response.json(200, Map.of("special", true)))
                .add("POST", "/items", r -> {
                    writes.incrementAndGet();
                    return Response.json(201, Map.of("name", r.json().path("name").asText()));
                })
                .add("GET", "/boom", r -> {
                    throw new IllegalStateException("secret internals");
                })
                .add("GET", "/teapot", r -> {
                    throw new HttpError(418, 7, "short and stout");
                });
        server = FakeHttpServer.builder("test").routes(routes).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void bindsLoopbackOnFreePort() {
        assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
    }

    @Test
    void unknownPathIsJson404AndWrongMethodIsJson405WithAllow() throws Exception {
        HttpResponse<String> missing = send("GET", "/nothing/here", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).at("/error/code").asInt()).isEqualTo(404);

        HttpResponse<String> wrong = send("PATCH", "/items/3", null);
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("Allow")).hasValue("DELETE, GET");
        assertThat(json(wrong).at("/error/reason").asText()).contains("PATCH");
        assertThat(server.journal().unmatchedRequests()).hasSize(2);
    }

    @Test
    void literalSegmentWinsOverParameterWhateverTheMethod() throws Exception {
        assertThat(json(send("GET", "/items/special", null)).path("special").asBoolean()).isTrue();
        assertThat(json(send("GET", "/items/7", null)).path("id").asText()).isEqualTo("7");
        HttpResponse<String> deleteSpecial = send("DELETE", "/items/special", null);
        assertThat(deleteSpecial.statusCode()).isEqualTo(405);
        assertThat(deleteSpecial.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void handlerFailuresBecomeJsonErrorsWithoutStackTraces() throws Exception {
        HttpResponse<String> boom = send("GET", "/boom", null);
        assertThat(boom.statusCode()).isEqualTo(500);
        assertThat(boom.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(boom.body()).doesNotContain("secret internals").doesNotContain("at io.teamsdr");

        HttpResponse<String> teapot = send("GET", "/teapot", null);
        assertThat(teapot.statusCode()).isEqualTo(418);
        assertThat(json(teapot).at("/error/code").asInt()).isEqualTo(7);
        assertThat(json(teapot).at("/error/reason").asText()).isEqualTo("short and stout");

        HttpResponse<String> malformed = send("POST", "/items", "{\"name\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).at("/error/reason").asText()).startsWith("Malformed JSON");
    }

    @Test
    void journalMasksSecretsInHeadersJsonAndCsv() throws Exception {
        send("POST", "/items", "{\"name\":\"a\",\"msPassword\":\"hunter2\",\"nested\":{\"refresh_token\":\"r-1\"}}",
                "Authorization", "Bearer abc.def.ghi", "Content-Type", "application/json");
        send("POST", "/items", "tenantId,sipUser,sipPassword,did\n1001,alice,\"pa,ss\nword\",+3221234567\n"
                + "1001,bob,s3cret,+3221234568\n", "Content-Type", "text/csv; charset=utf-8");

        RecordedRequest json = server.journal().requests().get(0);
        assertThat(json.header("Authorization")).hasValue("Bearer ***");
        assertThat(json.jsonAt("/msPassword").asText()).isEqualTo("***");
        assertThat(json.jsonAt("/nested/refresh_token").asText()).isEqualTo("***");
        assertThat(json.jsonAt("/name").asText()).isEqualTo("a");
        assertThat(server.journal().requests().get(1).body())
                .isEqualTo("tenantId,sipUser,sipPassword,did\n1001,alice,***,+3221234567\n"
                        + "1001,bob,***,+3221234568\n");
        JournalAssert.assertThat(server.journal())
                .doesNotContainText("hunter2").doesNotContainText("s3cret").doesNotContainText("abc.def")
                .hasRequestWithBodyField("POST", "/items", "/name", "a");
    }

    @Test
    void journalCapsHugeBodies() throws Exception {
        String huge = "x".repeat(RequestJournal.DEFAULT_MAX_BODY_CHARS * 3);
        send("POST", "/items", huge, "Content-Type", "text/plain");
        RecordedRequest r = server.journal().last().orElseThrow();
        assertThat(r.body()).hasSize(RequestJournal.DEFAULT_MAX_BODY_CHARS);
        assertThat(r.bodyTruncated()).isTrue();
        assertThat(r.bodyBytes()).isEqualTo(huge.length());
    }

    @Test
    void faultOnFirstCallsAnswersInsteadOfTheHandler() throws Exception {
        FaultRule rule = server.faults().on("POST", "/items").times(2)
                .respond(503, "{\"error\":{\"code\":503,\"reason\":\"busy\"}}").retryAfter(Duration.ofSeconds(3));
        assertThat(send("POST", "/items", "{\"name\":\"a\"}").statusCode()).isEqualTo(503);
        HttpResponse<String> second = send("POST", "/items", "{\"name\":\"a\"}");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(send("POST", "/items", "{\"name\":\"a\"}").statusCode()).isEqualTo(201);
        assertThat(writes).hasValue(1);
        assertThat(rule.firedCount()).isEqualTo(2);
        assertThat(rule.matchedCalls()).isEqualTo(3);
        assertThat(server.journal().requests().get(0).fault()).isPresent();
    }

    @Test
    void faultOnNthCallAndGlobs() throws Exception {
        server.faults().on("GET", "/items/*").onCall(2).respond(500);
        assertThat(send("GET", "/items/1", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/items/2", null).statusCode()).isEqualTo(500);
        assertThat(send("GET", "/items/3", null).statusCode()).isEqualTo(200);
    }

    @Test
    void droppedConnectionBeforeHandlerMakesNoChange() throws Exception {
        server.faults().on("POST", "/**").times(1).dropConnection();
        assertThatThrownBy(() -> send("POST", "/items", "{\"name\":\"a\"}")).isInstanceOf(IOException.class);
        assertThat(writes).hasValue(0);
        assertThat(server.journal().last().orElseThrow().status()).isEqualTo(RecordedRequest.NO_RESPONSE);
    }

    @Test
    void lostResponseStillAppliesTheChange() throws Exception {
        server.faults().onRegex("POST", "/it.*").times(1).applyThenDropConnection();
        assertThatThrownBy(() -> send("POST", "/items", "{\"name\":\"a\"}")).isInstanceOf(IOException.class);
        assertThat(writes).hasValue(1);
    }

    @Test
    void malformedBodyIsNotJson() throws Exception {
        server.faults().on("GET", "/items/{id}").malformedBody();
        HttpResponse<String> r = send("GET", "/items/12345", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> JSON.readTree(r.body())).isInstanceOf(IOException.class);
    }

    @Test
    void seededProbabilityIsReproducible() throws Exception {
        StringBuilder first = new StringBuilder();
        server.faults().on("GET", "/items/*").withProbability(0.5, 42).respond(500);
        for (int i = 0; i < 20; i++) {
            first.append(send("GET", "/items/" + i, null).statusCode() == 500 ? 'F' : '.');
        }
        server.faults().clear();
        StringBuilder second = new StringBuilder();
        server.faults().on("GET", "/items/*").withProbability(0.5, 42).respond(500);
        for (int i = 0; i < 20; i++) {
            second.append(send("GET", "/items/" + i, null).statusCode() == 500 ? 'F' : '.');
        }
        assertThat(second.toString()).isEqualTo(first.toString()).contains("F").contains(".");
    }

    @Test
    void journalAssertionsDescribeOrder() throws Exception {
        send("GET", "/items/1", null);
        send("POST", "/items", "{\"name\":\"b\"}");
        send("DELETE", "/items/1", null);
        JournalAssert.assertThat(server.journal())
                .hasRequestCount(3)
                .hasRequestsInOrder("GET /items/*", "DELETE /items/{id}")
                .hasNoUnmatchedRequests()
                .lastRequest("POST", "/items").hasStatus(201).hasBodyField("/name", "b");
        assertThatThrownBy(() -> JournalAssert.assertThat(server.journal())
                .hasRequestsInOrder("DELETE /items/*", "GET /items/*"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Request journal");
    }
}
