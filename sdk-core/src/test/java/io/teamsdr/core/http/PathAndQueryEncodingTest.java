package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.testing.TestClient;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What actually goes over the wire for path parameters and query strings. An id is user data: it
 * must never be able to add a segment, start a query or fragment, or climb a directory.
 */
class PathAndQueryEncodingTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private Transport transport;

    @BeforeEach
    void setUp() {
        server.stubFor(any(anyUrl()).willReturn(ok()));
        transport = TestClient.against(server).build();
    }

    @AfterEach
    void tearDown() {
        transport.close();
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(getRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @ParameterizedTest(name = "[{index}] id ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "a/b           | a%2Fb",
            "\"a b\"       | a%20b",
            "a?b=c         | a%3Fb%3Dc",
            "a#frag        | a%23frag",
            "100%          | 100%25",
            "%2F           | %252F",
            "Zoë-東京       | Zo%C3%AB-%E6%9D%B1%E4%BA%AC",
            "..            | %2E%2E",
            ".             | %2E",
            "../../admin   | ..%2F..%2Fadmin",
            "a+b;c&d       | a%2Bb%3Bc%26d",
            "user@dom.tld  | user%40dom.tld",
    })
    void hostileIdArrivesAsOneEncodedSegment(String id, String encoded) {
        transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/users/{ms_user_id}/check")
                .pathParam("ms_user_id", id).build(), ResponseHandler.status());

        assertThat(onlyRequest().getUrl()).isEqualTo("/msteams/users/" + encoded + "/check");
    }

    @Test
    void endpointBasePathIsKeptAndSlashIsNotDoubled() {
        try (Transport below = TestClient.against(server)
                .endpoint(URI.create(server.baseUrl() + "/SSConfig/webresources/")).build()) {
            below.send(RequestSpec.builder(HttpMethod.GET, "/teams/tenants").build(), ResponseHandler.status());
        }

        assertThat(onlyRequest().getUrl()).isEqualTo("/SSConfig/webresources/teams/tenants");
    }

    @Test
    void repeatedAndOptionalQueryParametersKeepOrder() {
        transport.send(RequestSpec.builder(HttpMethod.GET, "/teams/users")
                .query("includeDraft", true)
                .queryEach("tag", List.of("a", "b"))
                .query("tag", "c")
                .queryIfPresent("search", Optional.empty())
                .queryIfPresent("page_size", Optional.of(100))
                .build(), ResponseHandler.status());

        assertThat(onlyRequest().getUrl()).isEqualTo("/teams/users?includeDraft=true&tag=a&tag=b&tag=c&page_size=100");
    }

    @Test
    void queryValuesCannotInjectParameters() {
        transport.send(RequestSpec.builder(HttpMethod.GET, "/users")
                .query("search", "Tho mas&admin=true#x+y")
                .build(), ResponseHandler.status());

        assertThat(onlyRequest().getUrl()).isEqualTo("/users?search=Tho%20mas%26admin%3Dtrue%23x%2By");
        server.verify(getRequestedFor(urlPathEqualTo("/users")).withQueryParam("search", equalTo("Tho mas&admin=true#x+y")));
    }

    @Test
    void jsonFilterIsOneEncodedQueryValue() {
        String filters = "{\"country\":[\"BE\",\"NL\"],\"have_number\":\"yes\"}";

        transport.send(RequestSpec.builder(HttpMethod.GET, "/msteams/users")
                .query("page_size", 100)
                .query("filters", filters)
                .build(), ResponseHandler.status());

        assertThat(onlyRequest().getUrl()).isEqualTo("/msteams/users?page_size=100&filters="
                + "%7B%22country%22%3A%5B%22BE%22%2C%22NL%22%5D%2C%22have_number%22%3A%22yes%22%7D");
        server.verify(getRequestedFor(urlPathEqualTo("/msteams/users")).withQueryParam("filters", equalTo(filters)));
    }

    @Test
    void emptyOrUnboundPathParametersAreRefusedBeforeSending() {
        assertThatThrownBy(() -> RequestSpec.builder(HttpMethod.GET, "/users/{id}").pathParam("id", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> RequestSpec.builder(HttpMethod.GET, "/users/{id}").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{id}");
        assertThatThrownBy(() -> RequestSpec.builder(HttpMethod.GET, "/users/{id}").pathParam("other", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
