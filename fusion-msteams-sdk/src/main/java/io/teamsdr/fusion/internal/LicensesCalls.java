package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.LicenseFilter;
import io.teamsdr.fusion.model.TenantLicense;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's licenses and the replacement of a user's license set, described once for
 * {@link io.teamsdr.fusion.LicensesApi} and its async view.
 */
record LicensesCalls(Transport transport, Subscription subscription) {
    private static final ResponseHandler<List<TenantLicense>> LICENSES =
            response -> Args.listed(response.json(Envelope.class).licenses());

    Call<List<TenantLicense>> list() {
        return list(LicenseFilter.ALL);
    }

    Call<List<TenantLicense>> list(LicenseFilter filter) {
        return Call.request(transport, () -> {
            Args.require("filter", filter);
            // The API takes the strings yes/no here, not a boolean.
            return FusionOperation.LICENSES_LIST.request(subscription)
                    .query("free_only", filter.freeOnlyParameter())
                    .build();
        }, LICENSES);
    }

    Call<Void> replaceLicenseSet(String userId, Collection<String> skuIds) {
        return Call.request(transport, () -> {
            Validator validator = Args.objectId(new Validator(), "userId", userId);
            Args.objectIds(validator, "skuIds", skuIds).throwIfInvalid();
            return FusionOperation.USER_LICENSE_SET_REPLACE.request(subscription)
                    .pathParam("ms_user_id", userId)
                    .body(RequestBody.json(Map.of("skuIds", List.copyOf(skuIds))))
                    .build();
        }, response -> null);
    }

    /** The list answer's envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(@Nullable List<TenantLicense> licenses) {
    }

}
