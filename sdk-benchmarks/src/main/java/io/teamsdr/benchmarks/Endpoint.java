package io.teamsdr.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;

/**
 * Where a server started by {@link ServerMain} listens and what a client needs to call it; printed by
 * the server process as JSON and read back by {@link ServerProcess}.
 *
 * @param kind the server kind ({@link ServerKind#name()})
 * @param baseUrl the root URL, e.g. {@code http://127.0.0.1:40123}
 * @param token the bearer token (Fusion) or password (VSXi); empty when none is needed
 * @param username the Basic user name (VSXi); empty otherwise
 * @param draasInstance the Fusion DraaS instance; empty for VSXi
 * @param tenantUuid the Fusion tenant UUID, or the seeded VSXi tenant id
 * @param subscriptionId the Fusion subscription id; 0 for VSXi
 * @param userId the Azure AD object id of the user the per-call benchmarks read and update
 * @param users how many users the server was seeded with
 * @param pid the server's process id, to read its CPU time
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Endpoint(String kind, String baseUrl, String token, String username, String draasInstance,
                       String tenantUuid, long subscriptionId, String userId, int users, long pid) {

    /**
     * Returns the root URL as a URI.
     *
     * @return the URI
     */
    public URI uri() {
        return URI.create(baseUrl);
    }

    /**
     * Returns the path of the Fusion subscription, below which the MS Teams resources hang.
     *
     * @return e.g. {@code /api/v01/draas/draas_v1/tenants/<uuid>/subscriptions/42}
     */
    public String subscriptionPath() {
        return "/api/v01/draas/" + draasInstance + "/tenants/" + tenantUuid + "/subscriptions/" + subscriptionId;
    }
}
