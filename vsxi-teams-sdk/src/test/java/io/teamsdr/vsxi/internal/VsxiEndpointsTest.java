package io.teamsdr.vsxi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.JsonMapperFactory;
import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.SbcTenantFilter;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each of the 16 endpoints has one stable, low-cardinality operation name, which call listeners and
 * metrics report; the sync resources and the async view send the same descriptions.
 */
class VsxiEndpointsTest {
    /** The endpoints only ask the transport for its mapper when they are made; nothing is sent here. */
    private static final Transport NOT_SENDING = (Transport) Proxy.newProxyInstance(Transport.class.getClassLoader(),
            new Class<?>[] {Transport.class}, (proxy, method, args) -> {
                if (method.getName().equals("mapper")) {
                    return JsonMapperFactory.create();
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void everyEndpointHasItsOwnStableOperationName() {
        VsxiEndpoints endpoints = new VsxiEndpoints(NOT_SENDING);
        RequestBody csv = RequestBody.none();

        List<Call<?>> calls = List.of(endpoints.start(), endpoints.status(), endpoints.diff(), endpoints.discard(),
                endpoints.commit(null), endpoints.upsertSbcTenants(csv), endpoints.deleteSbcTenants(csv),
                endpoints.sbcTenants(ConfigView.COMMITTED), endpoints.upsertSipUsers(csv),
                endpoints.replaceAllSipUsers(csv), endpoints.deleteSipUsers(csv),
                endpoints.sipUsers(ConfigView.WITH_DRAFT, SbcTenantFilter.of("1001")), endpoints.commits(),
                endpoints.rollbackLatest(), endpoints.rollbackTo("s-1"), endpoints.smcFiles(ConfigView.COMMITTED));
        Map<String, String> names = new LinkedHashMap<>();
        for (Call<?> call : calls) {
            RequestSpec spec = call.spec();
            names.put(spec.method() + " " + spec.pathTemplate(), spec.operation());
        }

        assertThat(names).containsExactly(
                entry("POST /teams/draft/start", "vsxi.draft.start"),
                entry("GET /teams/draft/status", "vsxi.draft.status"),
                entry("GET /teams/draft/diff", "vsxi.draft.diff"),
                entry("POST /teams/draft/discard", "vsxi.draft.discard"),
                entry("POST /teams/draft/commit", "vsxi.draft.commit"),
                entry("POST /teams/draft/update/tenants", "vsxi.draft.upsert_sbc_tenants"),
                entry("DELETE /teams/draft/delete/tenants", "vsxi.draft.delete_sbc_tenants"),
                entry("GET /teams/tenants", "vsxi.sbc_tenants.list"),
                entry("POST /teams/draft/update/users", "vsxi.draft.upsert_sip_users"),
                entry("POST /teams/draft/replace/users", "vsxi.draft.replace_all_sip_users"),
                entry("DELETE /teams/draft/delete/users", "vsxi.draft.delete_sip_users"),
                entry("GET /teams/users", "vsxi.sip_users.list"),
                entry("GET /teams/commits", "vsxi.commits.list"),
                entry("POST /teams/rollback", "vsxi.commits.rollback_latest"),
                entry("POST /teams/rollback/{session}", "vsxi.commits.rollback_to"),
                entry("GET /teams/smcFiles", "vsxi.configuration.download"));
        assertThat(endpoints.forEachSipUser(ConfigView.COMMITTED, SbcTenantFilter.all(), user -> { }).spec().operation())
                .as("the streamed read is the same endpoint").isEqualTo("vsxi.sip_users.list");
    }
}
