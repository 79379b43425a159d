package io.teamsdr.spring.boot.health;

import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Probes the VSXi SBC by listing its committed tenants ({@code GET /teams/tenants}, without the draft):
 * the smallest read of the API that needs no draft and grows with the operator's customers, not with
 * their users or history.
 */
public final class VsxiProbe extends PlatformProbe {
    private final VsxiTeamsClient client;

    /**
     * Creates the probe.
     *
     * @param client the client, configured for health reads (one attempt, short timeout)
     * @param endpoint the endpoint shown in the details, {@code null} when unknown
     * @param slowThreshold the latency above which the SBC is degraded
     * @param nanoTime the time source
     */
    public VsxiProbe(VsxiTeamsClient client, URI endpoint, Duration slowThreshold, LongSupplier nanoTime) {
        super(endpoint, slowThreshold, nanoTime);
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    protected String read() {
        return "GET /teams/tenants";
    }

    @Override
    protected void readInto(Map<String, Object> details) {
        details.put("tenants", client.sbcTenants().list(ConfigView.COMMITTED).size());
    }
}
