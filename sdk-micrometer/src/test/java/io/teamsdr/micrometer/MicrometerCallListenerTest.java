package io.teamsdr.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.ErrorDetails;
import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.RateLimitedException;
import io.teamsdr.core.RequestContext;
import io.teamsdr.core.TransportException;
import io.teamsdr.core.event.AttemptInfo;
import io.teamsdr.core.event.CallInfo;
import io.teamsdr.core.event.CallListener;
import io.teamsdr.core.event.RetryReason;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the listener with the events a client reports, in the order CallListener documents. */
class MicrometerCallListenerTest {
    private static final String USER_GET = "/api/v01/draas/{draas_instance}/tenants/{uuid}/subscriptions/{subscription_id}/msteams/user/{ms_user_id}";

    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CallListener listener = MicrometerCallListener.builder(observations)
            .meterRegistry(meters).client("fusion").build();
    private final ExecutorService completions = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() {
        completions.shutdownNow();
    }

    @Test
    void aSuccessfulCallIsOneObservationNamedAfterItsOperationWithTheRequestIdOnTheSpanOnly() {
        CallInfo call = userGet("req-1", false);

        listener.callStarted(call);
        listener.attemptStarted(call, 1);
        listener.attemptEnded(call, answered(1, 200));
        listener.callEnded(call, 200, 1, Duration.ofMillis(12));

        assertThat(observations).hasNumberOfObservationsEqualTo(1)
                .hasSingleObservationThat()
                .hasNameEqualTo("teamsdr.client.requests")
                .hasContextualNameEqualTo("fusion.users.get")
                .hasBeenStarted().hasBeenStopped()
                .hasLowCardinalityKeyValue("client", "fusion")
                .hasLowCardinalityKeyValue("operation", "fusion.users.get")
                .hasLowCardinalityKeyValue("method", "GET")
                .hasLowCardinalityKeyValue("uri", USER_GET)
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("status", "2xx")
                .hasLowCardinalityKeyValue("exception", "none")
                .hasHighCardinalityKeyValue("teamsdr.request.id", "req-1")
                .hasHighCardinalityKeyValue("teamsdr.attempts", "1")
                .hasHighCardinalityKeyValue("teamsdr.async", "false")
                .doesNotHaveLowCardinalityKeyValueWithKey("teamsdr.request.id")
                .doesNotHaveError();
    }

    @Test
    void anApiFailureIsTaggedWithItsStatusClassAndExceptionAndMarksTheObservationAsFailed() {
        CallInfo call = userGet("req-2", false);
        NotFoundException notFound = new NotFoundException(
                new ErrorDetails("GET", USER_GET, 404, "2010", "user not found", "req-2", null, 1, "{}"));

        listener.callStarted(call);
        listener.attemptStarted(call, 1);
        listener.attemptEnded(call, answered(1, 404));
        listener.callFailed(call, notFound, 1, Duration.ofMillis(5));

        assertThat(observations).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("outcome", "FAILURE")
                .hasLowCardinalityKeyValue("status", "4xx")
                .hasLowCardinalityKeyValue("exception", "NotFoundException")
                .hasError(notFound)
                .hasBeenStopped();
    }

    @Test
    void aFailureWithoutAnyAnswerHasNoStatusClass() {
        CallInfo call = userGet("req-3", false);
        TransportException timeout = new TransportException(
                new RequestContext("fusion.users.get", "GET", USER_GET, "req-3", 2), TransportException.Kind.TIMEOUT, 0,
                new HttpTimeoutException("request timed out"));

        listener.callStarted(call);
        listener.attemptEnded(call, noAnswer(1, "HttpTimeoutException"));
        listener.retryScheduled(call, 1, RetryReason.TIMEOUT, Duration.ofMillis(200));
        listener.attemptEnded(call, noAnswer(2, "HttpTimeoutException"));
        listener.callFailed(call, timeout, 2, Duration.ofSeconds(61));

        assertThat(observations).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("outcome", "FAILURE")
                .hasLowCardinalityKeyValue("status", "none")
                .hasLowCardinalityKeyValue("exception", "TransportException")
                .hasHighCardinalityKeyValue("teamsdr.attempts", "2");
    }

    @Test
    void anAnswerThatCannotBeReadKeepsTheStatusOfTheLastAttempt() {
        CallInfo call = userGet("req-4", false);

        listener.callStarted(call);
        listener.attemptEnded(call, answered(1, 200));
        listener.callFailed(call, new DecodingException("GET", USER_GET, 200, "{not json",
                new IOException("unexpected character")), 1, Duration.ofMillis(3));

        assertThat(observations).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("outcome", "FAILURE")
                .hasLowCardinalityKeyValue("status", "2xx")
                .hasLowCardinalityKeyValue("exception", "DecodingException");
    }

    @Test
    void retriesAreCountedByOperationAndReasonAndPausesByClient() {
        CallInfo call = userGet("req-5", false);

        listener.callStarted(call);
        listener.attemptEnded(call, answered(1, 503));
        listener.retryScheduled(call, 1, RetryReason.RETRYABLE_STATUS, Duration.ofMillis(200));
        listener.attemptEnded(call, answered(2, 429));
        listener.clientPaused(call, Duration.ofSeconds(2));
        listener.retryScheduled(call, 2, RetryReason.RATE_LIMITED, Duration.ofSeconds(2));
        listener.attemptEnded(call, answered(3, 200));
        listener.callEnded(call, 200, 3, Duration.ofSeconds(3));

        assertThat(meters.get("teamsdr.client.retries")
                .tags("client", "fusion", "operation", "fusion.users.get", "reason", "retryable_status")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.get("teamsdr.client.retries").tags("reason", "rate_limited").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("teamsdr.client.pauses").tags("client", "fusion").counter().count()).isEqualTo(1.0);
        assertThat(observations).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasLowCardinalityKeyValue("status", "2xx")
                .hasHighCardinalityKeyValue("teamsdr.attempts", "3");
    }

    @Test
    void aRateLimitThatOutlastsTheRetriesFailsWithTheStatusOfTheException() {
        CallInfo call = userGet("req-6", false);
        RateLimitedException limited = new RateLimitedException(
                new ErrorDetails("GET", USER_GET, 429, null, null, "req-6", Duration.ofSeconds(30), 3, ""));

        listener.callStarted(call);
        listener.clientPaused(call, Duration.ofSeconds(30));
        listener.callFailed(call, limited, 3, Duration.ofSeconds(90));

        assertThat(observations).hasSingleObservationThat()
                .hasLowCardinalityKeyValue("status", "4xx")
                .hasLowCardinalityKeyValue("exception", "RateLimitedException");
    }

    @Test
    void theGaugeCountsCallsBetweenTheirStartAndTheirEnd() {
        CallInfo first = userGet("req-7", false);
        CallInfo second = userGet("req-8", true);

        listener.callStarted(first);
        listener.callStarted(second);
        assertThat(inFlightGauge()).isEqualTo(2.0);

        listener.callEnded(first, 200, 1, Duration.ofMillis(1));
        assertThat(inFlightGauge()).isEqualTo(1.0);
        listener.callFailed(second, new TransportException(
                new RequestContext("fusion.users.get", "GET", USER_GET, "req-8", 1), TransportException.Kind.NO_ANSWER, 0,
                new IOException("connection reset")), 1, Duration.ofMillis(1));
        assertThat(inFlightGauge()).isZero();
    }

    @Test
    void asyncCallsEndOnOtherThreadsAndEveryObservationIsStopped() throws Exception {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        int calls = 200;
        CountDownLatch started = new CountDownLatch(calls);
        List<Future<?>> ends = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            CallInfo call = userGet("async-" + i, true);
            listener.callStarted(call);
            started.countDown();
            int status = i % 10 == 0 ? 404 : 200;
            ends.add(completions.submit(() -> {
                listener.attemptEnded(call, answered(1, status));
                if (status == 200) {
                    listener.callEnded(call, 200, 1, Duration.ofMillis(1));
                } else {
                    listener.callFailed(call, new NotFoundException(new ErrorDetails("GET", USER_GET, 404, null, null,
                            call.requestId(), null, 1, "")), 1, Duration.ofMillis(1));
                }
            }));
        }
        for (Future<?> end : ends) {
            end.get(10, TimeUnit.SECONDS);
        }

        assertThat(started.getCount()).isZero();
        assertThat(observations).hasNumberOfObservationsEqualTo(calls);
        // The meter handler records a call's timer when its observation stops: every call is counted once.
        assertThat(meters.get("teamsdr.client.requests").tags("outcome", "FAILURE").timer().count()).isEqualTo(calls / 10);
        assertThat(meters.get("teamsdr.client.requests").tags("outcome", "SUCCESS").timer().count())
                .isEqualTo(calls - calls / 10);
        assertThat(inFlightGauge()).isZero();
    }

    @Test
    void theCallJoinsTheObservationCurrentOnTheCallingThread() {
        Observation request = Observation.start("http.server.requests", observations);
        CallInfo call = userGet("req-9", false);

        try (Observation.Scope ignored = request.openScope()) {
            listener.callStarted(call);
        }
        listener.callEnded(call, 200, 1, Duration.ofMillis(1));
        request.stop();

        assertThat(observations).hasObservationWithNameEqualTo("teamsdr.client.requests").that()
                .hasParentObservationEqualTo(request);
    }

    @Test
    void withOnlyAMeterRegistryTheObservationsBecomeATimerPerOperationAndOutcome() {
        MeterRegistry registry = new SimpleMeterRegistry();
        CallListener metersOnly = MicrometerCallListener.create(registry, "vsxi");
        CallInfo commits = new CallInfo("vsxi.commits.list", "GET", "/teams/commits", "req-10", false);

        for (int i = 0; i < 3; i++) {
            metersOnly.callStarted(commits);
            metersOnly.callEnded(commits, 200, 1, Duration.ofMillis(4));
        }

        Timer timer = registry.get("teamsdr.client.requests")
                .tags("client", "vsxi", "operation", "vsxi.commits.list", "method", "GET", "uri", "/teams/commits",
                        "outcome", "SUCCESS", "status", "2xx", "exception", "none")
                .timer();
        assertThat(timer.count()).isEqualTo(3);
        assertThat(registry.find("teamsdr.client.requests").tagKeys("teamsdr.request.id").meters()).isEmpty();
        assertThat(registry.get("teamsdr.client.in.flight").tags("client", "vsxi").gauge().value()).isZero();
    }

    @Test
    void aReplacedConventionNamesTheObservationAndChoosesItsKeys() {
        TeamsdrObservationConvention custom = new DefaultTeamsdrObservationConvention() {
            @Override
            public String getName() {
                return "provisioning.calls";
            }

            @Override
            public KeyValues getLowCardinalityKeyValues(TeamsdrCallContext context) {
                return super.getLowCardinalityKeyValues(context).and("region", "eu-west");
            }
        };
        CallListener customised = MicrometerCallListener.builder(observations).convention(custom).client("fusion").build();
        CallInfo call = userGet("req-11", false);

        customised.callStarted(call);
        customised.callEnded(call, 204, 1, Duration.ofMillis(1));

        assertThat(observations).hasSingleObservationThat()
                .hasNameEqualTo("provisioning.calls")
                .hasLowCardinalityKeyValue("region", "eu-west")
                .hasLowCardinalityKeyValue("status", "2xx");
    }

    @Test
    void eventsOfACallItNeverSawStartAreIgnored() {
        CallInfo unknown = userGet("req-12", false);

        listener.attemptEnded(unknown, answered(1, 200));
        listener.callEnded(unknown, 200, 1, Duration.ofMillis(1));

        assertThat(observations).doesNotHaveAnyObservation();
        assertThat(inFlightGauge()).isZero();
    }

    private double inFlightGauge() {
        return meters.get("teamsdr.client.in.flight").tags("client", "fusion").gauge().value();
    }

    private static CallInfo userGet(String requestId, boolean async) {
        return new CallInfo("fusion.users.get", "GET", USER_GET, requestId, async);
    }

    private static AttemptInfo answered(int number, int status) {
        return new AttemptInfo(number, OptionalInt.of(status), Duration.ofMillis(2), 120, Optional.of(true), Optional.empty());
    }

    private static AttemptInfo noAnswer(int number, String failure) {
        return new AttemptInfo(number, OptionalInt.empty(), Duration.ofSeconds(30), 0, Optional.empty(), Optional.of(failure));
    }
}
