package io.teamsdr.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.fusion.FusionSeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal JDK {@code HttpServer} that answers GET user, PUT user and GET status with the exact
 * status and bytes the {@code FakeFusionServer} gave for them: the server side costs next to nothing,
 * so a per-call figure against it is the client's own. It also counts the TCP connections it has
 * seen (distinct client addresses), answered at {@value #CONNECTIONS_PATH}, to tell whether a client
 * reuses its connections.
 */
public final class ReplayServer implements AutoCloseable {
    /** The user update the benchmarks send: it changes nothing, so every call gets the same answer. */
    public static final RawFusionClient.UserUpdateBody UPDATE =
            new RawFusionClient.UserUpdateBody("Thomas Anderson", "NL");

    /** The path answering the number of connections seen so far, as plain text. */
    public static final String CONNECTIONS_PATH = "/_bench/connections";

    private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();
    private final HttpServer server;
    private final ExecutorService executor;
    private final Endpoint endpoint;
    private final Answer user;
    private final Answer update;
    private final Answer status;

    /** One recorded answer. */
    private record Answer(int status, String contentType, byte[] body) {
    }

    private ReplayServer(Endpoint recordedFrom, Answer user, Answer update, Answer status) throws IOException {
        this.user = user;
        this.update = update;
        this.status = status;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        this.executor = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "replay");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        this.endpoint = new Endpoint(ServerKind.FIXED.name(), base, recordedFrom.token(), "",
                recordedFrom.draasInstance(), recordedFrom.tenantUuid(), recordedFrom.subscriptionId(),
                recordedFrom.userId(), recordedFrom.users(), recordedFrom.pid());
    }

    /**
     * Starts a fake with the seed, records its answers for the demo user Thomas Anderson, stops it and
     * starts the replaying server.
     *
     * @param seed the fake's data
     * @return the running replay server
     * @throws IOException when the server cannot start
     */
    public static ReplayServer recordFrom(FusionSeed seed) throws IOException {
        try (FakeFusionServer fusion = FakeFusionServer.builder().seed(seed).start()) {
            Endpoint source = ServerMain.fusionEndpoint(ServerKind.FUSION_DEMO, fusion,
                    fusion.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = source.baseUrl() + source.subscriptionPath();
            String auth = "Bearer " + source.token();
            Answer user = fetch(http, HttpRequest.newBuilder(URI.create(base + "/msteams/user/" + source.userId()))
                    .header("Authorization", auth).GET().build());
            Answer update = fetch(http, HttpRequest.newBuilder(URI.create(base + "/msteams/users/" + source.userId()))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"" + UPDATE.displayName()
                            + "\",\"location\":\"" + UPDATE.location() + "\"}", StandardCharsets.UTF_8)).build());
            Answer status = fetch(http, HttpRequest.newBuilder(URI.create(base + "/msteams/status"))
                    .header("Authorization", auth).GET().build());
            return new ReplayServer(source, user, update, status);
        }
    }

    private static Answer fetch(HttpClient http, HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while recording", interrupted);
        }
    }

    /**
     * Returns where the replay server listens, with the identifiers of the recorded fake.
     *
     * @return the endpoint
     */
    public Endpoint endpoint() {
        return endpoint;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals(CONNECTIONS_PATH)) {
                byte[] count = String.valueOf(connections.size()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, count.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(count);
                }
                return;
            }
            connections.add(exchange.getRemoteAddress());
            Answer answer = null;
            if (method.equals("GET") && path.endsWith("/msteams/status")) {
                answer = status;
            } else if (method.equals("GET") && path.contains("/msteams/user/")) {
                answer = user;
            } else if (method.equals("PUT") && path.contains("/msteams/users/")) {
                answer = update;
            }
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
