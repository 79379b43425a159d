package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import java.util.ArrayList;
import java.util.List;

/** The verified domains endpoint, described once for {@link io.teamsdr.fusion.DomainsApi} and its async view. */
record DomainsCalls(Transport transport, Subscription subscription) {

    Call<List<String>> list() {
        return Call.request(transport, () -> FusionOperation.DOMAINS_LIST.request(subscription).build(), response -> {
            List<String> domains = new ArrayList<>();
            response.json(JsonNode.class).path("verifiedDomains").forEach(domain -> domains.add(domain.asText()));
            return List.copyOf(domains);
        });
    }
}
