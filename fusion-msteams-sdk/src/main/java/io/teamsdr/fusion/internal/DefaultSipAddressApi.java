package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.SipAddressApi;
import io.teamsdr.fusion.Subscription;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link SipAddressApi} over a {@link Transport}. */
public final class DefaultSipAddressApi implements SipAddressApi {
    /** The answer's body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(String sipAddress) {
    }

    private static final ResponseHandler<String> SIP_ADDRESS = response -> response.json(Body.class).sipAddress();

    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultSipAddressApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public String get(String msUserId) {
        return transport.send(getSpec(msUserId), SIP_ADDRESS);
    }

    @Override
    public CompletableFuture<String> getAsync(String msUserId) {
        return Calls.async(transport, () -> getSpec(msUserId), SIP_ADDRESS);
    }

    private RequestSpec getSpec(String msUserId) {
        new Validator().required("msUserId", msUserId).uuid("msUserId", msUserId).throwIfInvalid();
        return FusionOperation.USER_SIP_ADDRESS_GET.request(subscription)
                .pathParam("ms_user_id", msUserId)
                .build();
    }
}
