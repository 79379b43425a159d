package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resource accounts (#14 to #17). Microsoft creates and changes them asynchronously: create and
 * modify answer at once with an intermediate status, and the list shows the final state once the
 * change settles, after a time on the server clock or a number of list calls, whichever comes
 * first (or when a test calls {@link FakeFusionServer#settleResourceAccounts()}).
 */
final class ResourceAccountEndpoints {

    static final Set<String> TYPES = Set.of("call-queue", "auto-attendant");

    private static final Map<String, Set<String>> FILTER_CHOICES = Map.of(
            "have_number", Set.of("yes", "no"),
            "type", TYPES);

    private final FusionContext ctx;

    ResourceAccountEndpoints(FusionContext ctx) {
        this.ctx = ctx;
    }

    /** #14: no account matching is a 404, as documented ("No MS Teams resource account found"). */
    Response list(Request request, SubscriptionState sub) {
        UserEndpoints.booleanParam(request, "refresh");
        QueryFilters filters = QueryFilters.parse(request, QueryFilters.RESOURCE_ACCOUNT_KEYS, FILTER_CHOICES);
        Instant now = ctx.clock().instant();
        FusionJson json = new FusionJson(sub);
        ObjectNode root = Json.object();
        ArrayNode arr = root.putArray("resourceAccounts");
        for (ResourceAccountState ra : sub.resourceAccounts.values()) {
            if (ra.pending != null && (ra.listCallsBeforeSettled <= 0 || !now.isBefore(ra.settlesAt))) {
                ra.settle();
            }
            if (matches(filters, ra)) {
                arr.add(json.resourceAccount(ra));
            }
            if (ra.pending != null) {
                ra.listCallsBeforeSettled--;
            }
        }
        if (arr.isEmpty()) {
            throw FusionErrors.notFound(404, "No MS Teams resource account found");
        }
        return Response.json(200, root);
    }

    private static boolean matches(QueryFilters filters, ResourceAccountState ra) {
        ResourceAccountState.View shown = ra.published != null ? ra.published : ra.target;
        Set<String> countries = filters.countries();
        if (countries != null && !countries.contains(shown.location())) {
            return false;
        }
        String type = filters.text("type");
        if (type != null && !type.equals(shown.accountType())) {
            return false;
        }
        String haveNumber = filters.text("have_number");
        return haveNumber == null || haveNumber.equals(ra.target.phoneNumber() != null ? "yes" : "no");
    }

    /** #15: needs a free resource account license; the number, when given, must be assignable. */
    Response create(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        JsonBody body = JsonBody.of(request);
        String type = accountType(body.requiredString("accountType"));
        String upn = body.requiredString("userPrincipalName");
        String displayName = body.requiredString("displayName");
        String location = Checks.country("location", body.requiredString("location"));
        String number = body.string("phoneNumber");
        List<String> customer = body.strings("customerLicenses");
        int at = upn.indexOf('@');
        String domain = at < 0 ? "" : upn.substring(at + 1);
        if (at <= 0 || sub.msTenant.verifiedDomains().stream().noneMatch(d -> d.equalsIgnoreCase(domain))) {
            throw FusionErrors.bad(FusionErrors.DOMAIN_NOT_VERIFIED,
                    "userPrincipalName must be user@<a verified domain>: " + upn);
        }
        if (rules.upnTaken(upn)) {
            throw FusionErrors.bad(FusionErrors.UPN_EXISTS, "A user or resource account already has the UPN " + upn);
        }
        License license = sub.licenses.get(Ids.RESOURCE_ACCOUNT_SKU);
        if (license == null || sub.free(license) <= 0) {
            throw FusionErrors.bad(FusionErrors.NO_FREE_LICENSE,
                    "No free Microsoft Teams Phone Resource Account (PHONESYSTEM_VIRTUALUSER) license");
        }
        ResourceAccountState ra = new ResourceAccountState();
        ra.id = sub.newObjectId();
        ra.upn = upn.toLowerCase(Locale.ROOT);
        ra.customerLicenses = customer == null ? List.of() : rules.customerLicenses(customer);
        ResourceAccountState.View target = new ResourceAccountState.View(displayName, location, type,
                number == null ? null : Checks.e164("phoneNumber", number), null, true);
        if (target.phoneNumber() != null) {
            rules.requireAssignable(target.phoneNumber(), ra.id);
            ra.connectionId = sub.nextConnectionId++;
        }
        ra.fusionId = sub.nextFusionId++;
        ra.target = target;
        startChange(ra, ResourceAccountState.CREATING);
        sub.resourceAccounts.put(ra.id, ra);
        return answer(ra);
    }

    /** #16: absent fields stay; {@code null} removes the number or the policy. */
    Response modify(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        ResourceAccountState ra = find(sub, request.pathParam("resource_account_id"));
        JsonBody body = JsonBody.of(request);
        ResourceAccountState.View t = ra.target;
        String type = body.has("accountType") ? accountType(body.requiredString("accountType")) : t.accountType();
        String displayName = body.has("displayName") ? body.requiredString("displayName") : t.displayName();
        String location = body.has("location") ? Checks.country("location", body.requiredString("location"))
                : t.location();
        String number = t.phoneNumber();
        if (body.has("phoneNumber")) {
            String raw = body.string("phoneNumber");
            number = raw == null ? null : Checks.e164("phoneNumber", raw);
        }
        String vrp = t.vrp();
        if (body.has("vrp")) {
            String raw = body.string("vrp");
            vrp = raw == null ? null : rules.vrp(raw);
        }
        List<String> customer = ra.customerLicenses;
        if (body.has("customerLicenses")) {
            List<String> skus = body.strings("customerLicenses");
            customer = skus == null ? List.of() : rules.customerLicenses(skus);
        }
        boolean numberChanged = number != null && !number.equals(t.phoneNumber());
        if (numberChanged) {
            rules.requireAssignable(number, ra.id);
        }
        ra.target = new ResourceAccountState.View(displayName, location, type, number, vrp, t.licensed());
        ra.customerLicenses = customer;
        if (number == null) {
            ra.connectionId = null;
        } else if (numberChanged) {
            ra.connectionId = sub.nextConnectionId++;
        }
        startChange(ra, ResourceAccountState.CREATING.equals(ra.pending)
                ? ResourceAccountState.CREATING : ResourceAccountState.UPDATING);
        return answer(ra);
    }

    /** #17: 204 whether or not the account existed; frees its license and number. */
    Response delete(Request request, SubscriptionState sub) {
        sub.resourceAccounts.remove(request.pathParam("resource_account_id"));
        return Response.empty(204);
    }

    private void startChange(ResourceAccountState ra, String status) {
        ra.pending = status;
        ra.settlesAt = ctx.clock().instant().plus(ctx.resourceAccountSettleAfter());
        ra.listCallsBeforeSettled = ctx.resourceAccountSettleListCalls();
    }

    /** The documented {@code {id}}, plus the intermediate status of the asynchronous change. */
    private static Response answer(ResourceAccountState ra) {
        ObjectNode n = Json.object();
        n.put("id", ra.fusionId);
        n.put("status", ra.pending);
        return Response.json(200, n);
    }

    private static ResourceAccountState find(SubscriptionState sub, String id) {
        ResourceAccountState ra = sub.resourceAccounts.get(id);
        if (ra == null) {
            throw FusionErrors.notFound(FusionErrors.RESOURCE_ACCOUNT_NOT_FOUND, "Resource account not found: " + id);
        }
        return ra;
    }

    private static String accountType(String type) {
        if (!TYPES.contains(type)) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "accountType must be call-queue or auto-attendant: "
                    + type);
        }
        return type;
    }
}
