package io.teamsdr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import io.teamsdr.testkit.vsxi.VsxiEndpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both fakes against clients that stall, flood, or send what no well-behaved client sends, over
 * raw sockets: nothing freezes a fake, and every answer has the fake's documented error shape.
 */
class HostileClientsTest {

    private static final String LOGIN = "/api/v01/auth/login";

    private static FakeFusionServer fusion;
    private static FakeVsxiServer vsxi;
    private static String vsxiAuth;

    @BeforeAll
    static void start() {
        fusion = FakeFusionServer.builder().start();
        vsxi = FakeVsxiServer.builder().demoData().start();
        vsxiAuth = "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (vsxi.username() + ":" + vsxi.password()).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    @AfterAll
    static void stop() {
        fusion.close();
        vsxi.close();
    }

    @BeforeEach
    void reset() {
        fusion.reset();
        vsxi.reset();
    }

    private static String fusionStatus() {
        return "GET " + fusion.subscriptionPath() + "/msteams/status HTTP/1.1\r\nHost: f\r\nAuthorization: Bearer "
                + fusion.adminToken() + "\r\n\r\n";
    }

    private static String vsxiTenants() {
        return "GET /SSConfig/webresources/teams/tenants HTTP/1.1\r\nHost: v\r\n" + vsxiAuth + "\r\n";
    }

    private static byte[] post(String path, String extraHeaders, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + extraHeaders + "Content-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static RawHttp.Answer exchange(StatefulFake fake, byte[] request) {
        try (RawHttp http = RawHttp.connect(fake.baseUrl())) {
            return http.send(request).read();
        }
    }

    private static RawHttp.Answer exchange(StatefulFake fake, String request) {
        return exchange(fake, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertFusionError(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.json().at("/error/code").asInt()).isEqualTo(status);
        assertThat(answer.json().at("/error/reason").asText()).isNotBlank();
    }

    private static void assertVsxiError(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo(code);
        assertThat(answer.json().at("/error/reason").asText()).isNotBlank();
    }

    @Test
    void aStalledBodyNeverFreezesTheFusionFake() {
        byte[] login = ("{\"username\":\"" + FusionDemo.ADMIN_USERNAME + "\",\"password\":\""
                + FusionDemo.ADMIN_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] request = post(LOGIN, "", "application/json", login);
        int split = request.length - login.length + 10;
        try (RawHttp staller = RawHttp.connect(fusion.baseUrl()).send(java.util.Arrays.copyOf(request, split));
             RawHttp other = RawHttp.connect(fusion.baseUrl())) {
            for (int i = 0; i < 5; i++) {
                assertThat(other.send(fusionStatus()).read().status()).isEqualTo(200);
            }
            RawHttp.Answer late = staller.send(java.util.Arrays.copyOfRange(request, split, request.length)).read();
            assertThat(late.status()).as("the staller was still waited for, not timed out").isEqualTo(200);
            assertThat(late.json().path("access_token").asText()).isNotEmpty();
        }
    }

    @Test
    void fortySlowConnectionsNeverStarveEitherFake() {
        List<RawHttp> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                slow.add(RawHttp.connect(fusion.baseUrl()).send("GET " + fusion.subscriptionPath() + "/msteams/status HTTP/1.1\r\n"));
                slow.add(RawHttp.connect(vsxi.baseUrl()).send("GET /SSConfig/webresources/teams/tenants HTTP/1.1\r\n"));
            }
            slow.add(RawHttp.connect(vsxi.baseUrl()).send(post("/SSConfig/webresources/teams/draft/commit", vsxiAuth,
                    "application/json", "{\"description\":\"late\"}".getBytes(StandardCharsets.UTF_8))));
            try (RawHttp f = RawHttp.connect(fusion.baseUrl()); RawHttp v = RawHttp.connect(vsxi.baseUrl())) {
                for (int i = 0; i < 10; i++) {
                    assertThat(f.send(fusionStatus()).read().status()).isEqualTo(200);
                    assertThat(v.send(vsxiTenants()).read().status()).isEqualTo(200);
                }
            }
            for (int i = 0; i < 80; i += 2) {
                assertThat(slow.get(i).send("Host: f\r\nAuthorization: Bearer " + fusion.adminToken() + "\r\n\r\n")
                        .read().status()).as("still waited for").isEqualTo(200);
                assertThat(slow.get(i + 1).send("Host: v\r\n" + vsxiAuth + "\r\n").read().status()).isEqualTo(200);
            }
        } finally {
            slow.forEach(RawHttp::close);
        }
    }

    @Test
    void requestsTheProtocolRefusesHaveEachFakesErrorShape() {
        String status = fusion.subscriptionPath() + "/msteams/status";
        String bearer = "Authorization: Bearer " + fusion.adminToken() + "\r\n";
        assertFusionError(exchange(fusion, "GET " + status + "?x=%zz HTTP/1.1\r\nHost: f\r\n" + bearer + "\r\n"), 400);
        assertFusionError(exchange(fusion, "GET " + status + "?x=a\\b HTTP/1.1\r\nHost: f\r\n" + bearer + "\r\n"), 400);
        assertFusionError(exchange(fusion, "OPTIONS * HTTP/1.1\r\nHost: f\r\n" + bearer + "\r\n"), 404);
        assertFusionError(exchange(fusion, "GET " + status + "?x=" + "a".repeat(400 * 1024) + " HTTP/1.1\r\nHost: f\r\n\r\n"), 414);
        assertFusionError(exchange(fusion, "GET " + status + " HTTP/1.1\r\nHost: f\r\nX-Big: " + "a".repeat(400 * 1024)
                + "\r\n\r\n"), 431);
        RawHttp.Answer lowerCase = exchange(fusion, "get " + status + " HTTP/1.1\r\nHost: f\r\n" + bearer + "\r\n");
        assertFusionError(lowerCase, 405);
        assertThat(lowerCase.headers().get("allow")).isEqualTo("GET");

        String tenants = "/SSConfig/webresources/teams/tenants";
        assertVsxiError(exchange(vsxi, "GET " + tenants + "?x=%zz HTTP/1.1\r\nHost: v\r\n" + vsxiAuth + "\r\n"), 400, "BAD_REQUEST");
        assertVsxiError(exchange(vsxi, "GET " + tenants + "?x=a\\b HTTP/1.1\r\nHost: v\r\n\r\n"), 400, "BAD_REQUEST");
        assertVsxiError(exchange(vsxi, "OPTIONS * HTTP/1.1\r\nHost: v\r\n" + vsxiAuth + "\r\n"), 404, "NOT_FOUND");
        assertVsxiError(exchange(vsxi, "GET " + tenants + "?x=" + "a".repeat(400 * 1024) + " HTTP/1.1\r\nHost: v\r\n\r\n"),
                414, "URI_TOO_LONG");
        assertVsxiError(exchange(vsxi, "GET " + tenants + " HTTP/1.1\r\nHost: v\r\nX-Big: " + "a".repeat(400 * 1024)
                + "\r\n\r\n"), 431, "HEADERS_TOO_LARGE");
        assertVsxiError(exchange(vsxi, "get " + tenants + " HTTP/1.1\r\nHost: v\r\n" + vsxiAuth + "\r\n"), 405,
                "METHOD_NOT_ALLOWED");
    }

    @Test
    void fusionBodiesMustBeJsonInUtf8WithoutDuplicateKeysAndWithinTheCap() {
        byte[] login = ("{\"username\":\"" + FusionDemo.ADMIN_USERNAME + "\",\"password\":\""
                + FusionDemo.ADMIN_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(exchange(fusion, post(LOGIN, "", "application/json; charset=utf-8", login)).status()).isEqualTo(200);
        assertFusionError(exchange(fusion, post(LOGIN, "", "text/plain", login)), 415);
        assertFusionError(exchange(fusion, post(LOGIN, "", "application/json; charset=iso-8859-1", login)), 415);
        RawHttp.Answer duplicate = exchange(fusion, post(LOGIN, "", "application/json",
                "{\"username\":\"reader\",\"username\":\"admin\",\"password\":\"admin-password\"}".getBytes(StandardCharsets.UTF_8)));
        assertFusionError(duplicate, 400);
        assertThat(duplicate.json().at("/error/reason").asText()).contains("Duplicate field 'username'");
        byte[] notUtf8 = "{\"username\":\"admin\u00e9\",\"password\":\"x\"}".getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer invalid = exchange(fusion, post(LOGIN, "", "application/json", notUtf8));
        assertFusionError(invalid, 400);
        assertThat(invalid.json().at("/error/reason").asText()).contains("UTF-8");

        String user = fusion.subscriptionPath() + "/msteams/users/" + fusion.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow();
        byte[] update = "usage_location=NL".getBytes(StandardCharsets.UTF_8);
        assertFusionError(exchange(fusion, put(user, "", "text/plain", update)), 401);
        assertFusionError(exchange(fusion, put(user, "Authorization: Bearer " + fusion.adminToken() + "\r\n", "text/plain",
                update)), 415);
        try (RawHttp http = RawHttp.connect(fusion.baseUrl())) {
            RawHttp.Answer tooLarge = http.send("PUT " + user + " HTTP/1.1\r\nHost: f\r\nAuthorization: Bearer "
                    + fusion.adminToken() + "\r\nContent-Type: application/json\r\nContent-Length: 20000000\r\n\r\n").read();
            assertFusionError(tooLarge, 413);
            assertThat(http.closedByServer()).isTrue();
        }
    }

    private static byte[] put(String path, String extraHeaders, String contentType, byte[] body) {
        byte[] post = post(path, extraHeaders, contentType, body);
        byte[] put = new byte[post.length - 1];
        put[0] = 'P';
        put[1] = 'U';
        put[2] = 'T';
        System.arraycopy(post, 4, put, 3, post.length - 4);
        return put;
    }

    @Test
    void aMachineTokenSurvivesLogout() {
        byte[] login = ("{\"username\":\"" + FusionDemo.MACHINE_USERNAME + "\",\"password\":\""
                + FusionDemo.MACHINE_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);
        String token = exchange(fusion, post(LOGIN, "", "application/json", login)).json().path("token").asText();
        assertThat(token).isEqualTo(fusion.machineToken(FusionDemo.MACHINE_USERNAME).orElseThrow());
        assertThat(exchange(fusion, "GET /api/v01/auth/logout HTTP/1.1\r\nHost: f\r\nAuthorization: Bearer " + token
                + "\r\n\r\n").status()).isEqualTo(204);
        String status = fusion.subscriptionPath() + "/msteams/status";
        assertThat(exchange(fusion, "GET " + status + " HTTP/1.1\r\nHost: f\r\nAuthorization: Bearer " + token
                + "\r\n\r\n").status()).isEqualTo(200);
        assertThat(exchange(fusion, post(LOGIN, "", "application/json", login)).json().path("token").asText())
                .isEqualTo(token);
    }

    @Test
    void anEmptyOrEncodedSessionNeverRollsBackAnotherOne() {
        String root = "/SSConfig/webresources";
        assertThat(exchange(vsxi, post(root + "/teams/draft/start", vsxiAuth, "application/json", new byte[0])).status())
                .isEqualTo(201);
        assertThat(exchange(vsxi, post(root + "/teams/draft/commit", vsxiAuth, "application/json", new byte[0])).status())
                .isEqualTo(201);
        List<?> before = vsxi.sessions();
        assertVsxiError(exchange(vsxi, post(root + "/teams/rollback/", vsxiAuth, "application/json", new byte[0])), 404,
                "NOT_FOUND");
        String latest = vsxi.sessions().get(0).session();
        assertVsxiError(exchange(vsxi, post(root + "/teams/rollback/x%2F" + latest, vsxiAuth, "application/json",
                new byte[0])), 404, "UNKNOWN_SESSION");
        assertThat(vsxi.sessions()).isEqualTo(before);
    }

    @Test
    void aVsxiCommitDescriptionMustBeJsonInUtf8() {
        String root = "/SSConfig/webresources";
        exchange(vsxi, post(root + "/teams/draft/start", vsxiAuth, "application/json", new byte[0]));
        byte[] notUtf8 = "{\"description\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer invalid = exchange(vsxi, post(root + "/teams/draft/commit", vsxiAuth, "application/json", notUtf8));
        assertVsxiError(invalid, 400, "BAD_REQUEST");
        assertThat(invalid.json().at("/error/reason").asText()).contains("UTF-8");
        assertVsxiError(exchange(vsxi, post(root + "/teams/draft/commit", vsxiAuth, "text/plain",
                "{\"description\":\"x\"}".getBytes(StandardCharsets.UTF_8))), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(vsxi.activeDraftId()).as("nothing committed").isPresent();
        RawHttp.Answer committed = exchange(vsxi, post(root + "/teams/draft/commit", vsxiAuth, "application/json",
                "{\"description\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(committed.json().path("description").asText()).isEqualTo("caf\u00e9");
    }

    @Test
    void vsxiJournalPathsAreRelativeToTheApiBase() {
        String root = "/SSConfig/webresources";
        exchange(vsxi, post(root + "/teams/draft/start", vsxiAuth, "application/json", new byte[0]));
        vsxi.faults().on("POST", "/teams/draft/commit").times(1).respond(503);
        assertThat(exchange(vsxi, post(root + "/teams/draft/commit", vsxiAuth, "application/json", new byte[0])).status())
                .isEqualTo(503);
        JournalAssert.assertThat(vsxi.journal())
                .hasRequestsInOrder("POST /teams/draft/start", "POST /teams/draft/commit")
                .hasRequest("POST", vsxi.path(VsxiEndpoint.COMMIT));
        RecordedRequest start = vsxi.journal().requests().get(0);
        assertThat(start.path()).isEqualTo("/teams/draft/start");
        assertThat(start.fullPath()).isEqualTo(root + "/teams/draft/start");
        assertThat(start.route()).hasValue("POST /teams/draft/start");
        assertThat(fusion.journal().requests()).isEmpty();
    }
}
