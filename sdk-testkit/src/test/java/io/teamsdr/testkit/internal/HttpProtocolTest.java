package io.teamsdr.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.RawHttp;
import io.teamsdr.testkit.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer over raw sockets: what it refuses and how (always the API's error shape), what it
 * frames (keep-alive, pipelining, chunked bodies, 100-continue), and that stalling or non-reading
 * clients never hold the server.
 */
class HttpProtocolTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private static final String HOST = "Host: fake\r\n";

    private final List<FakeHttpServer> servers = new ArrayList<>();
    private final CountDownLatch bigAnswerCut = new CountDownLatch(1);

    @AfterEach
    void stop() {
        servers.forEach(FakeHttpServer::close);
    }

    private FakeHttpServer start(HttpLimits limits) {
        RouteTable routes = new RouteTable()
                .add("GET", "/items/{id}", r -> Response.json(200, Map.of("id", r.pathParam("id"))))
                .add("DELETE", "/items/{id}", r -> Response.empty(204))
                .add("POST", "/items", r -> Response.json(201, Map.of("name", r.json().path("name").asText())))
                .add("POST", "/count", r -> {
                    try (InputStream body = r.bodyStream()) {
                        return Response.json(200, Map.of("bytes", body.transferTo(java.io.OutputStream.nullOutputStream())));
                    }
                })
                .add("GET", "/big", r -> Response.streamed(200, "application/octet-stream", out -> {
                    byte[] block = new byte[64 * 1024];
                    try {
                        for (int i = 0; i < 4096; i++) {
                            out.write(block);
                        }
                    } catch (IOException cut) {
                        bigAnswerCut.countDown();
                        throw cut;
                    }
                }));
        FakeHttpServer server = FakeHttpServer.builder("test").routes(routes).limits(limits).start();
        servers.add(server);
        return server;
    }

    private static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\n" + HOST + "\r\n";
    }

    private static String post(String target, String contentType, String body) {
        return "POST " + target + " HTTP/1.1\r\n" + HOST + "Content-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static void assertErrorShape(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).isEqualTo("application/json");
        JsonNode error = answer.json().path("error");
        assertThat(error.path("code").asInt()).isEqualTo(status);
        assertThat(error.path("reason").asText()).isNotBlank();
    }

    @Test
    void everyRequestTheProtocolRefusesIsAnsweredInTheErrorShapeThenClosed() {
        FakeHttpServer server = start(HttpLimits.defaults().withMaxBodyBytes(1024 * 1024));
        Map<String, Integer> refusals = new LinkedHashMap<>();
        refusals.put(get("/items/1?x=%zz"), 400);
        refusals.put(get("/items/1?x=a\\b"), 400);
        refusals.put(get("/items/%zz"), 400);
        refusals.put(get("/items/%C3%28"), 400);
        refusals.put(get("items/1"), 400);
        refusals.put("GET /items/1 HTTP/2.0\r\n" + HOST + "\r\n", 505);
        refusals.put("GET /items/1 HTTP/1.1\r\n\r\n", 400);
        refusals.put("GET /items/1  HTTP/1.1\r\n" + HOST + "\r\n", 400);
        refusals.put("G(T /items/1 HTTP/1.1\r\n" + HOST + "\r\n", 400);
        refusals.put("GET /items/1 HTTP/1.1\r\n" + HOST + "Bad Name: x\r\n\r\n", 400);
        refusals.put("GET /items/1 HTTP/1.1\r\n" + HOST + "X-Folded: a\r\n b\r\n\r\n", 400);
        refusals.put("GET /items/1 HTTP/1.1\r\n" + HOST + "Expect: magic\r\n\r\n", 417);
        refusals.put("POST /items HTTP/1.1\r\n" + HOST + "Transfer-Encoding: gzip\r\n\r\n", 501);
        refusals.put("POST /items HTTP/1.1\r\n" + HOST + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n", 400);
        refusals.put("POST /items HTTP/1.1\r\n" + HOST + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n", 400);
        refusals.put("POST /items HTTP/1.1\r\n" + HOST + "Content-Length: 2000000\r\n\r\n", 413);
        refusals.put(get("/items/1?q=" + "x".repeat(400 * 1024)), 414);
        refusals.put("GET /items/1 HTTP/1.1\r\n" + HOST + "X-Big: " + "y".repeat(400 * 1024) + "\r\n\r\n", 431);
        refusals.put("GET /items/1 HTTP/1.1\r\n" + HOST + "X-Many: 1\r\n".repeat(200) + "\r\n", 431);
        refusals.forEach((request, status) -> {
            try (RawHttp http = RawHttp.connect(server.baseUrl())) {
                RawHttp.Answer answer = http.send(request).read();
                assertErrorShape(answer, status);
                assertThat(answer.headers().get("connection")).as(request).isEqualTo("close");
                assertThat(http.closedByServer()).as(request).isTrue();
            }
        });
        assertThat(server.journal().unmatchedRequests()).hasSize(refusals.size())
                .extracting(RecordedRequest::status).doesNotContain(200);
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            assertErrorShape(http.send("OPTIONS * HTTP/1.1\r\n" + HOST + "\r\n").read(), 404);
        }
    }

    @Test
    void methodsAreCaseSensitive() {
        FakeHttpServer server = start(HttpLimits.defaults());
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            RawHttp.Answer answer = http.send("get /items/1 HTTP/1.1\r\n" + HOST + "\r\n").read();
            assertErrorShape(answer, 405);
            assertThat(answer.headers().get("allow")).isEqualTo("DELETE, GET");
        }
    }

    @Test
    void emptySegmentsMatchNothingAndAnEncodedSlashStaysInItsSegment() {
        FakeHttpServer server = start(HttpLimits.defaults());
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            assertErrorShape(http.send(get("/items/")).read(), 404);
            assertErrorShape(http.send(get("//items/1")).read(), 404);
            assertErrorShape(http.send(get("/items/1/")).read(), 404);
            RawHttp.Answer encoded = http.send(get("/items/a%2Fb")).read();
            assertThat(encoded.status()).isEqualTo(200);
            assertThat(encoded.json().path("id").asText()).isEqualTo("a/b");
            assertThat(http.send(get("/items/caf%C3%A9?x=%20y+z")).read().json().path("id").asText()).isEqualTo("café");
        }
        assertThat(server.journal().requests()).extracting(RecordedRequest::path)
                .containsExactly("/items/", "//items/1", "/items/1/", "/items/a%2Fb", "/items/café");
        assertThat(server.journal().last().orElseThrow().queryParam("x")).hasValue(" y z");
    }

    @Test
    void keptAliveConnectionsServePipelinedRequestsInOrder() {
        FakeHttpServer server = start(HttpLimits.defaults());
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            http.send(get("/items/1") + post("/items", "application/json", "{\"name\":\"n\"}") + get("/items/3"));
            assertThat(http.read().json().path("id").asText()).isEqualTo("1");
            assertThat(http.read().json().path("name").asText()).isEqualTo("n");
            RawHttp.Answer third = http.read();
            assertThat(third.json().path("id").asText()).isEqualTo("3");
            assertThat(third.headers()).containsKeys("date", "x-request-id").doesNotContainKey("connection");
            RawHttp.Answer head = http.send("HEAD /items/4 HTTP/1.1\r\n" + HOST + "\r\n").readHeadAnswer();
            assertThat(head.status()).isEqualTo(405);
            assertThat(http.send(get("/items/5")).read().json().path("id").asText())
                    .as("HEAD answered without a body").isEqualTo("5");
        }
        try (RawHttp http10 = RawHttp.connect(server.baseUrl())) {
            assertThat(http10.send("GET /items/6 HTTP/1.0\r\n\r\n").read().status()).isEqualTo(200);
            assertThat(http10.closedByServer()).isTrue();
        }
    }

    @Test
    void chunkedBodiesAndExpectContinueAreRead() {
        FakeHttpServer server = start(HttpLimits.defaults().withMaxBodyBytes(1024));
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            RawHttp.Answer chunked = http.send("POST /items HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n5;ext=1\r\n{\"nam\r\na\r\ne\":\"chunk\"\r\n1\r\n}\r\n0\r\nX-Trailer: t\r\n\r\n")
                    .read();
            assertThat(chunked.status()).as(chunked.text()).isEqualTo(201);
            assertThat(chunked.json().path("name").asText()).isEqualTo("chunk");

            http.send("POST /items HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 14\r\n\r\n");
            assertThat(http.read().status()).isEqualTo(100);
            assertThat(http.send("{\"name\":\"go\"}\n").read().json().path("name").asText()).isEqualTo("go");
        }
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            String twoKib = Integer.toHexString(2048) + "\r\n" + "z".repeat(2048) + "\r\n0\r\n\r\n";
            RawHttp.Answer tooLarge = http.send("POST /count HTTP/1.1\r\n" + HOST + "Content-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + twoKib).read();
            assertErrorShape(tooLarge, 413);
            assertThat(http.closedByServer()).isTrue();
        }
    }

    @Test
    void aStalledHeadIsAnswered408AndClosed() {
        FakeHttpServer server = start(HttpLimits.defaults().withReadTimeouts(SHORT, SHORT));
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            RawHttp.Answer answer = http.send("GET /items/1 HTTP/1.1\r\n" + HOST).read();
            assertErrorShape(answer, 408);
            assertThat(http.closedByServer()).isTrue();
        }
        try (RawHttp silent = RawHttp.connect(server.baseUrl())) {
            assertThat(silent.closedByServer()).as("a connection that never sends a byte is closed").isTrue();
        }
    }

    @Test
    void aStalledBodyIsAnswered408AndClosed() {
        FakeHttpServer server = start(HttpLimits.defaults().withReadTimeouts(SHORT, SHORT));
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            RawHttp.Answer answer = http.send("POST /items HTTP/1.1\r\n" + HOST
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"name\":").read();
            assertErrorShape(answer, 408);
            assertThat(http.closedByServer()).isTrue();
        }
        assertThat(server.journal().last().orElseThrow().status()).isEqualTo(408);
    }

    @Test
    void aClientThatStopsReadingIsCutOff() throws Exception {
        FakeHttpServer server = start(HttpLimits.defaults().withWriteTimeout(SHORT));
        try (RawHttp http = RawHttp.connect(server.baseUrl())) {
            http.send(get("/big"));
            assertThat(bigAnswerCut.await(30, TimeUnit.SECONDS)).as("the blocked write was cut").isTrue();
        }
    }

    @Test
    void slowConnectionsNeverStarveOtherClients() throws Exception {
        FakeHttpServer server = start(HttpLimits.defaults().withReadTimeouts(Duration.ofMinutes(1), Duration.ofMinutes(1)));
        List<RawHttp> slowHeads = new ArrayList<>();
        List<RawHttp> slowBodies = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                slowHeads.add(RawHttp.connect(server.baseUrl()).send("GET /items/" + i + " HTTP/1.1\r\n"));
            }
            for (int i = 0; i < 8; i++) {
                slowBodies.add(RawHttp.connect(server.baseUrl()).send("POST /items HTTP/1.1\r\n" + HOST
                        + "Content-Type: application/json\r\nContent-Length: 15\r\n\r\n{\"name\":"));
            }
            HttpClient client = HttpClient.newHttpClient();
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/items/x" + i))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
            }
            // Every slow client was still being waited for, not timed out, while the others were served.
            for (RawHttp slow : slowHeads) {
                assertThat(slow.send(HOST + "\r\n").read().status()).isEqualTo(200);
            }
            for (RawHttp slow : slowBodies) {
                assertThat(slow.send("\"late\"}").read().status()).isEqualTo(201);
            }
        } finally {
            slowHeads.forEach(RawHttp::close);
            slowBodies.forEach(RawHttp::close);
        }
    }

    @Test
    void connectionsBeyondTheCapAreAnswered503() {
        FakeHttpServer server = start(HttpLimits.defaults().withMaxConnections(2));
        try (RawHttp a = RawHttp.connect(server.baseUrl()).send("GET /items/1 HTTP/1.1\r\n");
             RawHttp b = RawHttp.connect(server.baseUrl()).send("GET /items/2 HTTP/1.1\r\n");
             RawHttp c = RawHttp.connect(server.baseUrl())) {
            assertErrorShape(c.send(get("/items/3")).read(), 503);
            assertThat(a.send(HOST + "\r\n").read().status()).isEqualTo(200);
        }
    }

    @Test
    void closingCutsARequestWaitingOutAFaultDelayAndTheNextServerAnswersOnTheSameThreads() throws Exception {
        FakeHttpServer server = start(HttpLimits.defaults());
        io.teamsdr.testkit.FaultRule tenMinutes = server.faults().on("GET", "/items/slow").delay(Duration.ofMinutes(10));
        HttpClient client = HttpClient.newHttpClient();
        var slow = client.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/items/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        while (tenMinutes.firedCount() == 0 && !slow.isDone()) {
            Thread.onSpinWait();
        }
        server.close();

        assertThat(slow).as("the request the fake was holding").failsWithin(Duration.ofSeconds(30));
        FakeHttpServer next = start(HttpLimits.defaults());
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(next.baseUrl() + "/items/7")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("an interrupt meant for the closed fake must not reach the next one").isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"id\":\"7\"}");
    }
}
