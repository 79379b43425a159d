package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The verified domains endpoint, described once for {@link io.teamsdr.fusion.DomainsApi} and its async view. */
record DomainsCalls(Transport transport, Subscription subscription) {

    Call<List<String>> list() {
        return Call.request(transport, () -> FusionOperation.DOMAINS_LIST.request(subscription).build(),
                response -> Args.listed(response.json(Envelope.class).verifiedDomains()));
    }

    /** The answer's envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(@Nullable List<String> verifiedDomains) {
    }
}
