package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.testing.TestClient;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JSON as the server sees it (request bodies) and as the caller gets it (response bodies). */
class JsonBodyTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** An update body of the shape the resources build: every field in one of three states. */
    public record UserUpdate(FieldUpdate<String> phoneNumber, FieldUpdate<String> vrp,
                             FieldUpdate<String> displayName, FieldUpdate<List<String>> groups,
                             FieldUpdate<Integer> priority) {
    }

    /** A response with java.time fields; the server sends more fields than the SDK knows. */
    public record User(String id, Optional<String> vrp, Optional<List<String>> groups, Optional<Integer> priority,
                       java.util.OptionalLong line, java.util.OptionalLong column) {
    }

    /** A request with optional fields, left out when empty. */
    public record Schedule(@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
                           Optional<String> at, Optional<List<Integer>> days) {
    }

    private Transport transport;

    @BeforeEach
    void setUp() {
        transport = TestClient.against(server).build();
    }

    @AfterEach
    void tearDown() {
        transport.close();
    }

    private static String sentBody() {
        return server.findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString();
    }

    @Test
    void fieldUpdatesAreOmittedWrittenOrSentAsNull() {
        server.stubFor(put(anyUrl()).willReturn(ok()));
        UserUpdate update = new UserUpdate(FieldUpdate.set("+3230123456"), FieldUpdate.clear(), FieldUpdate.unchanged(),
                FieldUpdate.set(List.of("sales", "support")), FieldUpdate.setOrClear(null));

        transport.send(RequestSpec.builder(HttpMethod.PUT, "/msteams/users/{id}").pathParam("id", "u1")
                .body(RequestBody.json(update)).build(), ResponseHandler.status());

        assertThat(sentBody()).isEqualTo("{\"phoneNumber\":\"+3230123456\",\"vrp\":null,\"groups\":[\"sales\",\"support\"],\"priority\":null}");
        server.verify(putRequestedFor(anyUrl()).withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void allUnchangedIsAnEmptyObject() {
        server.stubFor(put(anyUrl()).willReturn(ok()));
        UserUpdate update = new UserUpdate(FieldUpdate.unchanged(), FieldUpdate.unchanged(), FieldUpdate.unchanged(),
                FieldUpdate.unchanged(), FieldUpdate.unchanged());

        transport.send(RequestSpec.builder(HttpMethod.PUT, "/u").body(RequestBody.json(update)).build(), ResponseHandler.status());

        assertThat(sentBody()).isEqualTo("{}");
    }

    @Test
    void longStringValuesAreSentWhateverTheirContent() {
        server.stubFor(put(anyUrl()).willReturn(ok()));
        String description = "line \"quoted\" \\ ".repeat(20_000);

        transport.send(RequestSpec.builder(HttpMethod.PUT, "/u").body(RequestBody.json(java.util.Map.of("description", description)))
                .build(), ResponseHandler.status());

        assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).getBodyAsString()).hasSizeGreaterThan(description.length());
    }

    @Test
    void unknownResponseFieldsAreIgnoredAndOptionalsRead() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"u1\",\"groups\":[\"a\",\"b\"],\"priority\":null,\"line\":12,"
                + "\"addedByServerLater\":{\"nested\":[1,2]},\"another\":true}")));

        User user = transport.send(RequestSpec.builder(HttpMethod.GET, "/u").build(), ResponseHandler.json(User.class));

        assertThat(user.id()).isEqualTo("u1");
        assertThat(user.groups()).contains(List.of("a", "b"));
        assertThat(user.priority()).as("JSON null is empty").isEmpty();
        assertThat(user.vrp()).as("a missing optional field is empty, not null").isEmpty();
        assertThat(user.line()).hasValue(12);
        assertThat(user.column()).isEmpty();
    }

    @Test
    void optionalsAreWrittenAsTheirValueAndEmptyOnesLeftOutWhereAsked() {
        server.stubFor(post(anyUrl()).willReturn(ok()));

        transport.send(RequestSpec.builder(HttpMethod.POST, "/schedule")
                .body(RequestBody.json(new Schedule(Optional.empty(), Optional.of(List.of(1, 2))))).build(),
                ResponseHandler.status());
        transport.send(RequestSpec.builder(HttpMethod.POST, "/schedule")
                .body(RequestBody.json(new Schedule(Optional.of("09:00"), Optional.empty()))).build(),
                ResponseHandler.status());

        assertThat(server.findAll(anyRequestedFor(anyUrl()))).extracting(request -> request.getBodyAsString())
                .containsExactlyInAnyOrder("{\"days\":[1,2]}", "{\"at\":\"09:00\",\"days\":null}");
    }

    @Test
    void genericTypesDecodeThroughTypeReference() {
        server.stubFor(get(anyUrl()).willReturn(okJson("[{\"id\":\"a\"},{\"id\":\"b\",\"extra\":1}]")));

        List<User> users = transport.send(RequestSpec.builder(HttpMethod.GET, "/u").build(),
                ResponseHandler.json(new TypeReference<List<User>>() { }));

        assertThat(users).extracting(User::id).containsExactly("a", "b");
    }

    @Test
    void bytesBodyIsSentAsIsWithItsContentType() {
        server.stubFor(post(anyUrl()).willReturn(ok()));
        byte[] csv = "tenantId\n1001\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        transport.send(RequestSpec.builder(HttpMethod.POST, "/csv").body(RequestBody.bytes(csv, RequestBody.CSV)).build(),
                ResponseHandler.status());

        assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).getBody()).isEqualTo(csv);
        assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("Content-Type")).isEqualTo("text/csv; charset=utf-8");
    }
}
