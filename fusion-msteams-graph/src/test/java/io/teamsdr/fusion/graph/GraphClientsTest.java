package io.teamsdr.fusion.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.HttpMethod;
import com.microsoft.kiota.RequestInformation;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.graph.internal.BearerTokenAuthentication;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.testkit.RecordedRequest;
import io.teamsdr.testkit.fusion.FakeFusionExtension;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionRoles;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Building Graph clients for a chosen base URL with the caller's tokens. */
class GraphClientsTest {

    @RegisterExtension
    static final FakeFusionExtension FUSION = FakeFusionExtension.builder().build();

    @Test
    void clientSendsToTheGivenBaseUrlAskingTheSupplierForEveryRequest(FakeFusionServer server) {
        AtomicInteger asked = new AtomicInteger();
        GraphServiceClient graph = GraphClients.create(server.graph().baseUrl(), () -> {
            asked.incrementAndGet();
            return server.adminToken();
        });

        graph.users().get(request -> request.queryParameters.top = 5);
        graph.subscribedSkus().get();

        List<RecordedRequest> requests = server.journal().requests();
        assertThat(requests).extracting(RecordedRequest::path).containsExactly("/v1.0/users", "/v1.0/subscribedSkus");
        assertThat(requests).extracting(RecordedRequest::status).containsOnly(200);
        assertThat(asked).hasValue(2);
    }

    @Test
    void rotatedTokenIsPickedUpWithoutANewClient(FakeFusionServer server) {
        String first = server.mintToken(FusionRoles.ALL, null);
        String second = server.mintToken(FusionRoles.ALL, null);
        String[] current = {first};
        GraphServiceClient graph = GraphClients.create(server.graph().baseUrl(), () -> current[0]);

        graph.subscribedSkus().get();
        server.revokeToken(first);
        current[0] = second;
        graph.subscribedSkus().get();

        assertThat(server.journal().requests()).extracting(RecordedRequest::status).containsExactly(200, 200);
    }

    @Test
    void baseUrlMustBeHttpsExceptOnLoopback() {
        assertThat(GraphClients.create(GraphClients.MICROSOFT_GRAPH_V1, () -> "t").getRequestAdapter().getBaseUrl())
                .isEqualTo("https://graph.microsoft.com/v1.0");
        assertThat(GraphClients.create(URI.create("http://localhost:8080/v1.0/"), () -> "t").getRequestAdapter()
                .getBaseUrl()).isEqualTo("http://localhost:8080/v1.0");
        assertThat(GraphClients.create(URI.create("http://[::1]:8080/v1.0"), () -> "t")).isNotNull();
        assertThatThrownBy(() -> GraphClients.create(URI.create("http://graph.example.net/v1.0"), () -> "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> GraphClients.create(URI.create("http://127.example.net/v1.0"), () -> "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GraphClients.create(URI.create("/v1.0"), () -> "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> GraphClients.create(URI.create("https://user:pw@graph.example.net/v1.0"), () -> "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user info")
                .hasMessageNotContaining("pw");
    }

    @Test
    void tokenGoesOnlyToTheBaseUrlsOrigin() {
        BearerTokenAuthentication auth = new BearerTokenAuthentication(URI.create("https://graph.microsoft.com/v1.0"),
                () -> "secret-token");

        RequestInformation same = request("https://graph.microsoft.com/v1.0/users?$skiptoken=x");
        RequestInformation otherHost = request("https://evil.example.net/v1.0/users");
        RequestInformation otherScheme = request("http://graph.microsoft.com/v1.0/users");
        RequestInformation otherPort = request("https://graph.microsoft.com:8443/v1.0/users");
        for (RequestInformation r : List.of(same, otherHost, otherScheme, otherPort)) {
            auth.authenticateRequest(r, Map.of());
        }

        assertThat(same.headers.get("Authorization")).containsExactly("Bearer secret-token");
        assertThat(otherHost.headers.containsKey("Authorization")).isFalse();
        assertThat(otherScheme.headers.containsKey("Authorization")).isFalse();
        assertThat(otherPort.headers.containsKey("Authorization")).isFalse();
        assertThat(auth.toString()).doesNotContain("secret-token").contains("***");
    }

    @Test
    void blankTokenFailsBeforeSending() {
        BearerTokenAuthentication auth = new BearerTokenAuthentication(URI.create("https://graph.microsoft.com/v1.0"),
                () -> " ");

        assertThatThrownBy(() -> auth.authenticateRequest(request("https://graph.microsoft.com/v1.0/users"), Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no token");
    }

    @Test
    void fusionAndGraphClientsShareTheFakesTokens(FakeFusionServer server, MsTeams teams) {
        GraphServiceClient graph = GraphClients.create(server.graph().baseUrl(), server::readOnlyToken);

        int graphUsers = graph.users().get(request -> request.queryParameters.top = 999).getValue().size();
        long fusionUsers = teams.users().list(UserQuery.builder().pageSize(999).build()).stream().count();

        assertThat(graphUsers).isEqualTo(fusionUsers).isEqualTo(server.userCount());
    }

    private static RequestInformation request(String url) {
        RequestInformation info = new RequestInformation();
        info.httpMethod = HttpMethod.GET;
        info.setUri(URI.create(url));
        return info;
    }
}
