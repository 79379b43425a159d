package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Bulk user updates (#9) and their history (#30, #31). */
final class BulkEndpoints {

    static final String KIND = "ms_users";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private final FusionContext ctx;

    BulkEndpoints(FusionContext ctx) {
        this.ctx = ctx;
    }

    /**
     * #9: each item is applied on its own, all or nothing for that item, in order; the job is
     * recorded in the history. 200 when all items succeed, 207 when some do, 400 when none does.
     */
    Response update(Request request, SubscriptionState sub) {
        JsonBody body = JsonBody.of(request);
        String title = body.requiredString("name");
        JsonNode data = body.node().get("data");
        if (data == null || !data.isArray() || data.isEmpty()) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "data is required (a non-empty array of users)");
        }
        String now = timestamp(ctx.clock().instant());
        ObjectNode root = Json.object();
        ArrayNode details = Json.MAPPER.createArrayNode();
        ArrayNode errors = Json.MAPPER.createArrayNode();
        List<BulkJob.Item> items = new ArrayList<>();
        int index = 0;
        for (JsonNode itemNode : data) {
            String upn = itemNode.path("upn").isTextual() ? itemNode.path("upn").asText() : "";
            ObjectNode result = Json.object();
            ObjectNode error = null;
            try {
                apply(sub, JsonBody.of(itemNode, "data[" + index + "]"));
                result.putObject("details");
            } catch (HttpError e) {
                error = Json.object();
                error.putPOJO("code", e.code() != null ? e.code() : e.status());
                error.put("reason", e.reason());
                result.set("error", error);
                errors.addObject().put("upn", upn).set("error", error.deepCopy());
            }
            result.put("upn", upn);
            details.add(result);
            items.add(new BulkJob.Item(sub.nextBulkItemId++, upn, itemNode.deepCopy(),
                    error == null ? "success" : "error", error, now, now));
            index++;
        }
        int failed = errors.size();
        int total = items.size();
        String status = failed == 0 ? "success" : failed == total ? "error" : "partial";
        long jobId = Math.max(ctx.clock().instant().getEpochSecond(), sub.lastBulkJobId + 1);
        sub.lastBulkJobId = jobId;
        sub.bulkJobs.add(new BulkJob(sub.nextBulkId++, jobId, KIND, title, status, items, now, now));

        root.set("details", details);
        if (failed > 0) {
            root.set("errors", errors);
        }
        root.put("message", failed == 0 ? "Success"
                : failed == total ? "No MS Teams user could be updated" : "Some errors detected");
        return Response.json(failed == 0 ? 200 : failed == total ? 400 : 207, root);
    }

    /**
     * One bulk item: names instead of ids (groups by display name, licenses by part number or
     * description, vrp by name, template by name), a template overriding country, vrp, groups and
     * licenses.
     */
    private static void apply(SubscriptionState sub, JsonBody item) {
        UserRules rules = new UserRules(sub);
        String upn = item.requiredString("upn");
        String displayName = item.requiredString("displayName");
        UserState before = sub.userByUpn(upn).orElseThrow(() ->
                FusionErrors.notFound(FusionErrors.USER_NOT_FOUND, "MS Teams user not found: " + upn));
        UserState after = before.copy();
        after.displayName = displayName;
        if (item.has("country")) {
            String country = item.string("country");
            if (country == null) {
                throw FusionErrors.bad(FusionErrors.INVALID_COUNTRY, "country cannot be null");
            }
            after.location = Checks.country("country", country);
        }
        if (item.has("vrp")) {
            String vrp = item.string("vrp");
            after.vrp = vrp == null ? null : rules.vrp(vrp);
        }
        if (item.has("groups")) {
            List<String> groups = item.strings("groups");
            after.groups = groups == null ? List.of() : UserRules.union(after.groups, rules.groups(groups, true));
        }
        if (item.has("licenses")) {
            List<String> licenses = item.strings("licenses");
            after.licenses = licenses == null ? List.of()
                    : UserRules.union(after.licenses, rules.licenses(licenses, true));
        }
        if (item.has("customerLicenses")) {
            List<String> skus = item.strings("customerLicenses");
            after.customerLicenses = skus == null ? List.of() : rules.customerLicenses(skus);
        }
        String templateName = item.string("template");
        if (templateName != null) {
            Template t = sub.templateByName(templateName).orElseThrow(() ->
                    FusionErrors.bad(FusionErrors.TEMPLATE_NOT_FOUND, "The template does not exist"));
            // An item is all or nothing: a template that cannot be applied whole fails the item.
            TemplateApplication application = TemplateApplication.of(rules, after, t, true);
            if (application.failed()) {
                throw application.itemError();
            }
            after = application.after();
        }
        if (item.has("number")) {
            String number = item.string("number");
            after.phoneNumber = number == null ? null : Checks.e164("number", number);
        }
        rules.commit(before, after);
    }

    /**
     * #30: newest first; page numbers and a continuation token both work. The filters take the
     * fields of a bulk job the document lists, any value (their value lists were lost). No job
     * matching is a 404, as documented ("No bulk history found").
     */
    Response history(Request request, SubscriptionState sub) {
        int pageSize = UserEndpoints.pageSize(request);
        String search = request.query("search").filter(s -> !s.isEmpty()).orElse(null);
        QueryFilters filters = QueryFilters.parse(request, QueryFilters.BULK_KEYS, Map.of());
        String binding = ContinuationTokens.binding(FusionState.key(sub.draasInstance, sub.tenantUuid, sub.id),
                "bulks", String.valueOf(pageSize), search, filters.canonical());
        int page = request.query("next").filter(s -> !s.isEmpty())
                .map(t -> Integer.parseInt(ctx.continuationTokens().redeem(t, binding)))
                .orElseGet(() -> pageNumber(request));
        String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
        List<BulkJob> matching = new ArrayList<>();
        for (int i = sub.bulkJobs.size() - 1; i >= 0; i--) {
            BulkJob job = sub.bulkJobs.get(i);
            boolean found = needle == null || job.title().toLowerCase(Locale.ROOT).contains(needle)
                    || job.kind().contains(needle);
            if (found && filters.matchAll(FusionJson.bulkFields(job))) {
                matching.add(job);
            }
        }
        if (matching.isEmpty()) {
            throw FusionErrors.notFound(404, "No bulk history found");
        }
        int pages = (matching.size() + pageSize - 1) / pageSize;
        int from = Math.min((page - 1) * pageSize, matching.size());
        ObjectNode root = Json.object();
        ArrayNode bulks = root.putArray("bulks");
        matching.subList(from, Math.min(from + pageSize, matching.size()))
                .forEach(j -> bulks.add(FusionJson.bulkSummary(j)));
        root.put("page", page);
        root.put("pages", pages);
        root.put("results", matching.size());
        if (page < pages) {
            root.put("next", ctx.continuationTokens().issue(binding, String.valueOf(page + 1)));
        }
        return Response.json(200, root);
    }

    private static int pageNumber(Request request) {
        String raw = request.query("page").orElse("1");
        try {
            int page = Integer.parseInt(raw);
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "page must be an integer of at least 1: " + raw);
    }

    /** #31. */
    Response details(Request request, SubscriptionState sub) {
        String raw = request.pathParam("bulk_id");
        int id;
        try {
            id = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw FusionErrors.bad(FusionErrors.INVALID_FIELD, "bulk_id must be an integer: " + raw);
        }
        for (BulkJob job : sub.bulkJobs) {
            if (job.id() == id) {
                return Response.json(200, FusionJson.bulkDetails(job));
            }
        }
        throw FusionErrors.notFound(404, "Bulk job not found: " + id);
    }

    static String timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(TIMESTAMP);
    }
}
