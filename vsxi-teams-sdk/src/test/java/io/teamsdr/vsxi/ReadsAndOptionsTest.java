package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.RequestOptions;
import io.teamsdr.core.UnauthorizedException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.vsxi.async.VsxiTeamsClientAsync;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import io.teamsdr.vsxi.model.RollbackResult;
import io.teamsdr.vsxi.testing.Vsxi;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The async view, derived clients, argument checks on reads, and authentication failures. */
class ReadsAndOptionsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private VsxiTeamsClient vsxi;

    @BeforeEach
    void client() {
        vsxi = Vsxi.client(server).build();
    }

    @AfterEach
    void closeClient() {
        vsxi.close();
    }

    @Test
    void theAsyncViewSendsWhatTheSyncResourcesSend(@TempDir Path dir) throws Exception {
        server.stubFor(get(urlPathEqualTo(path("/teams/tenants"))).willReturn(okJson("{\"tenants\": [{\"tenantId\": \"1001\"}]}")));
        server.stubFor(get(urlPathEqualTo(path("/teams/users"))).willReturn(okJson("{\"users\": [{\"sipUser\": \"2000_T\"}]}")));
        server.stubFor(get(path("/teams/commits")).willReturn(okJson("{\"commits\": [{\"session\": \"s-1\"}]}")));
        server.stubFor(post(path("/teams/rollback")).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(path("/teams/rollback/s-1")).willReturn(okJson("{\"rolledBack\": [{\"session\": \"s-1\"}]}")));
        byte[] zip = Vsxi.zip(Map.of("a.cfg", "a"));
        server.stubFor(get(urlPathEqualTo(path("/teams/smcFiles"))).willReturn(aResponse().withStatus(200).withBody(zip)));
        VsxiTeamsClientAsync async = vsxi.async();

        List<ProvisionedSbcTenant> tenants = async.sbcTenants().list(ConfigView.WITH_DRAFT).get(10, TimeUnit.SECONDS);
        List<ProvisionedSipUser> users = async.sipUsers().list(ConfigView.COMMITTED, SbcTenantFilter.of("1001"))
                .get(10, TimeUnit.SECONDS);
        List<String> streamed = new CopyOnWriteArrayList<>();
        long read = async.sipUsers().forEach(ConfigView.WITH_DRAFT, SbcTenantFilter.all(), u -> streamed.add(u.sipUser()))
                .get(10, TimeUnit.SECONDS);
        List<Commit> commits = async.commits().list().get(10, TimeUnit.SECONDS);
        RollbackResult latest = async.commits().rollbackLatest().get(10, TimeUnit.SECONDS);
        RollbackResult toSession = async.commits().rollbackTo("s-1").get(10, TimeUnit.SECONDS);
        Path file = dir.resolve("smc.zip");
        long size = async.configuration().download(ConfigView.COMMITTED, file).get(10, TimeUnit.SECONDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        async.configuration().download(ConfigView.COMMITTED, out).get(10, TimeUnit.SECONDS);
        int entries = async.configuration().read(ConfigView.WITH_DRAFT).get(10, TimeUnit.SECONDS).entries().size();

        assertThat(tenants).extracting(ProvisionedSbcTenant::tenantId).containsExactly("1001");
        assertThat(users).extracting(ProvisionedSipUser::sipUser).containsExactly("2000_T");
        assertThat(read).isEqualTo(1);
        assertThat(streamed).containsExactly("2000_T");
        assertThat(commits).extracting(Commit::session).containsExactly("s-1");
        assertThat(latest.removed()).isEmpty();
        assertThat(toSession.removed().orElseThrow()).extracting(Commit::session).containsExactly("s-1");
        assertThat(size).isEqualTo(zip.length);
        assertThat(Files.readAllBytes(file)).isEqualTo(zip);
        assertThat(out.toByteArray()).isEqualTo(zip);
        assertThat(entries).isEqualTo(1);
        server.verify(getRequestedFor(urlEqualTo(path("/teams/tenants?includeDraft=true"))));
        server.verify(getRequestedFor(urlEqualTo(path("/teams/users?tenantIds=1001"))));
        server.verify(getRequestedFor(urlEqualTo(path("/teams/users?includeDraft=true"))));
        server.verify(postRequestedFor(urlEqualTo(path("/teams/rollback"))));
        server.verify(postRequestedFor(urlEqualTo(path("/teams/rollback/s-1"))));
        server.verify(2, getRequestedFor(urlEqualTo(path("/teams/smcFiles"))));
        server.verify(getRequestedFor(urlEqualTo(path("/teams/smcFiles?includeDraft=true"))));
    }

    @Test
    void badInputFailsTheFutureInsteadOfThrowingAndSendsNothing() {
        VsxiTeamsClientAsync async = vsxi.async();

        CompletableFuture<RollbackResult> blankSession = async.commits().rollbackTo(" ");
        CompletableFuture<Long> noDestination = async.configuration().download(ConfigView.COMMITTED, (Path) null);
        CompletableFuture<List<ProvisionedSbcTenant>> noView = async.sbcTenants().list(null);
        CompletableFuture<Long> noAction = async.sipUsers().forEach(ConfigView.COMMITTED, SbcTenantFilter.all(), null);

        assertThat(blankSession).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(ValidationException.class).withMessageContaining("session");
        assertThat(noDestination).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(NullPointerException.class).withMessageContaining("zip");
        assertThat(noView).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(NullPointerException.class).withMessageContaining("view");
        assertThat(noAction).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class)
                .havingCause().isInstanceOf(NullPointerException.class).withMessageContaining("action");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aServerFailureFailsTheFutureWithTheSyncException() {
        server.stubFor(get(path("/teams/commits")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"UNAUTHORIZED\", \"reason\": \"bad credentials\"}}")));

        assertThat(vsxi.async().commits().list()).failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class).havingCause()
                .isInstanceOf(UnauthorizedException.class).withMessageContaining("bad credentials");
    }

    @Test
    void theAsyncViewOfADerivedClientCarriesItsOptionsAndLeadsBackToIt() throws Exception {
        server.stubFor(get(path("/teams/commits")).willReturn(okJson("{\"commits\": []}")));

        VsxiTeamsClientAsync traced = vsxi.async().withOptions(RequestOptions.builder().header("X-Ticket", "CHG-2").build());
        traced.commits().list().get(10, TimeUnit.SECONDS);
        traced.sync().commits().list();
        vsxi.async().sync().commits().list();

        assertThat(vsxi.async().sync()).isSameAs(vsxi);
        server.verify(2, getRequestedFor(urlEqualTo(path("/teams/commits"))).withHeader("X-Ticket", equalTo("CHG-2")));
        server.verify(3, getRequestedFor(urlEqualTo(path("/teams/commits"))));
    }

    @Test
    void aDerivedClientAddsItsOptionsAndClosingItLeavesTheOriginalUsable() {
        server.stubFor(get(path("/teams/commits")).willReturn(okJson("{\"commits\": []}")));

        VsxiTeamsClient traced = vsxi.withOptions(RequestOptions.builder().header("X-Ticket", "CHG-1").build());
        traced.commits().list();
        traced.close();
        vsxi.commits().list();

        server.verify(1, getRequestedFor(urlEqualTo(path("/teams/commits"))).withHeader("X-Ticket", equalTo("CHG-1")));
        server.verify(2, getRequestedFor(urlEqualTo(path("/teams/commits"))));
    }

    @Test
    void tenantIdsThatWouldBreakTheCommaListAreRefusedWhenTheFilterIsMade() {
        ValidationException failure = catchThrowableOfType(ValidationException.class,
                () -> SbcTenantFilter.of("1001", "10,02", " "));
        ValidationException none = catchThrowableOfType(ValidationException.class, () -> SbcTenantFilter.of(List.of()));

        assertThat(failure.violations()).extracting(Violation::field).containsExactly("tenantIds[1]", "tenantIds[2]");
        assertThat(failure.violations().get(0).value()).isEqualTo("10,02");
        assertThat(none.violations()).extracting(Violation::rule).containsExactly("at least one element");
        assertThat(SbcTenantFilter.of("1001", "1002").tenantIds()).containsExactly("1001", "1002");
        assertThat(SbcTenantFilter.all().tenantIds()).isEmpty();
    }

    @Test
    void wrongCredentialsAreAnUnauthorizedFailure() {
        server.stubFor(get(path("/teams/commits")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"UNAUTHORIZED\", \"reason\": \"bad credentials\"}}")));

        UnauthorizedException failure = catchThrowableOfType(UnauthorizedException.class, () -> vsxi.commits().list());

        assertThat(failure.reason()).contains("bad credentials");
        assertThat(failure.getMessage()).doesNotContain(Vsxi.PASSWORD);
    }

    @Test
    void largeUserListsAreReadOneUserAtATime() {
        int count = 20_000;
        StringBuilder body = new StringBuilder("{\"total\": {\"nested\": [1, 2]}, \"users\": [");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("{\"tenantId\": \"1001\", \"sipUser\": \"u").append(i)
                    .append("\", \"did\": \"+3220000").append(i).append("\", \"extra\": [true]}");
        }
        body.append("], \"more\": \"ignored\"}");
        server.stubFor(get(urlPathEqualTo(path("/teams/users"))).willReturn(okJson(body.toString())));
        List<String> seen = new ArrayList<>();

        long read = vsxi.sipUsers().forEach(ConfigView.WITH_DRAFT, SbcTenantFilter.of("1001"), user -> seen.add(user.sipUser()));

        assertThat(read).isEqualTo(count);
        assertThat(seen).hasSize(count).startsWith("u0", "u1").endsWith("u" + (count - 1));
        server.verify(getRequestedFor(urlEqualTo(path("/teams/users") + "?includeDraft=true&tenantIds=1001")));
    }

    @Test
    void aUserListThatIsNotTheDocumentedShapeIsADecodingException() {
        server.stubFor(get(urlPathEqualTo(path("/teams/users"))).willReturn(okJson("[1, 2]")));

        assertThat(catchThrowableOfType(DecodingException.class,
                () -> vsxi.sipUsers().forEach(ConfigView.COMMITTED, SbcTenantFilter.all(), user -> { })))
                .hasMessageContaining("GET /teams/users");
    }
}
