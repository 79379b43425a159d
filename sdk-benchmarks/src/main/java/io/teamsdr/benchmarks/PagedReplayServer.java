package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the users list (#5) of a tenant of any size from pages rendered once at start: the first
 * page the {@code FakeFusionServer} answers for a DSL-seeded tenant is recorded, and every page of
 * the large tenant is that page with each user's id, UPN and display name renumbered. The JSON is
 * the fake's, byte for byte in shape; the server's cost per page is a lookup, so the scroll figures
 * against it are the client's. It exists because the fake cannot be seeded with 100,000 users in
 * reasonable time (see {@link SeedingRun}).
 */
public final class PagedReplayServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<byte[]> pages;
    private final int pageSize;
    private final Endpoint endpoint;

    private PagedReplayServer(Endpoint recordedFrom, List<byte[]> pages, int pageSize, int users) throws IOException {
        this.pages = pages;
        this.pageSize = pageSize;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        this.executor = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "paged-replay");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
        this.endpoint = new Endpoint(ServerKind.FUSION_PAGES.name(), "http://127.0.0.1:" + server.getAddress().getPort(),
                recordedFrom.token(), "", recordedFrom.draasInstance(), recordedFrom.tenantUuid(),
                recordedFrom.subscriptionId(), "", users, recordedFrom.pid());
    }

    /**
     * Seeds a fake with one page of users, records that page and renders the pages of a tenant of
     * {@code users} users.
     *
     * @param users the size of the tenant to serve
     * @param pageSize the page size clients must ask for
     * @return the running server
     * @throws IOException when the fake cannot be read or the server cannot start
     */
    public static PagedReplayServer render(int users, int pageSize) throws IOException {
        try (FakeFusionServer fusion = FakeFusionServer.builder().seed(LargeTenants.fusion(pageSize)).start()) {
            Endpoint source = ServerMain.fusionEndpoint(ServerKind.FUSION_LARGE, fusion, "");
            HttpResponse<byte[]> response;
            try {
                response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(source.baseUrl()
                                + source.subscriptionPath() + "/msteams/users?page_size=" + pageSize))
                        .header("Authorization", "Bearer " + source.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while recording", interrupted);
            }
            if (response.statusCode() != 200) {
                throw new IOException("the fake answered the users list with " + response.statusCode());
            }
            ArrayNode template = (ArrayNode) JSON.readTree(response.body()).path("users");
            List<byte[]> pages = new ArrayList<>();
            for (int first = 0; first < users; first += pageSize) {
                ObjectNode page = JSON.createObjectNode();
                int pageNumber = pages.size();
                if (first + pageSize < users) {
                    page.put("next", "page-" + (pageNumber + 1));
                }
                ArrayNode list = page.putArray("users");
                for (int i = first; i < Math.min(users, first + pageSize); i++) {
                    ObjectNode user = template.get(i - first).deepCopy();
                    ObjectNode teams = (ObjectNode) user.path("msTeams");
                    teams.put("id", new UUID(0x7EA5D8L, i).toString());
                    teams.put("userPrincipalName", LargeTenants.upn(i));
                    teams.put("displayName", String.format(Locale.ROOT, "Bench User %07d", i));
                    list.add(user);
                }
                pages.add(JSON.writeValueAsBytes(page));
            }
            return new PagedReplayServer(source, pages, pageSize, users);
        }
    }

    /**
     * Returns where the server listens, with the identifiers of the recorded fake.
     *
     * @return the endpoint
     */
    public Endpoint endpoint() {
        return endpoint;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            int page = pageOf(query);
            if (!exchange.getRequestMethod().equals("GET") || !exchange.getRequestURI().getPath().endsWith("/msteams/users")
                    || query == null || !query.contains("page_size=" + pageSize) || page < 0 || page >= pages.size()) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] body = pages.get(page);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static int pageOf(String query) {
        if (query == null) {
            return -1;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("next=page-")) {
                try {
                    return Integer.parseInt(parameter.substring("next=page-".length()));
                } catch (NumberFormatException malformed) {
                    return -1;
                }
            }
        }
        return 0;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
