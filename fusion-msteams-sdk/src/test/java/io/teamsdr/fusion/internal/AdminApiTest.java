package io.teamsdr.fusion.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUB;
import static io.teamsdr.fusion.internal.ResourceApiFixture.SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.BadRequestException;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.core.Violation;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.AdminApi;
import io.teamsdr.fusion.async.AdminApiAsync;
import io.teamsdr.fusion.model.AdminCredentials;
import io.teamsdr.fusion.model.AdminDeletion;
import io.teamsdr.fusion.model.TeamsAdmin;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** Endpoints #2 to #4: the MS Teams administrator, whose password must never leak. */
class AdminApiTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = SUB + "/msteams/admins";
    private static final String PASSWORD = "VerySecretPassword";
    private static final String USERNAME = "john.doe@netaxis.onmicrosoft.com";

    private final Transport transport = ResourceApiFixture.transport(server);
    private final AdminApi admin = ResourceApiFixture.msTeams(transport).admin();
    private final AdminApiAsync adminAsync = ResourceApiFixture.msTeamsAsync(transport).admin();

    @AfterEach
    void close() {
        transport.close();
    }

    @Test
    void getReadsTheDocumentedExample() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson("""
                {"id": 20, "msUsername": "john.doe@netaxis.onmicrosoft.com", "lastLogin": "2024-01-01"}""")));

        assertThat(admin.get()).isEqualTo(new TeamsAdmin(20, USERNAME));
        assertThat(adminAsync.get().join()).isEqualTo(new TeamsAdmin(20, USERNAME));
        server.verify(2, getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void getWithoutAdministratorIsNotFoundWithTheServersCodeAndReason() {
        server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody(ResourceApiFixture.error(1404, "No MS Teams administrator found"))));

        NotFoundException failure = catchThrowableOfType(NotFoundException.class, admin::get);

        assertThat(failure.status()).isEqualTo(404);
        assertThat(failure.errorCode()).contains("1404");
        assertThat(failure.reason()).contains("No MS Teams administrator found");
    }

    @Test
    void createOrUpdatePostsUsernameAndPasswordOnceAndReturnsTheId() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"id\": 20}")));

        long id = admin.createOrUpdate(AdminCredentials.of(USERNAME, PASSWORD)).id();

        assertThat(id).isEqualTo(20);
        server.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"msUsername": "john.doe@netaxis.onmicrosoft.com", "msPassword": "VerySecretPassword"}""",
                        false, false)));
    }

    @Test
    void passwordIsAbsentFromToString() {
        AdminCredentials credentials = AdminCredentials.of(USERNAME, PASSWORD);

        assertThat(credentials.toString()).contains(USERNAME).contains("***").doesNotContain(PASSWORD);
        assertThat(credentials.msPassword()).isEqualTo(PASSWORD);
    }

    @Test
    void validationNamesTheFieldsWithoutQuotingThePassword() {
        ValidationException failure = catchThrowableOfType(ValidationException.class,
                () -> AdminCredentials.of("not a upn", " "));

        assertThat(failure.violations()).extracting(Violation::field).containsExactly("msUsername", "msPassword");
        assertThat(failure.violations().get(0).value()).isEqualTo("not a upn");
        assertThat(failure.violations().get(1).value()).isEqualTo("***");
        assertThatThrownBy(() -> AdminCredentials.of(USERNAME, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("msPassword");
        ValidationException wrongUser = catchThrowableOfType(ValidationException.class,
                () -> AdminCredentials.of("john", PASSWORD));
        assertThat(wrongUser).hasMessageContaining("msUsername").hasMessageNotContaining(PASSWORD);
        assertThat(wrongUser.violations()).extracting(Violation::value).doesNotContain(PASSWORD);
    }

    @Test
    void missingCredentialsFailBeforeSending() {
        assertThatThrownBy(() -> admin.createOrUpdate(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> adminAsync.createOrUpdate(null).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void passwordEchoedByTheServerIsMaskedInTheException() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 2001, \"reason\": \"Microsoft rejected the login\"},"
                        + " \"request\": {\"msUsername\": \"" + USERNAME + "\", \"msPassword\": \"" + PASSWORD + "\"}}")));

        BadRequestException failure = catchThrowableOfType(BadRequestException.class,
                () -> admin.createOrUpdate(AdminCredentials.of(USERNAME, PASSWORD)));

        assertThat(failure.errorCode()).contains("2001");
        assertThat(failure.reason()).contains("Microsoft rejected the login");
        assertThat(failure.getMessage()).doesNotContain(PASSWORD);
        assertThat(failure.body()).doesNotContain(PASSWORD).contains("***");
        assertThat(failure.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void passwordIsAbsentFromTraceLogsEvenWithBodyLogging() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson("{\"id\": 20}")));
        Logger http = (Logger) LoggerFactory.getLogger("io.teamsdr.http");
        Level before = http.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        http.addAppender(appender);
        http.setLevel(Level.TRACE);
        try (Transport logging = ResourceApiFixture.against(server).logBodies(true).build()) {
            ResourceApiFixture.msTeams(logging).admin().createOrUpdate(AdminCredentials.of(USERNAME, PASSWORD));
        } finally {
            http.detachAppender(appender);
            http.setLevel(before);
        }

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .as("the request body was logged, masked")
                .anySatisfy(line -> assertThat(line).contains("msPassword").contains("***"))
                .allSatisfy(line -> assertThat(line).doesNotContain(PASSWORD));
    }

    @Test
    void deleteWithAnAdministratorReportsWhatWasDeleted() {
        server.stubFor(delete(urlEqualTo(PATH)).willReturn(okJson("""
                {"id": 20, "msUsername": "john.doe@netaxis.onmicrosoft.com"}""")));

        AdminDeletion deletion = admin.delete();

        assertThat(deletion.existed()).isTrue();
        assertThat(deletion.id()).contains(20L);
        assertThat(deletion.msUsername()).contains(USERNAME);
        server.verify(1, deleteRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void deleteWithoutAdministratorIs204AndSaysNothingExisted() {
        server.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204)));

        AdminDeletion deletion = adminAsync.delete().join();

        assertThat(deletion.existed()).isFalse();
        assertThat(deletion.id()).isEmpty();
        assertThat(deletion).isEqualTo(AdminDeletion.nothingToDelete());
    }

    @Test
    void deleteAnsweredWith200AndPartialOrEmptyBodyStillMeansDeleted() {
        server.stubFor(delete(urlEqualTo(PATH)).willReturn(okJson("{\"id\": 21}")));
        assertThat(admin.delete()).isEqualTo(new AdminDeletion(true, Optional.of(21L), Optional.empty()));

        server.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
        assertThat(admin.delete()).isEqualTo(new AdminDeletion(true, Optional.empty(), Optional.empty()));
    }
}
