package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.requestMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.ServerException;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.ValidationException;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.testing.Arrivals;
import io.teamsdr.vsxi.testing.Sequence;
import io.teamsdr.vsxi.testing.Vsxi;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A commit whose answer does not prove the outcome (lost, cut short, unreadable, or a 5xx) is never
 * sent again; the history tells whether it happened. The client retries by default, so a single
 * commit request proves the SDK held back.
 */
class CommitSafetyTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String DESCRIPTION = "CHG-7 onboarding";
    private static final String COMMITS = path("/teams/commits");
    private static final String BEFORE = "{\"commits\": [{\"session\": \"s-1\", \"description\": \"older\"}]}";
    private static final String AFTER_OURS = "{\"commits\": [{\"session\": \"s-1\", \"description\": \"older\"},"
            + " {\"session\": \"s-2\", \"timestamp\": \"2025-07-01T10:05:00Z\", \"description\": \"" + DESCRIPTION + "\"}]}";
    private static final String NO_DRAFT = "{\"error\": {\"code\": \"NO_DRAFT\", \"reason\": \"No draft is active\"}}";

    private final Arrivals commitRequests = new Arrivals("POST", path("/teams/draft/commit"));
    private VsxiTeamsClient vsxi;
    private Draft draft;

    @BeforeEach
    void openDraft() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{\"draftId\": \"d-1\"}")));
        server.stubFor(post(path("/teams/draft/discard")).willReturn(okJson("{}")));
        vsxi = Vsxi.client(server).retry(RetryOptions.defaults()).build();
        draft = vsxi.drafts().start();
    }

    @AfterEach
    void closeClient() {
        vsxi.close();
    }

    private void commitConnectionIsReset() {
        server.stubFor(requestMatching(commitRequests).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static void historyBeforeAndAfter(String before, String after) {
        Sequence.respond(server, () -> get(COMMITS), okJson(before), okJson(after));
    }

    private static int discards() {
        return server.findAll(postRequestedFor(urlEqualTo(path("/teams/draft/discard")))).size();
    }

    @Test
    void aTimedOutCommitThatWasAppliedIsFoundInTheHistory() {
        server.stubFor(requestMatching(commitRequests).willReturn(okJson("{\"session\": \"s-2\"}").withFixedDelay(6_000)));
        historyBeforeAndAfter(BEFORE, AFTER_OURS);
        Commit commit;
        try (VsxiTeamsClient impatient = Vsxi.client(server).retry(RetryOptions.defaults())
                .responseTimeout(Duration.ofSeconds(2)).build()) {
            commit = impatient.drafts().start().commit(DESCRIPTION);
        }

        assertThat(commit.session()).isEqualTo("s-2");
        assertThat(commitRequests.requests()).hasSize(1);
    }

    /** Commit answers that do not prove the outcome: a gateway or server error, a body cut short or unreadable. */
    static Stream<Arguments> unprovenAnswers() {
        return Stream.of(
                Arguments.of("500 HTML", aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Internal Server Error</body></html>")),
                Arguments.of("502 HTML", aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                        .withBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")),
                Arguments.of("504 HTML", aResponse().withStatus(504).withHeader("Content-Type", "text/html")
                        .withBody("<html><head><title>504 Gateway Time-out</title></head></html>")),
                Arguments.of("500 JSON", aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"INTERNAL\", \"reason\": \"commit hook failed\"}}")),
                Arguments.of("502 JSON", aResponse().withStatus(502).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"BAD_GATEWAY\", \"reason\": \"upstream reset\"}}")),
                Arguments.of("503 empty", aResponse().withStatus(503)),
                Arguments.of("504 JSON", aResponse().withStatus(504).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"GATEWAY_TIMEOUT\", \"reason\": \"upstream timed out\"}}")),
                Arguments.of("200 cut short", okJson("{\"session\": \"s-")),
                Arguments.of("200 not JSON", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<html>Committed</html>")),
                Arguments.of("200 then a broken chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
                Arguments.of("no answer", aResponse().withFault(Fault.EMPTY_RESPONSE)),
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("garbage then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unprovenAnswers")
    void aCommitAppliedBehindAnAnswerThatProvesNothingIsFoundInTheHistory(String answer, ResponseDefinitionBuilder response) {
        server.stubFor(requestMatching(commitRequests).willReturn(response));
        historyBeforeAndAfter(BEFORE, AFTER_OURS);

        Commit commit = draft.commit(DESCRIPTION);

        assertThat(commit.session()).isEqualTo("s-2");
        assertThat(commit.description()).contains(DESCRIPTION);
        assertThat(draft.state()).isEqualTo(DraftState.COMMITTED);
        assertThat(commitRequests.requests()).as("sent once, though the client retries 5xx and resets").hasSize(1);
        draft.close();
        assertThat(discards()).as("a committed draft is not discarded").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unprovenAnswers")
    void aCommitNotAppliedBehindAnAnswerThatProvesNothingLeavesTheDraftOpen(String answer, ResponseDefinitionBuilder response) {
        server.stubFor(requestMatching(commitRequests).willReturn(response));
        server.stubFor(get(COMMITS).willReturn(okJson(BEFORE)));
        server.stubFor(get(path("/teams/draft/status")).willReturn(okJson("{\"users\": {\"added\": 3}}")));

        CommitNotAppliedException failure = catchThrowableOfType(CommitNotAppliedException.class,
                () -> draft.commit(DESCRIPTION));

        assertThat(failure.getMessage()).contains("did not prove the outcome").contains("nothing was committed");
        assertThat(failure.getCause()).isInstanceOfAny(ServerException.class, TransportException.class, DecodingException.class);
        assertThat(draft.state()).isEqualTo(DraftState.OPEN);
        assertThat(commitRequests.requests()).hasSize(1);
    }

    @Test
    void aCommitWithoutDescriptionIsRecognizedAsTheOneNewSessionWithoutOne() {
        commitConnectionIsReset();
        historyBeforeAndAfter(BEFORE, "{\"commits\": [{\"session\": \"s-1\", \"description\": \"older\"},"
                + " {\"session\": \"s-2\", \"timestamp\": \"2025-07-01T10:05:00Z\"}]}");

        Commit commit = draft.commit();

        assertThat(commit.session()).isEqualTo("s-2");
        assertThat(commit.description()).isEmpty();
        assertThat(draft.state()).isEqualTo(DraftState.COMMITTED);
        assertThat(commitRequests.requests()).hasSize(1);
        assertThat(commitRequests.requests().get(0).getBodyAsString()).isEqualTo("{}");
    }

    @Test
    void aCommitWithoutDescriptionIsNotTakenForANewSessionThatHasOne() {
        commitConnectionIsReset();
        historyBeforeAndAfter(BEFORE, AFTER_OURS);

        CommitOutcomeUnknownException failure = catchThrowableOfType(CommitOutcomeUnknownException.class, draft::commit);

        assertThat(failure.description()).isEmpty();
        assertThat(failure.newSessions()).extracting(Commit::session).containsExactly("s-2");
        assertThat(failure.getMessage()).contains("without a description").contains("s-2 ('" + DESCRIPTION + "')");
        assertThat(draft.state()).isEqualTo(DraftState.OUTCOME_UNKNOWN);
    }

    @Test
    void aResetCommitThatWasNotAppliedLeavesTheDraftOpenToCommitAgain() {
        commitConnectionIsReset();
        server.stubFor(get(COMMITS).willReturn(okJson(BEFORE)));
        server.stubFor(get(path("/teams/draft/status")).willReturn(okJson("{\"users\": {\"added\": 3}}")));

        CommitNotAppliedException failure = catchThrowableOfType(CommitNotAppliedException.class,
                () -> draft.commit(DESCRIPTION));

        assertThat(failure.description()).contains(DESCRIPTION);
        assertThat(failure).hasCauseInstanceOf(TransportException.class);
        assertThat(failure.getMessage()).contains("nothing was committed").contains("call commit(...) again");
        assertThat(draft.state()).isEqualTo(DraftState.OPEN);
        assertThat(commitRequests.requests()).hasSize(1);

        server.stubFor(requestMatching(commitRequests).willReturn(okJson("{\"session\": \"s-2\"}")));
        assertThat(draft.commit(DESCRIPTION).session()).as("the caller commits again").isEqualTo("s-2");
        assertThat(commitRequests.requests()).hasSize(2);
    }

    @Test
    void noNewSessionAndNoDraftIsAnUnknownOutcomeAndCloseDoesNotDiscard() {
        commitConnectionIsReset();
        server.stubFor(get(COMMITS).willReturn(okJson(BEFORE)));
        server.stubFor(get(path("/teams/draft/status")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(NO_DRAFT)));

        CommitOutcomeUnknownException failure = catchThrowableOfType(CommitOutcomeUnknownException.class,
                () -> draft.commit(DESCRIPTION));

        assertThat(failure.getMessage()).contains("no draft is active").contains("'" + DESCRIPTION + "'");
        assertThat(failure.newSessions()).isEmpty();
        assertThat(draft.state()).isEqualTo(DraftState.OUTCOME_UNKNOWN);
        draft.close();
        assertThat(discards()).as("the active draft, if any, may not be ours").isZero();
        assertThatThrownBy(draft::status).isInstanceOf(IllegalStateException.class);
        assertThat(commitRequests.requests()).hasSize(1);
    }

    @Test
    void aNewSessionWithAnotherDescriptionIsAnUnknownOutcomeNamingIt() {
        commitConnectionIsReset();
        historyBeforeAndAfter(BEFORE, "{\"commits\": [{\"session\": \"s-1\"}, {\"session\": \"s-9\", \"description\": \"someone else\"}]}");

        CommitOutcomeUnknownException failure = catchThrowableOfType(CommitOutcomeUnknownException.class,
                () -> draft.commit(DESCRIPTION));

        assertThat(failure.newSessions()).extracting(Commit::session).containsExactly("s-9");
        assertThat(failure.getMessage()).contains("s-9 ('someone else')").contains("another client committed");
        assertThat(draft.state()).isEqualTo(DraftState.OUTCOME_UNKNOWN);
    }

    @Test
    void anUnreadableHistoryAfterTheLossIsAnUnknownOutcome() {
        commitConnectionIsReset();
        Sequence.respond(server, () -> get(COMMITS), okJson(BEFORE), aResponse().withStatus(500));

        CommitOutcomeUnknownException failure = catchThrowableOfType(CommitOutcomeUnknownException.class,
                () -> draft.commit(DESCRIPTION));

        assertThat(failure.getMessage()).contains("could not be read").contains("'" + DESCRIPTION + "'");
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(ServerException.class);
        assertThat(commitRequests.requests()).hasSize(1);
    }

    @Test
    void aCommitTheServerRefusesIsNotLookedUpInTheHistory() {
        server.stubFor(requestMatching(commitRequests).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(NO_DRAFT)));
        server.stubFor(get(COMMITS).willReturn(okJson(BEFORE)));

        assertThatThrownBy(() -> draft.commit(DESCRIPTION)).isInstanceOf(NoActiveDraftException.class);

        assertThat(draft.state()).as("a 409 proves the commit was refused: no draft was there").isEqualTo(DraftState.GONE);
        server.verify(1, getRequestedFor(urlEqualTo(COMMITS)));
        draft.close();
        assertThat(discards()).isZero();
    }

    @Test
    void aDescriptionGivenMustNotBeBlank() {
        ValidationException failure = catchThrowableOfType(ValidationException.class, () -> draft.commit(" "));

        assertThat(failure.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("description");
            assertThat(v.rule()).isEqualTo("required");
        });
        assertThat(draft.state()).isEqualTo(DraftState.OPEN);
        assertThat(commitRequests.requests()).isEmpty();
    }
}
