package io.teamsdr.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.core.testing.RawServer;
import io.teamsdr.core.testing.TestClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calls in a row keep one TCP connection, also when the handler reads only the status (a PUT whose
 * answer body the caller ignores): the server counts the connections it accepted.
 */
class ConnectionReuseTest {
    private static final int CALLS = 200;

    @ParameterizedTest(name = "status-only PUTs answered with a {0}-byte body keep their connection")
    @ValueSource(ints = {0, 2, 700, 20_000})
    void statusOnlyPutsKeepTheirConnection(int bodyLength) throws Exception {
        byte[] body = "x".repeat(bodyLength).getBytes(StandardCharsets.UTF_8);
        try (RawServer server = new RawServer().answering(request -> RawServer.Action.respond(200,
                     Map.of("Content-Type", "application/json"), body));
             Transport transport = TestClient.builder().endpoint(server.uri()).build()) {
            for (int i = 0; i < CALLS; i++) {
                RequestSpec put = RequestSpec.builder(HttpMethod.PUT, "/msteams/users/{id}").pathParam("id", "u" + i)
                        .body(RequestBody.json(Map.of("displayName", "User " + i))).build();
                assertThat(transport.send(put, ResponseHandler.status())).isEqualTo(200);
            }
            assertThat(server.requests()).hasSize(CALLS);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void getsThatReadTheirBodyKeepTheirConnectionToo() throws Exception {
        try (RawServer server = new RawServer().answering(request -> RawServer.Action.respond(200, "{\"id\":\"u\"}"));
             Transport transport = TestClient.builder().endpoint(server.uri()).build()) {
            for (int i = 0; i < CALLS; i++) {
                transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/user/u").build(), ResponseHandler.json(Map.class));
            }
            assertThat(server.connections()).isEqualTo(1);
        }
    }
}
