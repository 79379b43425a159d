package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.StatusApi;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.TenantStatus;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link StatusApi} over a {@link Transport}. */
public final class DefaultStatusApi implements StatusApi {
    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultStatusApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public TenantStatus get() {
        return transport.send(getSpec(), ResponseHandler.json(TenantStatus.class));
    }

    @Override
    public CompletableFuture<TenantStatus> getAsync() {
        return Calls.async(transport, this::getSpec, ResponseHandler.json(TenantStatus.class));
    }

    private RequestSpec getSpec() {
        return FusionOperation.STATUS_GET.request(subscription).build();
    }
}
