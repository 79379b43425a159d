package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The MS Teams user endpoints (list, read, check, the updates, create, delete, SIP address). */
final class UserEndpoints {

    static final int MAX_PAGE_SIZE = 999;
    static final int DEFAULT_PAGE_SIZE = 10;

    private static final Map<String, Set<String>> FILTER_CHOICES = Map.of(
            "is_voice_enabled", Set.of("yes", "no", "maybe"),
            "have_number", Set.of("yes", "no"));

    private final FusionContext ctx;

    UserEndpoints(FusionContext ctx) {
        this.ctx = ctx;
    }

    /**
     * #5: keyset paging in (display name, id) order, so concurrent changes never make a page
     * repeat or skip a user that existed throughout; a page seeks in the ordered index and walks
     * only as far as it fills, whatever the tenant's size. The token is bound to the query. A
     * query without any result is a 404, as documented ("No MS Teams user found"); a continuation
     * whose remaining users went away meanwhile is an empty page.
     */
    Response list(Request request, SubscriptionState sub) {
        int pageSize = pageSize(request);
        String search = request.query("search").filter(s -> !s.isEmpty()).orElse(null);
        String group = request.query("group").filter(s -> !s.isEmpty()).orElse(null);
        if (group != null && !sub.groups.containsKey(group)) {
            throw FusionErrors.bad(FusionErrors.GROUP_NOT_FOUND, "Group not found: " + group);
        }
        booleanParam(request, "refresh");
        QueryFilters filters = QueryFilters.parse(request, QueryFilters.USER_KEYS, FILTER_CHOICES);
        String binding = ContinuationTokens.binding(FusionState.key(sub.draasInstance, sub.tenantUuid, sub.id),
                "users", String.valueOf(pageSize), search, group, filters.canonical());
        String after = request.query("next").filter(s -> !s.isEmpty())
                .map(token -> ctx.continuationTokens().redeem(token, binding)).orElse(null);

        UserRules rules = new UserRules(sub);
        String prefix = search == null ? null : search.toLowerCase(Locale.ROOT);
        List<UserState> page = new ArrayList<>(Math.min(pageSize, 1000));
        boolean more = false;
        // The order starts with the lower-case display name, so a search's users are one range of it.
        String from = prefix != null && (after == null || prefix.compareTo(after) > 0) ? prefix : after;
        for (Iterator<UserState> it = sub.users.inListOrderAfter(from); it.hasNext();) {
            UserState u = it.next();
            if (prefix != null && !u.sortKey().startsWith(prefix)) {
                break;
            }
            if ((group == null || u.groups.contains(group))
                    && inGroupFilter(sub, u)
                    && matches(filters, rules, u)) {
                if (page.size() == pageSize) {
                    more = true;
                    break;
                }
                page.add(u);
            }
        }
        if (page.isEmpty() && after == null) {
            throw FusionErrors.notFound(404, "No MS Teams user found");
        }
        FusionJson json = new FusionJson(sub);
        ObjectNode root = Json.object();
        if (more) {
            root.put("next", ctx.continuationTokens().issue(binding, page.get(page.size() - 1).sortKey()));
        }
        ArrayNode users = root.putArray("users");
        page.forEach(u -> users.add(json.listedUser(u)));
        return Response.json(200, root);
    }

    /** The SRE group filter narrows the list to its groups' members when it is not empty. */
    private static boolean inGroupFilter(SubscriptionState sub, UserState u) {
        return sub.groupFilter.isEmpty() || u.groups.stream().anyMatch(sub.groupFilter::containsKey);
    }

    private static boolean matches(QueryFilters filters, UserRules rules, UserState u) {
        Set<String> countries = filters.countries();
        if (countries != null && (u.location == null || !countries.contains(u.location))) {
            return false;
        }
        String voice = filters.text("is_voice_enabled");
        if (voice != null && !voice.equals(rules.voiceListed(u))) {
            return false;
        }
        String haveNumber = filters.text("have_number");
        return haveNumber == null || haveNumber.equals(u.phoneNumber != null ? "yes" : "no");
    }

    static int pageSize(Request request) {
        String raw = request.query("page_size").orElse(null);
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(raw);
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the accepted range
        }
        throw FusionErrors.bad(FusionErrors.INVALID_FIELD,
                "page_size must be an integer from 1 to " + MAX_PAGE_SIZE + ": " + raw);
    }

    static void booleanParam(Request request, String name) {
        request.query(name).ifPresent(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                throw FusionErrors.bad(FusionErrors.INVALID_FIELD, name + " must be true or false: " + v);
            }
        });
    }

    /** #6. */
    Response get(Request request, SubscriptionState sub) {
        UserState u = new UserRules(sub).user(request.pathParam("ms_user_id"));
        return Response.json(200, new FusionJson(sub).user(u));
    }

    /** #7: a boolean here, unlike the list's yes/no/maybe. */
    Response check(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState u = rules.user(request.pathParam("ms_user_id"));
        ObjectNode n = Json.object();
        n.put("voiceEnabled", rules.voiceEligible(u));
        return Response.json(200, n);
    }

    /**
     * #8: absent fields stay, {@code null} clears; groups and licenses are added to the user's
     * (null removes all). 200 when the user ends up with a number (enabled), 204 otherwise.
     */
    Response update(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState before = rules.user(request.pathParam("ms_user_id"));
        JsonBody body = JsonBody.of(request);
        UserState after = before.copy();
        applyProperties(body, after);
        if (body.has("groups")) {
            List<String> groups = body.strings("groups");
            after.groups = groups == null ? List.of() : UserRules.union(after.groups, rules.groups(groups, false));
        }
        if (body.has("licenses")) {
            List<String> licenses = body.strings("licenses");
            after.licenses = licenses == null ? List.of()
                    : UserRules.union(after.licenses, rules.licenses(licenses, false));
        }
        if (body.has("customerLicenses")) {
            List<String> skus = body.strings("customerLicenses");
            after.customerLicenses = skus == null ? List.of() : rules.customerLicenses(skus);
        }
        if (body.has("vrp")) {
            String vrp = body.string("vrp");
            after.vrp = vrp == null ? null : rules.vrp(vrp);
        }
        if (body.has("phoneNumber")) {
            String number = body.string("phoneNumber");
            after.phoneNumber = number == null ? null : Checks.e164("phoneNumber", number);
        }
        rules.commit(before, after);
        return Response.empty(after.phoneNumber != null ? 200 : 204);
    }

    private static String location(JsonBody body) {
        String location = body.string("location");
        if (location == null) {
            throw FusionErrors.bad(FusionErrors.INVALID_COUNTRY, "location cannot be null");
        }
        return Checks.country("location", location);
    }

    /** #10: adds groups; an empty array removes all. */
    Response groups(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState before = rules.user(request.pathParam("ms_user_id"));
        List<String> groups = JsonBody.of(request).requiredStrings("groups");
        UserState after = before.copy();
        after.groups = groups.isEmpty() ? List.of() : UserRules.union(after.groups, rules.groups(groups, false));
        rules.commit(before, after);
        return Response.empty(204);
    }

    /** #11: assigns licenses on top of the user's; an empty array removes all. */
    Response assignLicenses(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState before = rules.user(request.pathParam("ms_user_id"));
        List<String> licenses = JsonBody.of(request).requiredStrings("licenses");
        UserState after = before.copy();
        after.licenses = licenses.isEmpty() ? List.of()
                : UserRules.union(after.licenses, rules.licenses(licenses, false));
        rules.commit(before, after);
        return Response.empty(204);
    }

    /** #20: the full license set (replace). */
    Response replaceLicenses(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState before = rules.user(request.pathParam("ms_user_id"));
        List<String> skuIds = JsonBody.of(request).requiredStrings("skuIds");
        UserState after = before.copy();
        after.licenses = rules.licenses(skuIds, false);
        rules.commit(before, after);
        return Response.empty(204);
    }

    /** #12: the field is required; {@code null} frees the number. */
    Response phoneNumber(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState before = rules.user(request.pathParam("ms_user_id"));
        JsonBody body = JsonBody.of(request);
        if (!body.has("phoneNumber")) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "phoneNumber is required (a number or null)");
        }
        String number = body.string("phoneNumber");
        UserState after = before.copy();
        after.phoneNumber = number == null ? null : Checks.e164("phoneNumber", number);
        rules.commit(before, after);
        return Response.empty(204);
    }

    /** #13: the field is required; {@code null} removes the policy. */
    Response vrp(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState before = rules.user(request.pathParam("ms_user_id"));
        JsonBody body = JsonBody.of(request);
        if (!body.has("vrp")) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "vrp is required (a policy name or null)");
        }
        String vrp = body.string("vrp");
        UserState after = before.copy();
        after.vrp = vrp == null ? null : rules.vrp(vrp);
        rules.commit(before, after);
        return Response.empty(204);
    }

    /** #21: the UPN is {@code username@domain}; the domain must be verified. */
    Response create(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        JsonBody body = JsonBody.of(request);
        String displayName = body.requiredString("displayName");
        String domain = body.requiredString("domain");
        String username = body.requiredString("username");
        String location = Checks.country("location", body.requiredString("location"));
        List<String> customer = body.strings("customerLicenses");
        if (!username.matches("[A-Za-z0-9._'-]+")) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD,
                    "username may hold letters, digits and . _ ' - only: " + username);
        }
        if (sub.msTenant.verifiedDomains().stream().noneMatch(d -> d.equalsIgnoreCase(domain))) {
            throw FusionErrors.bad(FusionErrors.DOMAIN_NOT_VERIFIED, "Domain is not verified for this tenant: "
                    + domain + "; verified: " + sub.msTenant.verifiedDomains());
        }
        String upn = username + "@" + domain.toLowerCase(Locale.ROOT);
        if (rules.upnTaken(upn)) {
            throw FusionErrors.bad(FusionErrors.UPN_EXISTS, "A user or resource account already has the UPN " + upn);
        }
        UserState u = new UserState();
        u.id = sub.newObjectId();
        u.upn = upn;
        u.displayName = displayName;
        u.location = location;
        u.customerLicenses = customer == null ? List.of() : rules.customerLicenses(customer);
        rules.commit(null, u);
        ObjectNode n = Json.object();
        n.put("msTeamsId", u.id);
        return Response.json(201, n);
    }

    /** The properties #8 and #22 share: an absent field stays, a present one replaces. */
    private static void applyProperties(JsonBody body, UserState after) {
        String displayName = body.nonBlankIfPresent("displayName");
        if (displayName != null) {
            after.displayName = displayName;
        }
        if (body.has("location")) {
            after.location = location(body);
        }
    }

    /** #22. */
    Response properties(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState before = rules.user(request.pathParam("ms_user_id"));
        JsonBody body = JsonBody.of(request);
        UserState after = before.copy();
        applyProperties(body, after);
        rules.commit(before, after);
        return Response.empty(204);
    }

    /**
     * #23: {@code override} (default true) replaces the settings, false only adds and fills gaps.
     * A setting the template names but the tenant lacks is not applied while the others are: 400
     * "applied partially" (or "not applied" when nothing could be). An unknown template is a 400
     * too; 404 is for a missing tenant or subscription path.
     */
    Response applyTemplate(Request request, SubscriptionState sub) {
        UserRules rules = new UserRules(sub);
        UserState before = rules.user(request.pathParam("ms_user_id"));
        Template template = template(sub, request.pathParam("template_id"));
        boolean override = true;
        if (!request.bodyText().isBlank()) {
            Boolean value = JsonBody.of(request).bool("override");
            override = value == null || value;
        }
        TemplateApplication application = TemplateApplication.of(rules, before, template, override);
        if (application.applied() > 0) {
            rules.commit(before, application.after());
        }
        if (application.failed()) {
            throw application.error();
        }
        ObjectNode n = Json.object();
        n.set("after", FusionJson.settings(UserRules.settings(application.after())));
        n.set("before", FusionJson.settings(UserRules.settings(before)));
        return Response.json(200, n);
    }

    private static Template template(SubscriptionState sub, String rawId) {
        int id;
        try {
            id = Integer.parseInt(rawId);
        } catch (NumberFormatException e) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "template_id must be an integer: " + rawId);
        }
        Template t = sub.templates.get(id);
        if (t == null) {
            throw FusionErrors.bad(FusionErrors.TEMPLATE_NOT_FOUND, "The template does not exist: " + id);
        }
        return t;
    }

    /** #24: frees the user's licenses and number with it. */
    Response delete(Request request, SubscriptionState sub) {
        UserState u = new UserRules(sub).user(request.pathParam("ms_user_id"));
        sub.users.remove(u.id);
        return Response.empty(204);
    }

    /** #28. */
    Response sipAddress(Request request, SubscriptionState sub) {
        UserState u = new UserRules(sub).user(request.pathParam("ms_user_id"));
        ObjectNode n = Json.object();
        n.put("sipAddress", "sip:" + u.upn);
        return Response.json(200, n);
    }
}
