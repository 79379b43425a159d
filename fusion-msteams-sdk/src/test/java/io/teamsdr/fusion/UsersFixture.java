package io.teamsdr.fusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.teamsdr.core.RetryOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the user, bulk and auth tests share: a subscription, ids, and a client against WireMock. */
final class UsersFixture {
    static final String TENANT = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    static final Subscription SUBSCRIPTION = Subscription.of("draas_v1", TENANT, 42);
    /** The expanded prefix every MS Teams path starts with. */
    static final String SUB = "/api/v01/draas/draas_v1/tenants/" + TENANT + "/subscriptions/42";
    static final String USER_ID = "2da785f7-3454-4bfe-9f30-4f368eb9db58";
    static final String GROUP_A = "e54f3c3f-d705-451d-96ff-7fbe7ff15e1e";
    static final String GROUP_B = "917ad8c5-8ca6-480b-9a81-045846ba0892";
    static final String SKU = "18181a46-0d4e-45cd-891e-60aabd171b4e";
    static final String TOKEN = "test-access-token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private UsersFixture() {
    }

    /** A client with a fixed token and no retries, so every request in the journal is one call. */
    static FusionClient client(WireMockExtension server) {
        return FusionClient.builder()
                .endpoint(URI.create(server.baseUrl()))
                .credentials(FusionCredentials.token(TOKEN))
                .retry(RetryOptions.none())
                .build();
    }

    /** The requests WireMock received, oldest first. */
    static List<LoggedRequest> requests(WireMockExtension server) {
        // WireMock lists the newest first.
        List<LoggedRequest> requests = new ArrayList<>(server.getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
        Collections.reverse(requests);
        return requests;
    }

    /** The raw query string of a request, as sent (percent-encoded), or empty. */
    static String rawQuery(LoggedRequest request) {
        String url = request.getUrl();
        int mark = url.indexOf('?');
        return mark < 0 ? "" : url.substring(mark + 1);
    }

    /** The JSON body of a request as a tree, to assert explicit nulls and absent fields. */
    static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception notJson) {
            throw new AssertionError("request body is not JSON: " + request.getBodyAsString(), notJson);
        }
    }
}
