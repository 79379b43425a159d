package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.DomainsApi;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link DomainsApi} over a {@link Transport}. */
public final class DefaultDomainsApi implements DomainsApi {
    /** The answer's envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(List<String> verifiedDomains) {
        List<String> domains() {
            return verifiedDomains == null ? List.of() : List.copyOf(verifiedDomains);
        }
    }

    private static final ResponseHandler<List<String>> DOMAINS =
            response -> response.json(Envelope.class).domains();

    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultDomainsApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public List<String> list() {
        return transport.send(listSpec(), DOMAINS);
    }

    @Override
    public CompletableFuture<List<String>> listAsync() {
        return Calls.async(transport, this::listSpec, DOMAINS);
    }

    private RequestSpec listSpec() {
        return FusionOperation.DOMAINS_LIST.request(subscription).build();
    }
}
