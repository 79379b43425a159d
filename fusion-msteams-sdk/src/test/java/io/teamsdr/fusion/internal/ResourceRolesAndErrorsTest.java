package io.teamsdr.fusion.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.internal.ResourceApiFixture.ROLE;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUB;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUBSCRIPTION;
import static io.teamsdr.fusion.internal.ResourceApiFixture.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.ForbiddenException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.async.MsTeamsAsync;
import io.teamsdr.fusion.model.AdminCredentials;
import io.teamsdr.fusion.model.GroupFilterEntry;
import io.teamsdr.fusion.model.ResourceAccountCreate;
import io.teamsdr.fusion.model.ResourceAccountType;
import io.teamsdr.fusion.model.ResourceAccountUpdate;
import io.teamsdr.fusion.model.SyncType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every operation of the non-user resources, sync and async: the exact method and path sent, a
 * 403 naming the role the API document requires, and a 404 carrying the server's code and reason.
 */
class ResourceRolesAndErrorsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ACCOUNT = "a43939f1-a4c6-4412-b6e3-23365d720129";

    private final Transport transport = ResourceApiFixture.transport(server);
    private final Resources resources = new Resources(transport);

    @AfterEach
    void close() {
        transport.close();
    }

    /** The blocking and the non-blocking tree of one client against one transport. */
    record Resources(MsTeams blocking, MsTeamsAsync async) {
        Resources(Transport transport) {
            this(ResourceApiFixture.msTeams(transport), ResourceApiFixture.msTeamsAsync(transport));
        }
    }

    private static Arguments op(String name, String method, String path, String role, Consumer<Resources> sync,
                                Function<Resources, CompletableFuture<?>> async) {
        return Arguments.of(name, method, SUB + path, ROLE + role, sync, async);
    }

    static Stream<Arguments> operations() {
        ResourceAccountCreate create = ResourceAccountCreate.builder().accountType(ResourceAccountType.CALL_QUEUE)
                .userPrincipalName("q@contoso.onmicrosoft.com").displayName("Q").location("BE").build();
        ResourceAccountUpdate update = ResourceAccountUpdate.builder().displayName("Q2").build();
        AdminCredentials credentials = AdminCredentials.of("admin@contoso.onmicrosoft.com", "secret");
        List<GroupFilterEntry> filter = List.of(GroupFilterEntry.of(ACCOUNT, "G"));
        return Stream.of(
                op("#1 status", "GET", "/msteams/status", "status.read",
                        r -> r.blocking().status().get(), r -> r.async().status().get()),
                op("#2 admin get", "GET", "/msteams/admins", "admins.read",
                        r -> r.blocking().admin().get(), r -> r.async().admin().get()),
                op("#3 admin set", "POST", "/msteams/admins", "admins.update",
                        r -> r.blocking().admin().createOrUpdate(credentials), r -> r.async().admin().createOrUpdate(credentials)),
                op("#4 admin delete", "DELETE", "/msteams/admins", "admins.delete",
                        r -> r.blocking().admin().delete(), r -> r.async().admin().delete()),
                op("#14 resource accounts", "GET", "/msteams/resource_accounts", "resource_accounts.list",
                        r -> r.blocking().resourceAccounts().list(), r -> r.async().resourceAccounts().list()),
                op("#15 resource account create", "POST", "/msteams/resource_accounts", "resource_accounts.create",
                        r -> r.blocking().resourceAccounts().create(create), r -> r.async().resourceAccounts().create(create)),
                op("#16 resource account modify", "PUT", "/msteams/resource_accounts/" + ACCOUNT,
                        "resource_accounts.update",
                        r -> r.blocking().resourceAccounts().modify(ACCOUNT, update), r -> r.async().resourceAccounts().modify(ACCOUNT, update)),
                op("#17 resource account delete", "DELETE", "/msteams/resource_accounts/" + ACCOUNT,
                        "resource_accounts.instance.delete",
                        r -> r.blocking().resourceAccounts().delete(ACCOUNT), r -> r.async().resourceAccounts().delete(ACCOUNT)),
                op("#18 domains", "GET", "/msteams/domains", "domains.list",
                        r -> r.blocking().domains().list(), r -> r.async().domains().list()),
                op("#19 licenses", "GET", "/msteams/licenses?free_only=no", "licenses.list",
                        r -> r.blocking().licenses().list(), r -> r.async().licenses().list()),
                op("#20 license set", "PUT", "/msteams/" + USER_ID + "/licenses", "licenses.instance.update",
                        r -> r.blocking().licenses().replaceLicenseSet(USER_ID, List.of()),
                        r -> r.async().licenses().replaceLicenseSet(USER_ID, List.of())),
                op("#25 voice routing policies", "GET", "/msteams/vrps", "vrps.read",
                        r -> r.blocking().voiceRoutingPolicies().list(), r -> r.async().voiceRoutingPolicies().list()),
                op("#26 groups", "GET", "/msteams/groups", "groups.read",
                        r -> r.blocking().groups().list(), r -> r.async().groups().list()),
                op("#27 group filter", "POST", "/msteams/groups", "groups.create",
                        r -> r.blocking().groups().replaceFilter(filter), r -> r.async().groups().replaceFilter(filter)),
                op("#28 sip address", "GET", "/users/" + USER_ID + "/sip_address", "users.instance.sip_address.read",
                        r -> r.blocking().sipAddresses().get(USER_ID), r -> r.async().sipAddresses().get(USER_ID)),
                op("#29 sync", "POST", "/msteams/sync", "sync",
                        r -> r.blocking().sync().sync(SyncType.NORMAL), r -> r.async().sync().sync(SyncType.NORMAL)));
    }

    private void answer(int status, String body) {
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static void assertSent(String method, String url) {
        List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getMethod().getName()).isEqualTo(method);
        assertThat(sent.get(0).getUrl()).isEqualTo(url);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void forbiddenNamesTheDocumentedRole(String name, String method, String url, String role,
                                         Consumer<Resources> call, Function<Resources, CompletableFuture<?>> async) {
        answer(403, "{\"error\": {\"code\": 403, \"reason\": \"Insufficient rights\"}}");

        ForbiddenException failure = catchThrowableOfType(ForbiddenException.class, () -> call.accept(resources));

        assertThat(failure.requiredRole()).contains(role);
        assertThat(failure.getMessage()).contains(role);
        assertThat(failure.method()).isEqualTo(method);
        assertSent(method, url);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void asyncTwinSendsTheSameRequestAndFailsTheFutureWithTheRole(
            String name, String method, String url, String role,
            Consumer<Resources> call, Function<Resources, CompletableFuture<?>> async) {
        answer(403, "{}");

        CompletionException failure = catchThrowableOfType(CompletionException.class,
                () -> async.apply(resources).join());

        assertThat(failure.getCause()).isInstanceOfSatisfying(ForbiddenException.class,
                forbidden -> assertThat(forbidden.requiredRole()).contains(role));
        assertSent(method, url);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void notFoundCarriesTheServersCodeAndReason(String name, String method, String url, String role,
                                                Consumer<Resources> call,
                                                Function<Resources, CompletableFuture<?>> async) {
        answer(404, ResourceApiFixture.error(2040, "The path tenant / subscription doesn't exist"));

        NotFoundException failure = catchThrowableOfType(NotFoundException.class, () -> call.accept(resources));

        assertThat(failure.status()).isEqualTo(404);
        assertThat(failure.errorCode()).contains("2040");
        assertThat(failure.reason()).contains("The path tenant / subscription doesn't exist");
        assertThat(failure.pathTemplate()).startsWith("/api/v01/draas/{draas_instance}/tenants/{uuid}/subscriptions/");
        assertThat(failure.getMessage()).doesNotContain(SUB).doesNotContain("secret");
    }
}
