package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;

/** The SIP address endpoint, described once for {@link io.teamsdr.fusion.SipAddressApi} and its async view. */
record SipAddressCalls(Transport transport, Subscription subscription) {

    Call<String> get(String userId) {
        return Call.request(transport, () -> {
            Args.requireObjectId("userId", userId);
            return FusionOperation.USER_SIP_ADDRESS_GET.request(subscription).pathParam("ms_user_id", userId).build();
        }, response -> response.json(JsonNode.class).path("sipAddress").asText());
    }
}
