package io.teamsdr.benchmarks;

import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.FusionCredentials;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.vsxi.VsxiTeamsClient;

/** The SDK clients of the benchmarks, built with default settings as an application would. */
public final class Clients {
    private Clients() {
    }

    /**
     * Builds a Fusion client for a server.
     *
     * @param endpoint the server
     * @return the client
     */
    public static FusionClient fusion(Endpoint endpoint) {
        return FusionClient.builder()
                .endpoint(endpoint.uri())
                .credentials(FusionCredentials.token(endpoint.token()))
                .build();
    }

    /**
     * Returns the MS Teams resources of the server's subscription.
     *
     * @param client the client
     * @param endpoint the server
     * @return the resources
     */
    public static MsTeams msTeams(FusionClient client, Endpoint endpoint) {
        return client.msTeams(Subscription.of(endpoint.draasInstance(), endpoint.tenantUuid(), endpoint.subscriptionId()));
    }

    /**
     * Builds a VSXi client for a server.
     *
     * @param endpoint the server
     * @return the client
     */
    public static VsxiTeamsClient vsxi(Endpoint endpoint) {
        String password = endpoint.token();
        return VsxiTeamsClient.builder()
                .endpoint(endpoint.uri())
                .credentials(endpoint.username(), () -> password)
                .build();
    }
}
