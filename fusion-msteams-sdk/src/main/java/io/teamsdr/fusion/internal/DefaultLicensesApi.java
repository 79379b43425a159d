package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.LicensesApi;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.TenantLicense;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link LicensesApi} over a {@link Transport}. */
public final class DefaultLicensesApi implements LicensesApi {
    /** The list answer's envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(List<TenantLicense> licenses) {
        List<TenantLicense> all() {
            return licenses == null ? List.of() : List.copyOf(licenses);
        }
    }

    /** The body of a license set replacement. */
    record LicenseSet(List<String> skuIds) {
    }

    private static final ResponseHandler<List<TenantLicense>> LICENSES =
            response -> response.json(Envelope.class).all();

    private final Transport transport;
    private final Subscription subscription;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultLicensesApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public List<TenantLicense> list() {
        return list(false);
    }

    @Override
    public CompletableFuture<List<TenantLicense>> listAsync() {
        return listAsync(false);
    }

    @Override
    public List<TenantLicense> list(boolean freeOnly) {
        return transport.send(listSpec(freeOnly), LICENSES);
    }

    @Override
    public CompletableFuture<List<TenantLicense>> listAsync(boolean freeOnly) {
        return Calls.async(transport, () -> listSpec(freeOnly), LICENSES);
    }

    @Override
    public void replaceLicenseSet(String msUserId, Collection<String> skuIds) {
        transport.send(replaceSpec(msUserId, skuIds), Calls.noContent());
    }

    @Override
    public CompletableFuture<Void> replaceLicenseSetAsync(String msUserId, Collection<String> skuIds) {
        return Calls.async(transport, () -> replaceSpec(msUserId, skuIds), Calls.noContent());
    }

    private RequestSpec listSpec(boolean freeOnly) {
        // The API takes the strings yes/no here, not a boolean.
        return FusionOperation.LICENSES_LIST.request(subscription)
                .query("free_only", freeOnly ? "yes" : "no")
                .build();
    }

    private RequestSpec replaceSpec(String msUserId, Collection<String> skuIds) {
        Validator validator = new Validator()
                .required("msUserId", msUserId)
                .uuid("msUserId", msUserId)
                .required("skuIds", skuIds);
        List<String> ids = skuIds == null ? List.of() : new ArrayList<>(skuIds);
        for (int i = 0; i < ids.size(); i++) {
            validator.required("skuIds[" + i + "]", ids.get(i)).uuid("skuIds[" + i + "]", ids.get(i));
        }
        validator.throwIfInvalid();
        return FusionOperation.USER_LICENSE_SET_REPLACE.request(subscription)
                .pathParam("ms_user_id", msUserId)
                .body(RequestBody.json(new LicenseSet(List.copyOf(ids))))
                .build();
    }
}
