package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.GuardedState;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import io.teamsdr.testkit.internal.RouteTable;
import io.teamsdr.testkit.internal.MediaTypes;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The route table of the fake: the four auth endpoints and the 31 endpoints of the API's
 * inventory. The body of every request is read whole (at most {@value #MAX_JSON_BODY_BYTES}
 * bytes, 413 beyond: a fake-only cap) and parsed before the state lock is taken, so a client that
 * stalls mid-body never holds the fake. Every API call then runs under the state lock in this
 * order: bearer token (401), role (403), body (415 when it is not JSON, 400 when it is not valid
 * UTF-8 or JSON or repeats a key), path tenant and subscription (404), query parameters (400), the
 * tenant's integrations, then the endpoint.
 */
final class FusionRoutes {

    /** The largest request body the fake reads (fake-only): a bulk update of thousands of users fits. */
    static final long MAX_JSON_BODY_BYTES = 16L << 20;

    /** Prefix of every subscription endpoint. */
    static final String SUB = "/api/v01/draas/{draas_instance}/tenants/{uuid}/subscriptions/{subscription_id}";

    /** Which integrations of the MS Teams tenant an endpoint needs. */
    private enum Needs {
        /** Works on any subscription, onboarded or not. */
        NOTHING,
        /** An onboarded tenant with an active MS Graph application. */
        GRAPH,
        /** An onboarded tenant with an active PowerShell integration. */
        POWERSHELL,
        /** Both integrations. */
        BOTH
    }

    @FunctionalInterface
    private interface SubscriptionHandler {
        Response handle(Request request, SubscriptionState sub);
    }

    private final GuardedState<FusionState> state;
    private final AuthEndpoints auth;
    private final RouteTable table = new RouteTable();

    private FusionRoutes(GuardedState<FusionState> state, FusionContext ctx) {
        this.state = state;
        this.auth = new AuthEndpoints(ctx);
    }

    static RouteTable build(GuardedState<FusionState> state, FusionContext ctx) {
        return new FusionRoutes(state, ctx).register(ctx);
    }

    private RouteTable register(FusionContext ctx) {
        authEndpoint("POST", "/api/v01/auth/login", auth::login);
        authEndpoint("POST", "/api/v01/auth/2fa", auth::twoFactor);
        authEndpoint("GET", "/api/v01/auth/access_token", auth::refresh);
        authEndpoint("GET", "/api/v01/auth/logout", auth::logout);

        TenantEndpoints tenant = new TenantEndpoints();
        UserEndpoints users = new UserEndpoints(ctx);
        BulkEndpoints bulk = new BulkEndpoints(ctx);
        ResourceAccountEndpoints accounts = new ResourceAccountEndpoints(ctx);
        String ms = SUB + "/msteams";
        String user = ms + "/users/{ms_user_id}";

        api("GET", ms + "/status", FusionRoles.STATUS_READ, Needs.NOTHING, tenant::status);
        api("GET", ms + "/admins", FusionRoles.ADMINS_READ, Needs.NOTHING, tenant::admin);
        api("POST", ms + "/admins", FusionRoles.ADMINS_UPDATE, Needs.NOTHING, tenant::saveAdmin);
        api("DELETE", ms + "/admins", FusionRoles.ADMINS_DELETE, Needs.NOTHING, tenant::deleteAdmin);
        api("GET", ms + "/users", FusionRoles.USERS_LIST, Needs.GRAPH,
                Set.of("page_size", "next", "search", "group", "refresh", "filters"), users::list);
        api("GET", ms + "/user/{ms_user_id}", FusionRoles.USERS_READ, Needs.GRAPH, users::get);
        api("GET", user + "/check", FusionRoles.USERS_INSTANCE_CHECK, Needs.GRAPH, users::check);
        api("PUT", user, FusionRoles.USERS_INSTANCE_UPDATE, Needs.BOTH, users::update);
        api("PUT", ms + "/users/bulk", FusionRoles.USERS_BULK, Needs.BOTH, bulk::update);
        api("PUT", user + "/groups", FusionRoles.USERS_INSTANCE_GROUPS_UPDATE, Needs.GRAPH, users::groups);
        api("PUT", user + "/licenses", FusionRoles.USERS_INSTANCE_LICENSES_UPDATE, Needs.GRAPH,
                users::assignLicenses);
        api("PUT", user + "/phone_number", FusionRoles.USERS_INSTANCE_PHONE_NUMBER_UPDATE, Needs.POWERSHELL,
                users::phoneNumber);
        api("PUT", user + "/vrp", FusionRoles.USERS_INSTANCE_VRP_UPDATE, Needs.POWERSHELL, users::vrp);
        api("GET", ms + "/resource_accounts", FusionRoles.RESOURCE_ACCOUNTS_LIST, Needs.POWERSHELL,
                Set.of("refresh", "filters"), accounts::list);
        api("POST", ms + "/resource_accounts", FusionRoles.RESOURCE_ACCOUNTS_CREATE, Needs.POWERSHELL,
                accounts::create);
        api("PUT", ms + "/resource_accounts/{resource_account_id}", FusionRoles.RESOURCE_ACCOUNTS_UPDATE,
                Needs.POWERSHELL, accounts::modify);
        api("DELETE", ms + "/resource_accounts/{resource_account_id}",
                FusionRoles.RESOURCE_ACCOUNTS_INSTANCE_DELETE, Needs.POWERSHELL, accounts::delete);
        api("GET", ms + "/domains", FusionRoles.DOMAINS_LIST, Needs.GRAPH, tenant::domains);
        api("GET", ms + "/licenses", FusionRoles.LICENSES_LIST, Needs.GRAPH, Set.of("free_only"), tenant::licenses);
        api("PUT", ms + "/{ms_user_id}/licenses", FusionRoles.LICENSES_INSTANCE_UPDATE, Needs.GRAPH,
                users::replaceLicenses);
        api("POST", ms + "/users", FusionRoles.USERS_CREATE, Needs.GRAPH, users::create);
        api("PUT", user + "/properties", FusionRoles.USERS_INSTANCE_UPDATE, Needs.GRAPH, users::properties);
        api("PUT", user + "/templates/{template_id}", FusionRoles.USERS_INSTANCE_TEMPLATE_INSTANCE_UPDATE,
                Needs.BOTH, users::applyTemplate);
        api("DELETE", user, FusionRoles.USERS_INSTANCE_DELETE, Needs.GRAPH, users::delete);
        api("GET", ms + "/vrps", FusionRoles.VRPS_READ, Needs.POWERSHELL, tenant::vrps);
        api("GET", ms + "/groups", FusionRoles.GROUPS_READ, Needs.GRAPH, tenant::groups);
        api("POST", ms + "/groups", FusionRoles.GROUPS_CREATE, Needs.GRAPH, tenant::saveGroupFilter);
        api("GET", SUB + "/users/{ms_user_id}/sip_address", FusionRoles.USERS_INSTANCE_SIP_ADDRESS_READ,
                Needs.GRAPH, users::sipAddress);
        api("POST", ms + "/sync", FusionRoles.SYNC, Needs.POWERSHELL, tenant::sync);
        api("GET", ms + "/users/bulk", FusionRoles.USERS_BULK_JOBS, Needs.NOTHING,
                Set.of("page_size", "page", "next", "search", "filters"), bulk::history);
        api("GET", ms + "/users/bulk/{bulk_id}", FusionRoles.USERS_BULK_JOBS_DETAILS, Needs.NOTHING, bulk::details);
        return table;
    }

    @FunctionalInterface
    private interface StateHandler {
        Response handle(FusionState state, Request request);
    }

    private void authEndpoint(String method, String template, StateHandler handler) {
        table.add(method, template, r -> {
            Optional<HttpError> bodyError = readAhead(r);
            return state.with(s -> {
                bodyError.ifPresent(e -> {
                    throw e;
                });
                return handler.handle(s, r);
            });
        });
    }

    private void api(String method, String template, String role, Needs needs, SubscriptionHandler handler) {
        api(method, template, role, needs, Set.of(), handler);
    }

    /**
     * Registers an endpoint accepting only the query parameters the API document lists for it: a
     * misspelled parameter (say {@code pagesize}) would be ignored by a lenient server and the
     * client's bug would go unnoticed, so the fake refuses it.
     */
    private void api(String method, String template, String role, Needs needs, Set<String> queryParams,
            SubscriptionHandler handler) {
        table.add(method, template, r -> {
            Optional<HttpError> bodyError = readAhead(r);
            return state.with(s -> {
                auth.authorize(s, r, role);
                bodyError.ifPresent(e -> {
                    throw e;
                });
                SubscriptionState sub = subscription(s, r);
                for (String name : r.queryParams().keySet()) {
                    if (!queryParams.contains(name)) {
                        throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "Unknown query parameter " + name
                                + (queryParams.isEmpty() ? "; this endpoint takes none" : "; supported: "
                                + new TreeSet<>(queryParams)));
                    }
                }
                requireIntegrations(sub, needs);
                return handler.handle(r, sub);
            });
        });
    }

    /**
     * Reads and parses the body before the state lock is taken. A body too large (413), stalled
     * (408) or broken in its framing (400) is answered at once, as a server's HTTP layer does; a
     * body that is not JSON (415) or not valid JSON (400) is kept to be answered after the
     * authentication checks, as an application answers it.
     */
    private static Optional<HttpError> readAhead(Request r) {
        byte[] body = r.readBody(MAX_JSON_BODY_BYTES);
        if (isBlank(body)) {
            return Optional.empty();
        }
        String type = r.header("Content-Type").orElse("");
        if (!MediaTypes.isJson(type)) {
            return Optional.of(new HttpError(415, 415, "Request bodies must be JSON sent as "
                    + "Content-Type: application/json (UTF-8), got " + (type.isEmpty() ? "no Content-Type" : "'" + type + "'")));
        }
        try {
            r.json();
            return Optional.empty();
        } catch (HttpError malformed) {
            return Optional.of(malformed);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static SubscriptionState subscription(FusionState s, Request r) {
        String draas = r.pathParam("draas_instance");
        String tenant = r.pathParam("uuid");
        String rawId = r.pathParam("subscription_id");
        int id;
        try {
            id = Integer.parseInt(rawId);
        } catch (NumberFormatException e) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "subscription_id must be an integer: " + rawId);
        }
        SubscriptionState sub = s.subscriptions.get(FusionState.key(draas, tenant, id));
        if (sub != null) {
            return sub;
        }
        boolean draasKnown = s.subscriptions.values().stream().anyMatch(x -> x.draasInstance.equals(draas));
        boolean tenantKnown = s.subscriptions.values().stream()
                .anyMatch(x -> x.draasInstance.equals(draas) && x.tenantUuid.equals(tenant));
        String what = !draasKnown ? "DraaS instance not found: " + draas
                : !tenantKnown ? "Tenant not found: " + tenant : "Subscription not found: " + id;
        throw HttpError.notFound(what);
    }

    private static void requireIntegrations(SubscriptionState sub, Needs needs) {
        if (needs == Needs.NOTHING) {
            return;
        }
        MsTenant t = sub.msTenant;
        if (!t.onboarded()) {
            throw FusionErrors.notFound(FusionErrors.NOT_ONBOARDED,
                    "No MS Teams tenant onboarded for this subscription (status " + t.status() + ")");
        }
        if ((needs == Needs.GRAPH || needs == Needs.BOTH) && !t.msGraphActive()) {
            throw FusionErrors.bad(FusionErrors.GRAPH_INACTIVE, "The MS Graph application integration is not active");
        }
        if ((needs == Needs.POWERSHELL || needs == Needs.BOTH) && !t.powershellActive()) {
            throw FusionErrors.bad(FusionErrors.POWERSHELL_INACTIVE, "The PowerShell integration is not active");
        }
    }
}
