package io.teamsdr.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.ConflictException;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.testing.TestClient;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each unaccepted status becomes its exception type, carrying what a user needs to act on it. */
class ErrorMappingTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TEMPLATE = "/msteams/users/{ms_user_id}";
    private static final String USER_ID = "1f0c-user";

    private Transport transport;

    @BeforeEach
    void setUp() {
        transport = TestClient.against(server).retry(RetryOptions.none()).build();
    }

    @AfterEach
    void tearDown() {
        transport.close();
    }

    private static RequestSpec getUser() {
        return RequestSpec.builder(HttpMethod.GET, TEMPLATE).pathParam("ms_user_id", USER_ID)
                .requiredRole("msteams.users.read").build();
    }

    private ApiException failWith(int status, String contentType, String body) {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
        return catchThrowableOfType(ApiException.class, () -> transport.send(getUser(), ResponseHandler.json(Map.class)));
    }

    private static String sentRequestId() {
        return server.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("X-Request-Id");
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class, "Fix the request"),
                Arguments.of(422, BadRequestException.class, "Fix the request"),
                Arguments.of(401, UnauthorizedException.class, "Check the credentials"),
                Arguments.of(403, ForbiddenException.class, "Grant the API user the role 'msteams.users.read'"),
                Arguments.of(404, NotFoundException.class, "Check the identifiers in the path"),
                Arguments.of(409, ConflictException.class, "Read the current state"),
                Arguments.of(429, RateLimitedException.class, "Slow down"),
                Arguments.of(500, ServerException.class, "retry later and quote the request id"),
                Arguments.of(503, ServerException.class, "retry later and quote the request id"),
                Arguments.of(418, ApiException.class, "Check the request against the API documentation"));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @MethodSource("statuses")
    void statusMapsToItsExceptionWithAHint(int status, Class<? extends ApiException> type, String hint) {
        ApiException failure = failWith(status, "application/json", "{\"error\":{\"code\":2095,\"reason\":\"Number in use\"}}");

        assertThat(failure).isExactlyInstanceOf(type);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.method()).isEqualTo("GET");
        assertThat(failure.pathTemplate()).isEqualTo(TEMPLATE);
        assertThat(failure.requestId()).isEqualTo(sentRequestId());
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(failure.getMessage())
                .startsWith("GET " + TEMPLATE + " failed with HTTP " + status + " (code 2095: Number in use)")
                .contains(hint)
                .contains("request id " + sentRequestId())
                .doesNotContain(USER_ID)
                .doesNotContain(server.baseUrl());
    }

    @Test
    void forbiddenNamesTheRoleTheSpecDeclares() {
        ForbiddenException failure = (ForbiddenException) failWith(403, "application/json", "{}");
        assertThat(failure.requiredRole()).contains("msteams.users.read");

        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(403)));
        ForbiddenException withoutRole = catchThrowableOfType(ForbiddenException.class, () -> transport.send(
                RequestSpec.builder(HttpMethod.GET, "/x").build(), ResponseHandler.status()));
        assertThat(withoutRole.requiredRole()).isEmpty();
        assertThat(withoutRole).hasMessageContaining("lacks a role");
    }

    static Stream<Arguments> errorBodies() {
        return Stream.of(
                Arguments.of("{\"error\":{\"code\":2095,\"reason\":\"Phone number already assigned\"}}", "2095", "Phone number already assigned"),
                Arguments.of("{\"error\":{\"code\":\"E_DRAFT\",\"reason\":\"No active draft\"}}", "E_DRAFT", "No active draft"),
                Arguments.of("{\"error\":{\"code\":7,\"message\":\"From message\"}}", "7", "From message"),
                Arguments.of("{\"error\":\"Tenant not onboarded\"}", null, "Tenant not onboarded"),
                Arguments.of("{\"message\":\"Subscription expired\"}", null, "Subscription expired"),
                Arguments.of("{\"reason\":\"Quota exceeded\",\"code\":12}", "12", "Quota exceeded"),
                Arguments.of("{\"detail\":\"Invalid UUID\"}", null, "Invalid UUID"),
                Arguments.of("{\"unrelated\":true}", null, null),
                Arguments.of("[1,2,3]", null, null),
                Arguments.of("<html><body>Bad Gateway</body></html>", null, null),
                Arguments.of("", null, null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("errorBodies")
    void errorBodyShapesGiveCodeAndReasonAndTheRawBodyIsKept(String body, String code, String reason) {
        ApiException failure = failWith(400, "application/json", body);

        assertThat(failure.errorCode()).isEqualTo(java.util.Optional.ofNullable(code));
        assertThat(failure.reason()).isEqualTo(java.util.Optional.ofNullable(reason));
        assertThat(failure.body()).isEqualTo(body);
        assertThat(failure.details().body()).isEqualTo(body);
        if (reason != null) {
            assertThat(failure).hasMessageContaining(reason);
        }
    }

    @Test
    void bigErrorBodyIsCappedAt8KiB() {
        String body = "{\"message\":\"too big\",\"padding\":\"" + "x".repeat(100_000) + "\"}";
        ApiException failure = failWith(500, "application/json", body);

        assertThat(failure.body()).hasSize(8 * 1024).isEqualTo(body.substring(0, 8 * 1024));
    }

    @Test
    void errorBodyIsRedacted() {
        ApiException failure = failWith(400, "application/json",
                "{\"error\":\"bad login\",\"username\":\"ops\",\"password\":\"hunter2\",\"access_token\":\"eyJ.abc.def\","
                        + "\"nested\":{\"msPassword\":\"Sup3r!\",\"refresh_token\":\"r-123\"}}");

        assertThat(failure.body())
                .contains("\"username\":\"ops\"", "\"password\":\"***\"", "\"access_token\":\"***\"",
                        "\"msPassword\":\"***\"", "\"refresh_token\":\"***\"")
                .doesNotContain("hunter2", "eyJ.abc.def", "Sup3r!", "r-123");
        assertThat(failure.getMessage()).doesNotContain("hunter2", "eyJ.abc.def");
    }

    @Test
    void secretCutInHalfByTheCapIsStillRedacted() {
        String secret = "S3CRET-" + "k".repeat(200);
        String prefix = "{\"message\":\"x\",\"padding\":\"" + "p".repeat(8 * 1024 - 120) + "\",\"password\":\"";
        ApiException failure = failWith(400, "application/json", prefix + secret + "\"}");

        assertThat(prefix.length()).isLessThan(8 * 1024);
        assertThat(failure.body()).doesNotContain("S3CRET").contains("\"password\":\"***");
    }

    @Test
    void csvErrorBodyHasItsPasswordColumnMasked() {
        ApiException failure = failWith(400, "text/csv; charset=utf-8",
                "tenantId,sipUser,sipPassword,did\n1001,alice,pw-alice,+3212345678\n");

        assertThat(failure.body()).contains("alice", "+3212345678", "***").doesNotContain("pw-alice");
    }

    @Test
    void retryAfterIsReported() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "42")));
        RateLimitedException failure = catchThrowableOfType(RateLimitedException.class,
                () -> transport.send(getUser(), ResponseHandler.status()));

        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(42));
    }

    @Test
    void extraAcceptedStatusesAreResultsNotErrors() {
        server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(207).withBody("{\"status\":\"partial\"}")));
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(400).withBody("{\"status\":\"error\"}")));

        Status partial = transport.send(RequestSpec.builder(HttpMethod.PUT, "/bulk").build(), ResponseHandler.json(Status.class));
        Status rejected = transport.send(RequestSpec.builder(HttpMethod.GET, "/bulk").build(),
                ResponseHandler.json(Status.class).alsoAccepting(400));

        assertThat(partial.status()).isEqualTo("partial");
        assertThat(rejected.status()).isEqualTo("error");
    }

    @Test
    void handlerCanTurnAnAcceptedResponseBackIntoTheMappedException() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"code\":1,\"reason\":\"nope\"}}")));
        Throwable failure = catchThrowable(() -> transport.send(getUser(), ((ResponseHandler<Object>) response -> {
            throw response.toApiException();
        }).alsoAccepting(400)));

        assertThat(failure).isInstanceOf(BadRequestException.class);
        assertThat(((ApiException) failure).reason()).contains("nope");
    }

    @Test
    void malformedJsonInA2xxIsADecodingException() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{\"users\": [ {\"id\": \"u1\", ")));
        try (Transport retrying = TestClient.against(server).build()) {
            DecodingException failure = catchThrowableOfType(DecodingException.class,
                    () -> retrying.send(getUser(), ResponseHandler.json(Map.class)));

            assertThat(failure.status()).isEqualTo(200);
            assertThat(failure.body()).isEqualTo("{\"users\": [ {\"id\": \"u1\", ");
            assertThat(failure.getMessage()).startsWith("GET " + TEMPLATE + " answered HTTP 200")
                    .contains("not the documented shape").contains("different version");
        }
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("a decoding failure is not retried").hasSize(1);
    }

    @Test
    void wrongFieldTypeIsADecodingExceptionWithRedactedBody() {
        server.stubFor(get(anyUrl()).willReturn(okJson("{\"count\":\"many\",\"token\":\"tok-1\"}")));
        DecodingException failure = catchThrowableOfType(DecodingException.class,
                () -> transport.send(getUser(), ResponseHandler.json(Counted.class)));

        assertThat(failure.body()).doesNotContain("tok-1").contains("\"token\":\"***\"");
        assertThat(failure.getMessage()).doesNotContain("tok-1");
    }

    /** A bulk result shape. */
    public record Status(String status) {
    }

    /** A response shape for the decoding test. */
    public record Counted(int count) {
    }
}
