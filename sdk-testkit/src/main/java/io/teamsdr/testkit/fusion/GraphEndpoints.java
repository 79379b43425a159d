package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.GuardedState;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import io.teamsdr.testkit.internal.RouteTable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The few Microsoft Graph v1.0 endpoints a directory reconciliation reads, served from the default
 * subscription's users through its {@link DirectoryOverlay}, so a Graph client and a Fusion client
 * see one tenant: {@code GET /v1.0/users} ({@code $top} 1 to 999, default 100; {@code $select};
 * {@code @odata.nextLink} paging in object id order), {@code GET /v1.0/users/{id or UPN}} and
 * {@code GET /v1.0/subscribedSkus}.
 *
 * <p>Shapes follow Microsoft's documentation, including its defaults: without {@code $select} a
 * user carries only Graph's default properties (no {@code usageLocation}, no
 * {@code assignedLicenses}), an unknown property in {@code $select} is a 400, and errors are
 * {@code {"error":{"code":"...","message":"...","innerError":{...}}}}. Any unexpired access token of
 * the fake is accepted, whatever its Fusion roles; query options other than {@code $top},
 * {@code $select} and {@code $skiptoken} are refused so that a client relying on an unfaked option
 * notices.
 */
final class GraphEndpoints {

    /** The path prefix of the Graph endpoints. */
    static final String PREFIX = "/v1.0";

    private static final int DEFAULT_TOP = 100;
    private static final int MAX_TOP = 999;

    /** What Graph returns for a user when no {@code $select} is given. */
    private static final List<String> DEFAULT_USER_PROPERTIES = List.of("businessPhones", "displayName",
            "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname",
            "userPrincipalName", "id");

    /** What the fake can render for a user; Graph has many more, which the fake refuses to pretend to have. */
    private static final List<String> USER_PROPERTIES;

    static {
        List<String> all = new ArrayList<>(DEFAULT_USER_PROPERTIES);
        all.addAll(List.of("accountEnabled", "assignedLicenses", "usageLocation", "userType"));
        USER_PROPERTIES = List.copyOf(all);
    }

    @FunctionalInterface
    private interface GraphHandler {
        Response handle(Request request, SubscriptionState sub);
    }

    private final GuardedState<FusionState> state;
    private final FusionContext ctx;
    private final AuthEndpoints auth;
    private final String subscriptionKey;

    private GraphEndpoints(GuardedState<FusionState> state, FusionContext ctx, String subscriptionKey) {
        this.state = state;
        this.ctx = ctx;
        this.auth = new AuthEndpoints(ctx);
        this.subscriptionKey = subscriptionKey;
    }

    /**
     * Adds the Graph routes to the fake's table.
     *
     * @param table the route table of the Fusion fake
     * @param state the fake's state
     * @param ctx server-wide settings (clock, continuation tokens)
     * @param subscriptionKey the {@link FusionState#key} of the subscription whose tenant Graph shows
     */
    static void register(RouteTable table, GuardedState<FusionState> state, FusionContext ctx,
            String subscriptionKey) {
        GraphEndpoints graph = new GraphEndpoints(state, ctx, subscriptionKey);
        graph.get(table, PREFIX + "/users", Set.of("$top", "$select", "$skiptoken"), graph::users);
        graph.get(table, PREFIX + "/users/{id}", Set.of("$select"), graph::user);
        graph.get(table, PREFIX + "/subscribedSkus", Set.of("$select"), graph::subscribedSkus);
    }

    private void get(RouteTable table, String template, Set<String> options, GraphHandler handler) {
        table.add("GET", template, r -> state.with(s -> {
            try {
                auth.authenticate(s, r);
                for (String name : r.queryParams().keySet()) {
                    if (!options.contains(name)) {
                        throw HttpError.badRequest("The fake Graph does not support the query option '" + name
                                + "' here; supported: " + new TreeSet<>(options));
                    }
                }
                return handler.handle(r, s.subscriptions.get(subscriptionKey));
            } catch (HttpError e) {
                return error(e);
            }
        }));
    }

    private Response users(Request request, SubscriptionState sub) {
        int top = top(request);
        List<String> select = userSelect(request);
        String selectText = request.query("$select").isPresent() ? String.join(",", select) : null;
        String binding = ContinuationTokens.binding(subscriptionKey, "graph-users", String.valueOf(top), selectText);
        String after = request.query("$skiptoken").filter(t -> !t.isEmpty()).map(t -> skip(t, binding)).orElse(null);

        Iterator<DirectoryOverlay.Entry> remaining = sub.directory.usersAfter(sub, after);
        List<DirectoryOverlay.Entry> page = new ArrayList<>();
        while (page.size() < top && remaining.hasNext()) {
            page.add(remaining.next());
        }
        ObjectNode root = Json.object();
        root.put("@odata.context", base(request) + "/$metadata#users" + selection(selectText));
        if (remaining.hasNext()) {
            String token = ctx.continuationTokens().issue(binding, page.get(page.size() - 1).id());
            root.put("@odata.nextLink", base(request) + "/users?"
                    + (request.query("$top").isPresent() ? "$top=" + top + "&" : "")
                    + (selectText != null ? "$select=" + selectText + "&" : "")
                    + "$skiptoken=" + token);
        }
        ArrayNode value = root.putArray("value");
        page.forEach(e -> value.add(user(e, select)));
        return Response.json(200, root);
    }

    /** The last id of the previous page; Graph words a bad token its own way, not Fusion's. */
    private String skip(String token, String binding) {
        try {
            return ctx.continuationTokens().redeem(token, binding);
        } catch (HttpError e) {
            throw HttpError.badRequest("The $skiptoken is invalid, expired or was issued for another $top or $select: "
                    + "follow the @odata.nextLink exactly as returned");
        }
    }

    private Response user(Request request, SubscriptionState sub) {
        String ref = request.pathParam("id");
        DirectoryOverlay.Entry entry = sub.directory.user(sub, ref).orElseThrow(() -> new HttpError(404,
                "Request_ResourceNotFound", "Resource '" + ref
                + "' does not exist or one of its queried reference-property objects are not present."));
        List<String> select = userSelect(request);
        String selectText = request.query("$select").isPresent() ? String.join(",", select) : null;
        ObjectNode root = Json.object();
        root.put("@odata.context", base(request) + "/$metadata#users" + selection(selectText) + "/$entity");
        root.setAll(user(entry, select));
        return Response.json(200, root);
    }

    /**
     * Every license of the tenant with Graph's seat counts: {@code prepaidUnits.enabled} is the
     * purchased total; {@code consumedUnits} counts the seats held by the directory's users (after
     * the overlay), by resource accounts, and the seed's reserved seats.
     */
    private Response subscribedSkus(Request request, SubscriptionState sub) {
        String tenantId = sub.msTenant.msTenantId() == null ? sub.tenantUuid : sub.msTenant.msTenantId();
        ObjectNode root = Json.object();
        root.put("@odata.context", base(request) + "/$metadata#subscribedSkus");
        ArrayNode value = root.putArray("value");
        for (License l : sub.licenses.values()) {
            int consumed = l.reserved() + sub.resourceAccountSeats(l.skuId()) + sub.directory.seats(sub, l.skuId());
            ObjectNode n = value.addObject();
            n.put("accountName", accountName(sub));
            n.put("accountId", tenantId);
            n.put("appliesTo", "User");
            n.put("capabilityStatus", "Enabled");
            n.put("consumedUnits", consumed);
            n.put("id", tenantId + "_" + l.skuId());
            n.put("skuId", l.skuId());
            n.put("skuPartNumber", l.skuPartNumber());
            n.putArray("subscriptionIds");
            n.putObject("prepaidUnits").put("enabled", l.total()).put("suspended", 0).put("warning", 0)
                    .put("lockedOut", 0);
            n.putArray("servicePlans");
        }
        return Response.json(200, root);
    }

    private static String accountName(SubscriptionState sub) {
        List<String> domains = sub.msTenant.verifiedDomains();
        return domains.isEmpty() ? "" : domains.get(0).split("\\.", 2)[0];
    }

    private static ObjectNode user(DirectoryOverlay.Entry e, List<String> select) {
        ObjectNode n = Json.object();
        int space = e.displayName().indexOf(' ');
        for (String property : select) {
            switch (property) {
                case "id" -> n.put("id", e.id());
                case "displayName" -> n.put("displayName", e.displayName());
                case "userPrincipalName" -> n.put("userPrincipalName", e.upn());
                case "mail" -> n.put("mail", e.upn());
                case "givenName" -> n.put("givenName", space < 0 ? e.displayName() : e.displayName().substring(0, space));
                case "surname" -> n.put("surname", space < 0 ? null : e.displayName().substring(space + 1));
                case "businessPhones" -> n.putArray("businessPhones");
                case "usageLocation" -> n.put("usageLocation", e.usageLocation());
                case "assignedLicenses" -> {
                    ArrayNode licenses = n.putArray("assignedLicenses");
                    e.skuIds().forEach(sku -> {
                        ObjectNode l = licenses.addObject();
                        l.putArray("disabledPlans");
                        l.put("skuId", sku);
                    });
                }
                case "accountEnabled" -> n.put("accountEnabled", true);
                case "userType" -> n.put("userType", "Member");
                default -> n.putNull(property);
            }
        }
        return n;
    }

    private static int top(Request request) {
        String raw = request.query("$top").orElse(null);
        if (raw == null) {
            return DEFAULT_TOP;
        }
        try {
            int top = Integer.parseInt(raw.strip());
            if (top >= 1 && top <= MAX_TOP) {
                return top;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as Graph words it
        }
        throw HttpError.badRequest("Invalid page size specified: '" + raw + "'. Must be between 1 and " + MAX_TOP
                + " inclusive.");
    }

    /** The requested properties in canonical spelling; Graph matches property names without case. */
    private static List<String> userSelect(Request request) {
        String raw = request.query("$select").orElse("");
        if (raw.isBlank()) {
            return DEFAULT_USER_PROPERTIES;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String wanted = part.strip();
            String known = USER_PROPERTIES.stream().filter(p -> p.equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> HttpError.badRequest("Could not find a property named '" + wanted
                            + "' on type 'microsoft.graph.user'."));
            chosen.add(known);
        }
        return List.copyOf(chosen);
    }

    private static String selection(String selectText) {
        return selectText == null ? "" : "(" + selectText + ")";
    }

    /** Links point back at the address the client used, as Graph's do. */
    private static String base(Request request) {
        return "http://" + request.header("Host").orElse("127.0.0.1") + PREFIX;
    }

    private Response error(HttpError e) {
        String code = e.code() instanceof String text ? text : switch (e.status()) {
            case 400 -> "Request_BadRequest";
            case 401 -> "InvalidAuthenticationToken";
            case 403 -> "Authorization_RequestDenied";
            case 404 -> "Request_ResourceNotFound";
            default -> "generalException";
        };
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", e.reason());
        error.putObject("innerError").put("date", ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString());
        Response response = Response.json(e.status(), root);
        return e.status() == 401 ? response.withHeader("WWW-Authenticate", "Bearer") : response;
    }
}
