package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.UsersApi;
import io.teamsdr.fusion.model.UserUpdate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a client keeps its connection from call to call: sends the same call many times, one
 * after the other, to the {@link ReplayServer} and reads how many new TCP connections the server saw.
 * A client that reuses its connection opens one.
 *
 * <p>Arguments: endpoint JSON of a {@link ServerKind#FIXED} server, {@code sdk|raw},
 * {@code get|put}, calls.
 */
public final class ConnectionReuseRun {
    private ConnectionReuseRun() {
    }

    /**
     * Makes the calls and prints the new connections.
     *
     * @param args endpoint JSON, client, call, count
     * @throws Exception when a call fails
     */
    public static void main(String[] args) throws Exception {
        Endpoint endpoint = new ObjectMapper().readValue(args[0], Endpoint.class);
        boolean sdk = args[1].equals("sdk");
        boolean put = args[2].equals("put");
        int calls = Integer.parseInt(args[3]);
        HttpClient stats = HttpClient.newHttpClient();
        try (FusionClient client = Clients.fusion(endpoint)) {
            UsersApi users = Clients.msTeams(client, endpoint).users();
            RawFusionClient raw = new RawFusionClient(endpoint);
            UserUpdate update = UserUpdate.builder().displayName(ReplayServer.UPDATE.displayName())
                    .location(ReplayServer.UPDATE.location()).build();
            long before = connections(stats, endpoint);
            for (int i = 0; i < calls; i++) {
                if (sdk && put) {
                    users.update(endpoint.userId(), update);
                } else if (sdk) {
                    users.get(endpoint.userId());
                } else if (put) {
                    raw.updateUser(endpoint.userId(), ReplayServer.UPDATE);
                } else {
                    raw.getUser(endpoint.userId());
                }
            }
            long opened = connections(stats, endpoint) - before;
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("calls", calls);
            figures.put("newConnections", opened);
            figures.put("newConnectionsPer1000Calls", opened * 1000.0 / calls);
            ChildJvm.printResult(figures);
        }
    }

    private static long connections(HttpClient stats, Endpoint endpoint) throws IOException, InterruptedException {
        HttpResponse<String> response = stats.send(HttpRequest.newBuilder(
                URI.create(endpoint.baseUrl() + ReplayServer.CONNECTIONS_PATH)).build(), HttpResponse.BodyHandlers.ofString());
        return Long.parseLong(response.body().trim());
    }
}
