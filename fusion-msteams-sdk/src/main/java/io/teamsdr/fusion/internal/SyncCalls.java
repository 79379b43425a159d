package io.teamsdr.fusion.internal;

import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncType;
import java.util.Map;

/** The phone number synchronization, described once for {@link io.teamsdr.fusion.SyncApi} and its async view. */
record SyncCalls(Transport transport, Subscription subscription) {

    Call<SyncResult> sync() {
        return sync(SyncType.NORMAL);
    }

    Call<SyncResult> sync(SyncType type) {
        return Call.request(transport, () -> {
            new Validator().required("type", type)
                    .check(type == null || !type.value().isBlank(), "type", type, "required")
                    .throwIfInvalid();
            return FusionOperation.SYNC.request(subscription).body(RequestBody.json(Map.of("type", type))).build();
        }, ResponseHandler.json(SyncResult.class));
    }

}
