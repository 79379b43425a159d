package io.teamsdr.testkit.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import io.teamsdr.testkit.JournalAssert;
import io.teamsdr.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoutingAndAuthTest extends DemoServerTest {

    private static final String USER = "/msteams/users/00000000-0000-4000-8000-000000000000";

    /** Every endpoint of the inventory with its required role; "{u}" stands for a real user id. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/msteams/status", FusionRoles.STATUS_READ),
                Arguments.of("GET", "/msteams/admins", FusionRoles.ADMINS_READ),
                Arguments.of("POST", "/msteams/admins", FusionRoles.ADMINS_UPDATE),
                Arguments.of("DELETE", "/msteams/admins", FusionRoles.ADMINS_DELETE),
                Arguments.of("GET", "/msteams/users", FusionRoles.USERS_LIST),
                Arguments.of("GET", "/msteams/user/{u}", FusionRoles.USERS_READ),
                Arguments.of("GET", "/msteams/users/{u}/check", FusionRoles.USERS_INSTANCE_CHECK),
                Arguments.of("PUT", "/msteams/users/{u}", FusionRoles.USERS_INSTANCE_UPDATE),
                Arguments.of("PUT", "/msteams/users/bulk", FusionRoles.USERS_BULK),
                Arguments.of("PUT", "/msteams/users/{u}/groups", FusionRoles.USERS_INSTANCE_GROUPS_UPDATE),
                Arguments.of("PUT", "/msteams/users/{u}/licenses", FusionRoles.USERS_INSTANCE_LICENSES_UPDATE),
                Arguments.of("PUT", "/msteams/users/{u}/phone_number",
                        FusionRoles.USERS_INSTANCE_PHONE_NUMBER_UPDATE),
                Arguments.of("PUT", "/msteams/users/{u}/vrp", FusionRoles.USERS_INSTANCE_VRP_UPDATE),
                Arguments.of("GET", "/msteams/resource_accounts", FusionRoles.RESOURCE_ACCOUNTS_LIST),
                Arguments.of("POST", "/msteams/resource_accounts", FusionRoles.RESOURCE_ACCOUNTS_CREATE),
                Arguments.of("PUT", "/msteams/resource_accounts/x", FusionRoles.RESOURCE_ACCOUNTS_UPDATE),
                Arguments.of("DELETE", "/msteams/resource_accounts/x", FusionRoles.RESOURCE_ACCOUNTS_INSTANCE_DELETE),
                Arguments.of("GET", "/msteams/domains", FusionRoles.DOMAINS_LIST),
                Arguments.of("GET", "/msteams/licenses", FusionRoles.LICENSES_LIST),
                Arguments.of("PUT", "/msteams/{u}/licenses", FusionRoles.LICENSES_INSTANCE_UPDATE),
                Arguments.of("POST", "/msteams/users", FusionRoles.USERS_CREATE),
                Arguments.of("PUT", "/msteams/users/{u}/properties", FusionRoles.USERS_INSTANCE_UPDATE),
                Arguments.of("PUT", "/msteams/users/{u}/templates/0",
                        FusionRoles.USERS_INSTANCE_TEMPLATE_INSTANCE_UPDATE),
                Arguments.of("DELETE", "/msteams/users/{u}", FusionRoles.USERS_INSTANCE_DELETE),
                Arguments.of("GET", "/msteams/vrps", FusionRoles.VRPS_READ),
                Arguments.of("GET", "/msteams/groups", FusionRoles.GROUPS_READ),
                Arguments.of("POST", "/msteams/groups", FusionRoles.GROUPS_CREATE),
                Arguments.of("GET", "/users/{u}/sip_address", FusionRoles.USERS_INSTANCE_SIP_ADDRESS_READ),
                Arguments.of("POST", "/msteams/sync", FusionRoles.SYNC),
                Arguments.of("GET", "/msteams/users/bulk", FusionRoles.USERS_BULK_JOBS),
                Arguments.of("GET", "/msteams/users/bulk/1", FusionRoles.USERS_BULK_JOBS_DETAILS));
    }

    private static String path(String template) {
        return template.replace("{u}", userId(FusionDemo.JOHN_UPN));
    }

    private static String body(String method) {
        return method.equals("GET") || method.equals("DELETE") ? null : "{}";
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void everyEndpointIsRoutedAndChecksItsRole(String method, String template, String role) {
        FusionHttp.Reply anonymous = http.as(null).send(method, server.subscriptionPath() + path(template), body(method));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");

        Set<String> allButOne = new java.util.HashSet<>(FusionRoles.ALL);
        allButOne.remove(role);
        String lacking = server.mintToken(allButOne, null);
        FusionHttp.Reply forbidden = http.as(lacking).send(method, server.subscriptionPath() + path(template),
                body(method));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.reason()).contains(role);

        FusionHttp.Reply allowed = http.as(server.mintToken(Set.of(role), null))
                .send(method, server.subscriptionPath() + path(template), body(method));
        assertThat(allowed.status()).isNotIn(401, 403, 405, 500);
        assertThat(server.journal().last().orElseThrow().route()).isPresent();
    }

    @Test
    void readOnlyTokenReadsButCannotWrite() {
        FusionHttp reader = http.as(server.readOnlyToken());
        assertThat(reader.get("/msteams/users").status()).isEqualTo(200);
        assertThat(reader.get("/msteams/licenses").status()).isEqualTo(200);
        FusionHttp.Reply write = reader.put("/msteams/users/" + userId(FusionDemo.JOHN_UPN) + "/properties",
                "{\"displayName\":\"X\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.reason()).contains(FusionRoles.USERS_INSTANCE_UPDATE);
        assertThat(FusionRoles.READ_ONLY).allMatch(r -> r.endsWith(".read") || r.endsWith(".list")).hasSize(10);
    }

    @Test
    void unknownPathsAndMethodsAnswerJsonErrors() {
        FusionHttp.Reply missing = http.get("/msteams/nothing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/json");

        FusionHttp.Reply wrongMethod = http.delete("/msteams/status");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
        assertThat(wrongMethod.errorCode()).isEqualTo(405);

        FusionHttp.Reply bulkIsLiteral = http.delete("/msteams/users/bulk");
        assertThat(bulkIsLiteral.status()).isEqualTo(405);
        assertThat(bulkIsLiteral.headers().firstValue("Allow")).hasValue("GET, PUT");
        assertThat(server.journal().unmatchedRequests()).hasSize(3);
    }

    @Test
    void unknownDraasTenantOrSubscriptionIs404() {
        String base = "/api/v01/draas/";
        assertThat(http.send("GET", base + "nope/tenants/" + server.tenantUuid() + "/subscriptions/42/msteams/status",
                null).reason()).contains("DraaS instance");
        assertThat(http.send("GET", base + "draas_v1/tenants/" + java.util.UUID.randomUUID()
                + "/subscriptions/42/msteams/status", null).reason()).contains("Tenant");
        FusionHttp.Reply sub = http.send("GET", base + "draas_v1/tenants/" + server.tenantUuid()
                + "/subscriptions/43/msteams/status", null);
        assertThat(sub.status()).isEqualTo(404);
        assertThat(sub.reason()).contains("Subscription");
        assertThat(http.send("GET", base + "draas_v1/tenants/" + server.tenantUuid()
                + "/subscriptions/abc/msteams/status", null).status()).isEqualTo(400);
    }

    @Test
    void tokensExpireOnTheServerClockAndCanBeRevoked() {
        TestClock clock = TestClock.at(Instant.parse("2025-01-01T10:00:00Z"));
        try (FakeFusionServer timed = FakeFusionServer.builder().clock(clock).start()) {
            FusionHttp h = new FusionHttp(timed);
            String token = timed.mintToken(FusionRoles.ALL, Duration.ofMinutes(5));
            assertThat(h.as(token).get("/msteams/status").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(5));
            FusionHttp.Reply expired = h.as(token).get("/msteams/status");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.reason()).contains("expired");
            timed.revokeToken(timed.adminToken());
            assertThat(h.get("/msteams/status").status()).isEqualTo(401);
            assertThat(h.as("not-a-token").get("/msteams/status").status()).isEqualTo(401);
        }
    }

    @Test
    void loginRefreshAndLogout() {
        FusionHttp anonymous = http.as(null);
        FusionHttp.Reply login = anonymous.send("POST", "/api/v01/auth/login",
                "{\"username\":\"admin\",\"password\":\"admin-password\"}");
        assertThat(login.status()).isEqualTo(200);
        String access = login.at("/access_token").asText();
        String refresh = login.at("/refresh_token").asText();
        assertThat(http.as(access).get("/msteams/status").status()).isEqualTo(200);
        assertThat(http.as(refresh).get("/msteams/status").status()).isEqualTo(401);

        FusionHttp.Reply renewed = http.as(refresh).send("GET", "/api/v01/auth/access_token", null);
        assertThat(renewed.status()).isEqualTo(200);
        String access2 = renewed.at("/access_token").asText();
        assertThat(access2).isNotEqualTo(access);
        assertThat(http.as(access).send("GET", "/api/v01/auth/access_token", null).status()).isEqualTo(401);

        assertThat(http.as(access2).send("GET", "/api/v01/auth/logout", null).status()).isEqualTo(204);
        assertThat(http.as(access2).get("/msteams/status").status()).isEqualTo(401);
        assertThat(http.as(access).get("/msteams/status").status()).isEqualTo(401);
        assertThat(http.as(refresh).send("GET", "/api/v01/auth/access_token", null).status()).isEqualTo(401);

        assertThat(anonymous.send("POST", "/api/v01/auth/login",
                "{\"username\":\"admin\",\"password\":\"wrong\"}").status()).isEqualTo(401);
        JournalAssert.assertThat(server.journal()).doesNotContainText("admin-password")
                .doesNotContainText(access).doesNotContainText(refresh);
    }

    @Test
    void twoFactorLoginAndTrust() {
        FusionHttp anonymous = http.as(null);
        String credentials = "{\"username\":\"secure\",\"password\":\"secure-password\"}";
        FusionHttp.Reply first = anonymous.send("POST", "/api/v01/auth/login", credentials);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.at("/option").asText()).isEqualTo("totp");
        assertThat(first.json().has("access_token")).isFalse();
        String payload = first.at("/2fa_payload").asText();

        FusionHttp.Reply wrong = anonymous.send("POST", "/api/v01/auth/2fa",
                "{\"2fa_payload\":\"" + payload + "\",\"code\":\"000000\",\"trust\":true}");
        assertThat(wrong.status()).isEqualTo(401);
        FusionHttp.Reply ok = anonymous.send("POST", "/api/v01/auth/2fa",
                "{\"2fa_payload\":\"" + payload + "\",\"code\":\"123456\",\"trust\":true}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(http.as(ok.at("/access_token").asText()).get("/msteams/status").status()).isEqualTo(200);

        FusionHttp.Reply trusted = anonymous.send("POST", "/api/v01/auth/login", credentials);
        assertThat(trusted.json().has("access_token")).isTrue();
        assertThat(server.journal().requests("POST", "/api/v01/auth/2fa"))
                .allSatisfy(r -> assertThat(r.jsonAt("/2fa_payload").asText()).isEqualTo("***"));
    }

    @Test
    void machineAccountGetsItsImmutableToken() {
        FusionHttp.Reply login = http.as(null).send("POST", "/api/v01/auth/login",
                "{\"username\":\"robot\",\"password\":\"robot-password\"}");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().fieldNames()).toIterable().containsExactly("token");
        String token = login.at("/token").asText();
        assertThat(server.machineToken("robot")).hasValue(token);
        assertThat(http.as(token).get("/msteams/status").status()).isEqualTo(200);
        assertThat(List.of(server.machineToken("admin"))).containsExactly(java.util.Optional.empty());
    }
}
