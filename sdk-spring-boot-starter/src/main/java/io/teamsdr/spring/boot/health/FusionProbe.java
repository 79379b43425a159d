package io.teamsdr.spring.boot.health;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.TenantStatus;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Probes Fusion by reading the tenant status of the configured subscription
 * ({@code GET .../msteams/status}, endpoint #1, one small object). Without
 * {@code teamsdr.fusion.subscription.*} the platform is reported {@code UNKNOWN}.
 */
public final class FusionProbe extends PlatformProbe {
    private final FusionClient client;
    private final Subscription subscription;

    /**
     * Creates the probe.
     *
     * @param client the client, configured for health reads (one attempt, short timeout)
     * @param subscription the subscription to read, {@code null} when not configured
     * @param endpoint the endpoint shown in the details, {@code null} when unknown
     * @param slowThreshold the latency above which Fusion is degraded
     * @param nanoTime the time source
     */
    public FusionProbe(FusionClient client, Subscription subscription, URI endpoint, Duration slowThreshold,
                       LongSupplier nanoTime) {
        super(endpoint, slowThreshold, nanoTime);
        this.client = Objects.requireNonNull(client, "client");
        this.subscription = subscription;
    }

    @Override
    protected String read() {
        return "GET " + Subscription.PATH + "/msteams/status";
    }

    @Override
    protected Optional<String> notProbed() {
        return subscription == null
                ? Optional.of("set teamsdr.fusion.subscription.draas-instance, tenant-uuid and subscription-id to probe Fusion")
                : Optional.empty();
    }

    @Override
    protected void readInto(Map<String, Object> details) {
        TenantStatus status = client.msTeams(subscription).status().get();
        details.put("onboarding", String.valueOf(status.status()));
    }
}
