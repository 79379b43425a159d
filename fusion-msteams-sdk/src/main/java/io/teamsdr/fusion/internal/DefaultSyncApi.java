package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.SyncApi;
import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncType;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link SyncApi} over a {@link Transport}. */
public final class DefaultSyncApi implements SyncApi {
    /** The request body. */
    record Body(SyncType type) {
    }

    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultSyncApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public SyncResult sync() {
        return sync(SyncType.NORMAL);
    }

    @Override
    public CompletableFuture<SyncResult> syncAsync() {
        return syncAsync(SyncType.NORMAL);
    }

    @Override
    public SyncResult sync(SyncType type) {
        return transport.send(syncSpec(type), ResponseHandler.json(SyncResult.class));
    }

    @Override
    public CompletableFuture<SyncResult> syncAsync(SyncType type) {
        return Calls.async(transport, () -> syncSpec(type), ResponseHandler.json(SyncResult.class));
    }

    private RequestSpec syncSpec(SyncType type) {
        new Validator().required("type", type)
                .check(type == null || !type.value().isBlank(), "type", type, "required")
                .throwIfInvalid();
        return FusionOperation.SYNC.request(subscription).body(RequestBody.json(new Body(type))).build();
    }
}
