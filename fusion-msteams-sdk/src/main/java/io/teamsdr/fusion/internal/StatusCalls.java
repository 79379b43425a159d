package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.TenantStatus;

/** The tenant status endpoint, described once for {@link io.teamsdr.fusion.StatusApi} and its async view. */
record StatusCalls(Transport transport, Subscription subscription) {

    Call<TenantStatus> get() {
        return Call.request(transport, () -> FusionOperation.STATUS_GET.request(subscription).build(),
                ResponseHandler.json(TenantStatus.class));
    }
}
