package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import java.util.LinkedHashMap;

/**
 * Endpoints about the MS Teams tenant as a whole: status, administrator, domains, licenses, voice
 * routing policies, groups and the group filter, and number synchronisation.
 */
final class TenantEndpoints {

    /** #1: the tenant's onboarding status and integrations. */
    Response status(Request request, SubscriptionState sub) {
        MsTenant t = sub.msTenant;
        ObjectNode n = Json.object();
        n.put("msTenantId", t.msTenantId() == null ? "" : t.msTenantId());
        n.put("mode", t.mode());
        if (t.msApplicationId() != null) {
            n.put("msApplicationId", t.msApplicationId());
        }
        n.put("status", t.status());
        n.putObject("powershell").put("active", t.powershellActive());
        n.putObject("msGraph").put("active", t.msGraphActive());
        if (t.domainName() != null) {
            n.putObject("domain").put("name", t.domainName()).put("verified", t.domainVerified());
        }
        return Response.json(200, n);
    }

    /** #2: the administrator, never with its password. */
    Response admin(Request request, SubscriptionState sub) {
        if (sub.admin == null) {
            throw FusionErrors.notFound(404, "No MS Teams administrator for this subscription");
        }
        ObjectNode n = Json.object();
        n.put("id", sub.admin.id());
        n.put("msUsername", sub.admin.msUsername());
        return Response.json(200, n);
    }

    /** #3: create, or update keeping the id. */
    Response saveAdmin(Request request, SubscriptionState sub) {
        JsonBody body = JsonBody.of(request);
        String username = body.requiredString("msUsername");
        String password = body.requiredString("msPassword");
        if (!username.contains("@")) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "msUsername must be a user principal name (user@domain)");
        }
        int id = sub.admin != null ? sub.admin.id() : sub.nextAdminId++;
        sub.admin = new Admin(id, username, password);
        ObjectNode n = Json.object();
        n.put("id", id);
        return Response.json(200, n);
    }

    /** #4: 200 with the removed administrator, 204 when there was none. */
    Response deleteAdmin(Request request, SubscriptionState sub) {
        if (sub.admin == null) {
            return Response.empty(204);
        }
        ObjectNode n = Json.object();
        n.put("id", sub.admin.id());
        n.put("msUsername", sub.admin.msUsername());
        sub.admin = null;
        return Response.json(200, n);
    }

    /** #18. */
    Response domains(Request request, SubscriptionState sub) {
        ObjectNode n = Json.object();
        ArrayNode arr = n.putArray("verifiedDomains");
        sub.msTenant.verifiedDomains().forEach(arr::add);
        return Response.json(200, n);
    }

    /** #19: {@code free_only} is the string {@code yes} or {@code no}, as documented. */
    Response licenses(Request request, SubscriptionState sub) {
        String freeOnly = request.query("free_only").orElse("no");
        if (!freeOnly.equals("yes") && !freeOnly.equals("no")) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "free_only must be yes or no: " + freeOnly);
        }
        FusionJson json = new FusionJson(sub);
        ObjectNode n = Json.object();
        ArrayNode arr = n.putArray("licenses");
        for (License l : sub.licenses.values()) {
            if (freeOnly.equals("no") || sub.free(l) > 0) {
                arr.add(json.license(l));
            }
        }
        return Response.json(200, n);
    }

    /** #25. */
    Response vrps(Request request, SubscriptionState sub) {
        ObjectNode n = Json.object();
        ArrayNode arr = n.putArray("results");
        sub.vrps.forEach(v -> arr.addObject().put("description", v.description()).put("identity", v.identity()));
        return Response.json(200, n);
    }

    /**
     * #26: every Office 365 group with its filter flag, then the filter entries whose group no
     * longer exists, as orphans without description or teamsEnabled.
     */
    Response groups(Request request, SubscriptionState sub) {
        ObjectNode n = Json.object();
        ArrayNode arr = n.putArray("groups");
        for (Group g : sub.groups.values()) {
            ObjectNode e = arr.addObject();
            e.put("description", g.description());
            e.put("displayName", g.displayName());
            e.put("filter", sub.groupFilter.containsKey(g.id()));
            e.put("id", g.id());
            e.put("teamsEnabled", g.teamsEnabled());
        }
        sub.groupFilter.forEach((id, name) -> {
            if (!sub.groups.containsKey(id)) {
                arr.addObject().put("displayName", name).put("id", id).put("orphan", true);
            }
        });
        return Response.json(200, n);
    }

    /** #27: replaces the whole filter (delete and recreate), as documented. */
    Response saveGroupFilter(Request request, SubscriptionState sub) {
        JsonBody body = JsonBody.of(request);
        JsonNode groups = body.node().get("groups");
        if (groups == null || !groups.isArray()) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "groups is required (an array of {id, displayName})");
        }
        LinkedHashMap<String, String> filter = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode g : groups) {
            JsonBody item = JsonBody.of(g, "groups[" + index + "]");
            String id = item.requiredString("id");
            String name = item.string("displayName");
            Group known = sub.groups.get(id);
            filter.put(id, name != null ? name : known != null ? known.displayName() : id);
            index++;
        }
        sub.groupFilter = filter;
        return Response.empty(204);
    }

    /**
     * #29: starts a number sync of the users that hold a Fusion number. The document's list of
     * sync types was lost (only {@code normal} is seen), so any type is taken as it is.
     */
    Response sync(Request request, SubscriptionState sub) {
        JsonBody.of(request).requiredString("type");
        ObjectNode n = Json.object();
        ArrayNode arr = n.putArray("msteams_user_ids");
        for (UserState u : sub.users.all()) {
            if (u.phoneNumber != null) {
                arr.addObject().put("id", u.id).put("status", "syncing");
            }
        }
        return Response.json(200, n);
    }
}
