package io.teamsdr.vsxi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.requestMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.teamsdr.vsxi.testing.Vsxi.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.ConflictException;
import io.teamsdr.core.ServerException;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.testing.Arrivals;
import io.teamsdr.vsxi.testing.Vsxi;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** States, close-discards, the one-draft-at-a-time conflict, and taking over an active draft. */
class DraftLifecycleTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String DRAFT_ACTIVE = "{\"error\": {\"code\": \"DRAFT_ACTIVE\", \"reason\": \"Draft d-7 is active\","
            + " \"draftId\": \"d-7\", \"createdAt\": \"2025-07-01T09:00:00Z\"}}";
    private static final String NO_DRAFT = "{\"error\": {\"code\": \"NO_DRAFT\", \"reason\": \"No draft is active\"}}";

    private VsxiTeamsClient vsxi;

    @BeforeEach
    void client() {
        vsxi = Vsxi.client(server).build();
        server.stubFor(post(path("/teams/draft/start")).willReturn(okJson("{\"draftId\": \"d-1\"}").withStatus(201)));
        server.stubFor(post(path("/teams/draft/discard")).willReturn(okJson("{}")));
    }

    @AfterEach
    void closeClient() {
        vsxi.close();
    }

    private static int discards() {
        return server.findAll(postRequestedFor(urlEqualTo(path("/teams/draft/discard")))).size();
    }

    @Test
    void closeDiscardsAnOpenDraft() {
        Draft draft;
        try (Draft open = vsxi.drafts().start()) {
            draft = open;
        }

        assertThat(draft.state()).isEqualTo(DraftState.DISCARDED);
        assertThat(discards()).isEqualTo(1);
    }

    @Test
    void closeAfterCommitDoesNotDiscard() {
        server.stubFor(get(path("/teams/commits")).willReturn(okJson("{\"commits\": []}")));
        server.stubFor(post(path("/teams/draft/commit")).willReturn(okJson("{\"session\": \"s-1\"}")));

        try (Draft draft = vsxi.drafts().start()) {
            draft.commit("CHG-1");
        }

        assertThat(discards()).isZero();
    }

    @Test
    void everyCallAfterTheEndOfTheDraftIsRefused() {
        Draft draft = vsxi.drafts().start();
        draft.discard();
        server.resetRequests();

        assertThatThrownBy(draft::status).isInstanceOf(IllegalStateException.class).hasMessageContaining("DISCARDED");
        assertThatThrownBy(() -> draft.upsertSipUsers(Rows.of(List.of()))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> draft.commit("late")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(draft::discard).isInstanceOf(IllegalStateException.class);
        draft.close();
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aFailureToDiscardOnCloseIsAttachedToTheExceptionInFlight() {
        server.stubFor(post(path("/teams/draft/discard")).willReturn(aResponse().withStatus(500)));

        Throwable failure = catchThrowable(() -> {
            try (Draft draft = vsxi.drafts().start()) {
                throw new IllegalStateException("the caller's own failure in " + draft);
            }
        });

        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the caller's own failure");
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(ServerException.class);
    }

    @Test
    void aFailureToDiscardOnCloseIsThrownWhenNothingElseWent() {
        server.stubFor(post(path("/teams/draft/discard")).willReturn(aResponse().withStatus(500)));
        Draft draft = vsxi.drafts().start();

        assertThatThrownBy(draft::close).isInstanceOf(ServerException.class);
        assertThat(draft.state()).as("still open: the discard can be tried again").isEqualTo(DraftState.OPEN);
    }

    @Test
    void startingWhileADraftIsActiveIsAConflictThatSaysWhatToDo() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(DRAFT_ACTIVE)));

        DraftConflictException failure = catchThrowableOfType(DraftConflictException.class, () -> vsxi.drafts().start());

        assertThat(failure).isInstanceOf(ConflictException.class);
        assertThat(failure.status()).isEqualTo(409);
        assertThat(failure.errorCode()).contains("DRAFT_ACTIVE");
        assertThat(failure.getMessage()).contains("Draft d-7 is active").contains("resumeActive()")
                .contains("StartOptions.discardExisting()");
        assertThat(failure.attempts()).as("a start is never retried").isEqualTo(1);
        assertThat(failure.activeDraftId()).contains("d-7");
        assertThat(failure.activeDraftCreatedAt()).contains("2025-07-01T09:00:00Z");
    }

    @Test
    void aConflictWhoseAnswerNamesNoDraftHasNoActiveDraftId() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "text/plain").withBody("draft already active")));

        DraftConflictException failure = catchThrowableOfType(DraftConflictException.class, () -> vsxi.drafts().start());

        assertThat(failure.activeDraftId()).isEmpty();
        assertThat(failure.activeDraftCreatedAt()).isEmpty();
        assertThat(failure.getMessage()).contains("Another draft is active").contains("resumeActive()");
    }

    @Test
    void theActiveDraftIdIsAlsoReadAtTheTopOfTheBody() {
        server.stubFor(post(path("/teams/draft/start")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("{\"draftId\": \"d-9\", \"message\": \"busy\"}")));

        DraftConflictException failure = catchThrowableOfType(DraftConflictException.class, () -> vsxi.drafts().start());

        assertThat(failure.activeDraftId()).contains("d-9");
        assertThat(failure.getMessage()).contains("Another draft (d-9) is active");
    }

    @Test
    void theActiveDraftOfACrashedProcessIsResumed() {
        server.stubFor(get(path("/teams/draft/status")).willReturn(okJson(
                "{\"tenants\": {\"added\": 1, \"updated\": 0, \"deleted\": 0}, \"users\": {\"added\": 5}}")));

        Optional<Draft> resumed = vsxi.drafts().resumeActive();

        assertThat(resumed).hasValueSatisfying(draft -> {
            assertThat(draft.state()).isEqualTo(DraftState.OPEN);
            assertThat(draft.id()).as("the documented status has no draft id").isEmpty();
            assertThat(draft.status().sipUsers().added()).isEqualTo(5);
            draft.discard();
        });
        assertThat(discards()).isEqualTo(1);
    }

    @Test
    void aResumedDraftKnowsItsIdWhenTheStatusCarriesIt() {
        server.stubFor(get(path("/teams/draft/status")).willReturn(okJson(
                "{\"draftId\": \"d-7\", \"createdAt\": \"2025-07-01T09:00:00Z\", \"tenants\": {\"added\": 1}}")));

        Draft draft = vsxi.drafts().resumeActive().orElseThrow();

        assertThat(draft.id()).contains("d-7");
        assertThat(draft.createdAt()).contains("2025-07-01T09:00:00Z");
    }

    @Test
    void noActiveDraftIsTold404And409Alike() {
        server.stubFor(get(path("/teams/draft/status")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(NO_DRAFT)));
        assertThat(vsxi.drafts().resumeActive()).isEmpty();

        server.stubFor(get(path("/teams/draft/status")).willReturn(aResponse().withStatus(404)));
        assertThat(vsxi.drafts().activeStatus()).isEmpty();
    }

    @Test
    void activeStatusReadsTheCountsWithoutTakingTheDraftOver() {
        server.stubFor(get(path("/teams/draft/status")).willReturn(okJson("{\"users\": {\"deleted\": 2}}")));

        Optional<DraftStatus> status = vsxi.drafts().activeStatus();

        assertThat(status).hasValueSatisfying(s -> {
            assertThat(s.sipUsers().deleted()).isEqualTo(2);
            assertThat(s.sbcTenants().total()).isZero();
        });
    }

    @Test
    void startWithDiscardExistingDiscardsFirst() {
        Draft draft = vsxi.drafts().start(StartOptions.discardExisting());

        assertThat(draft.id()).contains("d-1");
        List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).extracting(LoggedRequest::getUrl)
                .containsExactly(path("/teams/draft/discard"), path("/teams/draft/start"));
    }

    @Test
    void startWithDiscardExistingWhenNoDraftIsActiveJustStarts() {
        server.stubFor(post(path("/teams/draft/discard")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(NO_DRAFT)));

        assertThat(vsxi.drafts().start(StartOptions.discardExisting()).state()).isEqualTo(DraftState.OPEN);
    }

    @Test
    @Timeout(30)
    void aCloseFromAnotherThreadWaitsForTheCallInProgress() throws Exception {
        Arrivals statusArrivals = new Arrivals("GET", path("/teams/draft/status"));
        server.stubFor(requestMatching(statusArrivals).willReturn(okJson("{}").withFixedDelay(500)));
        Draft draft = vsxi.drafts().start();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<DraftStatus> status = pool.submit(draft::status);
            while (statusArrivals.requests().isEmpty()) {
                Thread.onSpinWait();
            }
            Future<?> close = pool.submit(draft::close);

            assertThat(status.get(10, TimeUnit.SECONDS).isEmpty()).isTrue();
            close.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(draft.state()).isEqualTo(DraftState.DISCARDED);
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).extracting(LoggedRequest::getUrl).as("served in this order")
                .containsExactly(path("/teams/draft/start"), path("/teams/draft/status"), path("/teams/draft/discard"));
    }
}
