package io.teamsdr.fusion.internal;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.core.ClientBuilder;
import io.teamsdr.core.Credentials;
import io.teamsdr.core.RetryOptions;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.async.MsTeamsAsync;
import java.net.URI;

/** What the tests of the non-user resources share: a subscription and a transport against WireMock. */
final class ResourceApiFixture {
    static final String TENANT = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    static final Subscription SUBSCRIPTION = Subscription.of("draas_v1", TENANT, 42);
    /** The expanded prefix every path starts with. */
    static final String SUB = "/api/v01/draas/draas_v1/tenants/" + TENANT + "/subscriptions/42";
    /** The role prefix of every MS Teams endpoint, as the API document spells it. */
    static final String ROLE = "tenants.instance.subscriptions.instance.msteams.";

    static final String USER_ID = "2da785f7-3454-4bfe-9f30-4f368eb9db58";

    private ResourceApiFixture() {
    }

    /** A client builder whose product is the bare transport. */
    static final class TransportBuilder extends ClientBuilder<TransportBuilder> {
        Transport build() {
            return Transport.create(settings());
        }
    }

    static TransportBuilder against(WireMockExtension server) {
        return new TransportBuilder()
                .endpoint(URI.create(server.baseUrl()))
                .credentials(Credentials.bearer("test-access-token"))
                .retry(RetryOptions.none());
    }

    static Transport transport(WireMockExtension server) {
        return against(server).build();
    }

    /** The blocking resource tree of a client over the transport. */
    static MsTeams msTeams(Transport transport) {
        return FusionClients.create(transport, null, null).msTeams(SUBSCRIPTION);
    }

    /** The non-blocking resource tree of a client over the transport. */
    static MsTeamsAsync msTeamsAsync(Transport transport) {
        return FusionClients.create(transport, null, null).async().msTeams(SUBSCRIPTION);
    }

    static String error(int code, String reason) {
        return "{\"error\": {\"code\": " + code + ", \"reason\": \"" + reason + "\"}}";
    }
}
