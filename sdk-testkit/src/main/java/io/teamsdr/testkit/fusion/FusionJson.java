package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.Json;
import java.util.List;
import java.util.Map;

/** Renders state as the API document's examples show it: field names, nesting and omissions. */
final class FusionJson {

    private final SubscriptionState sub;
    private final UserRules rules;

    FusionJson(SubscriptionState sub) {
        this.sub = sub;
        this.rules = new UserRules(sub);
    }

    /** A users list entry: no groups or vrp; location, licenses and roles only when present. */
    ObjectNode listedUser(UserState u) {
        ObjectNode root = Json.object();
        ObjectNode ms = root.putObject("msTeams");
        ms.put("id", u.id);
        ms.put("userPrincipalName", u.upn);
        ms.put("displayName", u.displayName);
        if (u.location != null) {
            ms.put("location", u.location);
        }
        if (!u.licenses.isEmpty()) {
            ms.set("licenses", licenseRefs(u.licenses));
        }
        if (!u.roles.isEmpty()) {
            ArrayNode roles = ms.putArray("roles");
            u.roles.forEach(r -> roles.addObject().put("id", r.id()).put("displayName", r.displayName()));
        }
        ms.put("voiceEnabled", rules.voiceListed(u));
        addDraas(root, u);
        return root;
    }

    /** A single user: groups and licenses always, vrp when set. */
    ObjectNode user(UserState u) {
        ObjectNode root = Json.object();
        ObjectNode ms = root.putObject("msTeams");
        ms.put("id", u.id);
        ms.put("userPrincipalName", u.upn);
        ms.put("displayName", u.displayName);
        ArrayNode groups = ms.putArray("groups");
        for (String gid : u.groups) {
            Group g = sub.groups.get(gid);
            groups.addObject().put("displayName", g == null ? gid : g.displayName()).put("id", gid);
        }
        if (u.location != null) {
            ms.put("location", u.location);
        }
        ms.set("licenses", licenseRefs(u.licenses));
        ms.put("voiceEnabled", rules.voiceListed(u));
        if (u.vrp != null) {
            ms.put("vrp", u.vrp);
        }
        addDraas(root, u);
        return root;
    }

    private void addDraas(ObjectNode root, UserState u) {
        if (u.phoneNumber == null) {
            return;
        }
        ObjectNode d = root.putObject("draas");
        d.put("id", u.fusionId);
        d.put("connectionId", u.connectionId);
        customerLicenses(d, u.customerLicenses);
        d.put("numberId", sub.numbers.get(u.phoneNumber));
        d.put("phoneNumber", u.phoneNumber);
        d.put("status", "active");
    }

    ObjectNode resourceAccount(ResourceAccountState ra) {
        ObjectNode root = Json.object();
        ObjectNode ms = root.putObject("msTeams");
        ResourceAccountState.View shown = ra.published != null ? ra.published : ra.target;
        boolean created = ra.published != null;
        ms.put("id", ra.id);
        ms.put("userPrincipalName", ra.upn);
        ms.put("displayName", shown.displayName());
        ms.put("location", shown.location());
        if (created && shown.phoneNumber() != null) {
            ms.put("phoneNumber", shown.phoneNumber());
        }
        ms.put("accountType", shown.accountType());
        if (created && shown.licensed()) {
            ms.set("licenses", licenseRefs(List.of(Ids.RESOURCE_ACCOUNT_SKU)));
        }
        if (ra.target.phoneNumber() != null || ra.pending != null) {
            ObjectNode d = root.putObject("draas");
            d.put("id", ra.fusionId);
            if (ra.target.phoneNumber() != null) {
                d.put("connectionId", ra.connectionId);
            }
            customerLicenses(d, ra.customerLicenses);
            if (ra.target.phoneNumber() != null) {
                d.put("numberId", sub.numbers.get(ra.target.phoneNumber()));
                d.put("phoneNumber", ra.target.phoneNumber());
            }
            d.put("status", ra.pending != null ? ra.pending : ResourceAccountState.ACTIVE);
        }
        return root;
    }

    private static void customerLicenses(ObjectNode d, List<String> skus) {
        ArrayNode arr = d.putArray("customerLicenses");
        skus.forEach(arr::add);
    }

    ArrayNode licenseRefs(List<String> skuIds) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (String sku : skuIds) {
            License l = sub.licenses.get(sku);
            arr.addObject().put("skuId", sku).put("skuPartNumber", l == null ? sku : l.skuPartNumber());
        }
        return arr;
    }

    ObjectNode license(License l) {
        ObjectNode n = Json.object();
        n.put("free", sub.free(l));
        n.put("skuDescription", l.skuDescription());
        n.put("skuId", l.skuId());
        n.put("skuPartNumber", l.skuPartNumber());
        n.put("total", l.total());
        return n;
    }

    static ObjectNode settings(UserRules.TemplateSettings s) {
        ObjectNode n = Json.object();
        ArrayNode groups = n.putArray("groups");
        s.groups().forEach(groups::add);
        ArrayNode licenses = n.putArray("licenses");
        s.licenses().forEach(licenses::add);
        n.put("location", s.location());
        n.put("vrp", s.vrp());
        return n;
    }

    static ObjectNode bulkSummary(BulkJob job) {
        ObjectNode n = Json.object();
        n.put("id", job.id());
        n.put("job_id", String.valueOf(job.jobId()));
        n.put("kind", job.kind());
        n.put("title", job.title());
        n.put("created_on", job.createdOn());
        n.put("updated_on", job.updatedOn());
        return n;
    }

    /** The documented fields of a bulk job as text, for the history's filters. */
    static Map<String, String> bulkFields(BulkJob job) {
        return Map.of("id", String.valueOf(job.id()), "job_id", String.valueOf(job.jobId()), "kind", job.kind(),
                "title", job.title(), "status", job.status(), "created_on", job.createdOn(),
                "updated_on", job.updatedOn());
    }

    /** Job details; {@code job_id} is a number here, a string in the history, as documented. */
    static ObjectNode bulkDetails(BulkJob job) {
        ObjectNode n = Json.object();
        n.put("id", job.id());
        n.put("job_id", job.jobId());
        n.put("title", job.title());
        n.put("kind", job.kind());
        n.put("status", job.status());
        n.put("total_count", job.items().size());
        n.put("success_count", job.successCount());
        ArrayNode items = n.putArray("job_items");
        for (BulkJob.Item item : job.items()) {
            ObjectNode i = items.addObject();
            i.put("id", item.id());
            i.put("upn", item.upn());
            i.set("data", item.data());
            i.put("status", item.status());
            if (item.error() != null) {
                i.set("error", item.error());
            }
            i.put("created_on", item.createdOn());
            i.put("updated_on", item.updatedOn());
        }
        n.put("updated_on", job.updatedOn());
        n.put("created_on", job.createdOn());
        return n;
    }
}
