package io.teamsdr.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.teamsdr.core.ApiException;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.core.event.AttemptInfo;
import io.teamsdr.core.event.CallInfo;
import io.teamsdr.core.event.CallListener;
import io.teamsdr.core.event.RetryReason;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link CallListener} that turns the calls of one teamsdr client into Micrometer observations, so
 * that metrics and, where the application has Micrometer Tracing, spans come from one instrumentation.
 *
 * <ul>
 *   <li>Each call is one {@link Observation} named {@value TeamsdrMetrics#REQUESTS}, started when the
 *       call starts and stopped when it ends or fails; with a meter handler on the registry it becomes a
 *       timer per operation, outcome, status class and exception (see {@link TeamsdrMetrics}), with a
 *       tracing handler a span named after the operation carrying the request id. Its parent is the
 *       observation current on the calling thread, so the span joins the caller's trace.</li>
 *   <li>With a {@link MeterRegistry}: the counters {@value TeamsdrMetrics#RETRIES} (by reason) and
 *       {@value TeamsdrMetrics#PAUSES}, and the gauge {@value TeamsdrMetrics#IN_FLIGHT}.</li>
 * </ul>
 *
 * <pre>{@code
 * FusionClient fusion = FusionClient.builder()
 *         .endpoint(endpoint)
 *         .credentials(credentials)
 *         .listener(MicrometerCallListener.builder(observationRegistry).meterRegistry(meterRegistry)
 *                 .client("fusion").build())
 *         .build();
 * }</pre>
 *
 * <p>Register one listener per client: the gauge counts that client's calls. Thread-safe.
 */
public final class MicrometerCallListener implements CallListener {
    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private final String client;
    private final TeamsdrObservationConvention convention;
    private final Map<CallInfo, Observation> running = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter pauses;

    private MicrometerCallListener(Builder builder) {
        this.observations = builder.observations;
        this.meters = builder.meters;
        this.client = builder.client;
        this.convention = builder.convention;
        if (meters != null) {
            Gauge.builder(TeamsdrMetrics.IN_FLIGHT, inFlight, AtomicInteger::get)
                    .description("teamsdr calls started and not yet ended, those waiting for a permit included")
                    .tag(TeamsdrMetrics.CLIENT, client)
                    .strongReference(true)
                    .register(meters);
            this.pauses = Counter.builder(TeamsdrMetrics.PAUSES)
                    .description("client-wide pauses started by a 429 answer")
                    .tag(TeamsdrMetrics.CLIENT, client)
                    .register(meters);
        } else {
            this.pauses = null;
        }
    }

    /**
     * Starts a listener that reports to an observation registry, such as the one Spring Boot or
     * Micrometer Tracing configures.
     *
     * @param observations the registry; a no-op registry records nothing but the counters and gauge
     * @return a builder
     */
    public static Builder builder(ObservationRegistry observations) {
        return new Builder(Objects.requireNonNull(observations, "observations"));
    }

    /**
     * Creates a listener for an application that has meters but no observation registry: the calls'
     * observations become timers in that meter registry, through Micrometer's default meter handler.
     *
     * @param meters the meter registry
     * @param client the client's name, the {@value TeamsdrMetrics#CLIENT} tag, such as {@code fusion}
     * @return the listener
     */
    public static MicrometerCallListener create(MeterRegistry meters, String client) {
        Objects.requireNonNull(meters, "meters");
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return builder(observations).meterRegistry(meters).client(client).build();
    }

    /**
     * Returns how many calls of the client are running now.
     *
     * @return the calls started and not yet ended
     */
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public void callStarted(CallInfo call) {
        TeamsdrCallContext context = new TeamsdrCallContext(client, call);
        Observation observation = Observation.createNotStarted(convention, DefaultTeamsdrObservationConvention.INSTANCE,
                () -> context, observations);
        inFlight.incrementAndGet();
        running.put(call, observation.start());
    }

    @Override
    public void attemptEnded(CallInfo call, AttemptInfo attempt) {
        Observation observation = running.get(call);
        if (observation != null && attempt.status().isPresent()) {
            ((TeamsdrCallContext) observation.getContext()).status(attempt.status().getAsInt());
        }
    }

    @Override
    public void retryScheduled(CallInfo call, int attempt, RetryReason reason, Duration wait) {
        if (meters != null) {
            Counter.builder(TeamsdrMetrics.RETRIES)
                    .description("retries scheduled after a failed attempt")
                    .tag(TeamsdrMetrics.CLIENT, client)
                    .tag(TeamsdrMetrics.OPERATION, call.operation())
                    .tag(TeamsdrMetrics.REASON, reason.name().toLowerCase(Locale.ROOT))
                    .register(meters)
                    .increment();
        }
    }

    @Override
    public void clientPaused(CallInfo call, Duration pause) {
        if (pauses != null) {
            pauses.increment();
        }
    }

    @Override
    public void callEnded(CallInfo call, int status, int attempts, Duration duration) {
        Observation observation = running.remove(call);
        if (observation == null) {
            return;
        }
        TeamsdrCallContext context = (TeamsdrCallContext) observation.getContext();
        context.status(status);
        context.ended(attempts);
        end(observation);
    }

    @Override
    public void callFailed(CallInfo call, TeamsdrException failure, int attempts, Duration duration) {
        Observation observation = running.remove(call);
        if (observation == null) {
            return;
        }
        TeamsdrCallContext context = (TeamsdrCallContext) observation.getContext();
        if (failure instanceof ApiException api) {
            context.status(api.status());
        }
        context.failed(failure, attempts);
        observation.error(failure);
        end(observation);
    }

    private void end(Observation observation) {
        inFlight.decrementAndGet();
        observation.stop();
    }

    /** Builds a {@link MicrometerCallListener}. */
    public static final class Builder {
        private final ObservationRegistry observations;
        private MeterRegistry meters;
        private String client = "teamsdr";
        private TeamsdrObservationConvention convention;

        private Builder(ObservationRegistry observations) {
            this.observations = observations;
        }

        /**
         * Adds the counters and the in-flight gauge to a meter registry. Without it only observations
         * are reported (their timers come from the observation registry's meter handler, if it has one).
         *
         * @param registry the meter registry
         * @return this builder
         */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meters = Objects.requireNonNull(registry, "meterRegistry");
            return this;
        }

        /**
         * Names the client, the {@value TeamsdrMetrics#CLIENT} tag of every meter (default
         * {@code teamsdr}).
         *
         * @param name such as {@code fusion} or {@code vsxi}
         * @return this builder
         */
        public Builder client(String name) {
            Objects.requireNonNull(name, "client");
            if (name.isBlank()) {
                throw new IllegalArgumentException("client must not be blank");
            }
            this.client = name;
            return this;
        }

        /**
         * Replaces the {@linkplain DefaultTeamsdrObservationConvention default convention}. As usual in
         * Micrometer, this convention wins over a global one registered on the observation registry;
         * without it a global {@link TeamsdrObservationConvention} wins over the default.
         *
         * @param custom the convention
         * @return this builder
         */
        public Builder convention(TeamsdrObservationConvention custom) {
            this.convention = Objects.requireNonNull(custom, "convention");
            return this;
        }

        /**
         * Builds the listener; with a meter registry, registers its gauge and pause counter there.
         *
         * @return the listener
         */
        public MicrometerCallListener build() {
            return new MicrometerCallListener(this);
        }
    }
}
