package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.SyncResult;
import io.teamsdr.fusion.model.SyncType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The users' phone number synchronization and SIP addresses, described once. */
final class UserExtrasCalls {
    private static final ResponseHandler<String> SIP_ADDRESS = response -> response.json(SipAddressBody.class).sipAddress();

    private final Transport transport;
    private final Subscription subscription;

    UserExtrasCalls(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    Call<SyncResult> sync(SyncType type) {
        return Call.request(transport, () -> {
            new Validator().required("type", type)
                    .check(type == null || !type.value().isBlank(), "type", type, "required")
                    .throwIfInvalid();
            return FusionOperation.SYNC.request(subscription).body(RequestBody.json(new SyncBody(type))).build();
        }, ResponseHandler.json(SyncResult.class));
    }

    Call<String> sipAddress(String userId) {
        return Call.request(transport, () -> {
            Args.requireObjectId("userId", userId);
            return FusionOperation.USER_SIP_ADDRESS_GET.request(subscription).pathParam("ms_user_id", userId).build();
        }, SIP_ADDRESS);
    }

    /** The sync request body. */
    record SyncBody(SyncType type) {
    }

    /** The SIP address answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SipAddressBody(@Nullable String sipAddress) {
        @Override
        public String sipAddress() {
            return sipAddress == null ? "" : sipAddress;
        }
    }
}
