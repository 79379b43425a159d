package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.TenantStatus;
import io.teamsdr.fusion.model.VoiceRoutingPolicy;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The read-only endpoints without arguments, described once: the tenant status, the verified
 * domains and the voice routing policies.
 */
final class CatalogCalls {
    private static final ResponseHandler<List<String>> DOMAINS = response -> response.json(Domains.class).all();
    private static final ResponseHandler<List<VoiceRoutingPolicy>> POLICIES =
            response -> response.json(Policies.class).all();

    private final Transport transport;
    private final Subscription subscription;

    CatalogCalls(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    Call<TenantStatus> status() {
        return Call.request(transport, () -> FusionOperation.STATUS_GET.request(subscription).build(),
                ResponseHandler.json(TenantStatus.class));
    }

    Call<List<String>> domains() {
        return Call.request(transport, () -> FusionOperation.DOMAINS_LIST.request(subscription).build(), DOMAINS);
    }

    Call<List<VoiceRoutingPolicy>> voiceRoutingPolicies() {
        return Call.request(transport, () -> FusionOperation.VOICE_ROUTING_POLICIES_LIST.request(subscription).build(),
                POLICIES);
    }

    /** The domains answer's envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Domains(@Nullable List<String> verifiedDomains) {
        List<String> all() {
            return verifiedDomains == null ? List.of() : List.copyOf(verifiedDomains);
        }
    }

    /** The policies answer's envelope: the policies sit under {@code results}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Policies(@Nullable List<VoiceRoutingPolicy> results) {
        List<VoiceRoutingPolicy> all() {
            return results == null ? List.of() : List.copyOf(results);
        }
    }
}
