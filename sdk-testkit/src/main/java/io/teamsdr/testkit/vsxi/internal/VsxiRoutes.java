package io.teamsdr.testkit.vsxi.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.MediaTypes;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import io.teamsdr.testkit.internal.RouteHandler;
import io.teamsdr.testkit.internal.RouteTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The 16 endpoints of the Teams Provisioning API over a {@link VsxiStore}. Handlers translate
 * HTTP to store calls and back; the rules live in the store. Bodies are read (uploads parsed,
 * the commit's description decoded) before the store takes its lock, so a client that stalls
 * mid-body never holds the fake.
 *
 * <p>Status codes: start and commit answer 201 (they create a draft and a session), every other
 * success 200. Uploads need {@code text/csv} (415 otherwise) and are read as a stream; the ZIPs
 * and the user listing are written as a stream.
 */
public final class VsxiRoutes {

    /** Where the VSXi REST API lives on the appliance; the Teams paths hang below it. */
    public static final String ROOT = "/SSConfig/webresources";

    private static final String ZIP = "application/zip";

    /** The largest commit body read (fake-only): a description, not an upload. */
    private static final long MAX_COMMIT_BODY_BYTES = 1L << 20;

    private final VsxiStore store;

    private VsxiRoutes(VsxiStore store) {
        this.store = store;
    }

    /**
     * Builds the route table.
     *
     * @param store the state behind the routes
     * @return the routes, paths relative to {@link #ROOT}
     */
    public static RouteTable table(VsxiStore store) {
        VsxiRoutes r = new VsxiRoutes(store);
        RouteTable t = new RouteTable();
        t.add("POST", "/teams/draft/start", guarded(r::start));
        t.add("GET", "/teams/draft/status", guarded(r::status));
        t.add("GET", "/teams/draft/diff", guarded(r::diff));
        t.add("POST", "/teams/draft/discard", guarded(r::discard));
        t.add("POST", "/teams/draft/commit", guarded(r::commit));
        t.add("POST", "/teams/draft/update/tenants",
                guarded(q -> accepted(store.upsertTenants(csv(q, UploadFormats.TENANTS)))));
        t.add("DELETE", "/teams/draft/delete/tenants",
                guarded(q -> accepted(store.deleteTenants(csv(q, UploadFormats.TENANT_IDS)))));
        t.add("GET", "/teams/tenants", guarded(r::tenants));
        t.add("POST", "/teams/draft/update/users",
                guarded(q -> accepted(store.upsertUsers(csv(q, UploadFormats.USERS), false))));
        t.add("POST", "/teams/draft/replace/users",
                guarded(q -> accepted(store.upsertUsers(csv(q, UploadFormats.USERS), true))));
        t.add("DELETE", "/teams/draft/delete/users",
                guarded(q -> accepted(store.deleteUsers(csv(q, UploadFormats.SIP_USERS)))));
        t.add("GET", "/teams/users", guarded(r::users));
        t.add("GET", "/teams/commits", guarded(r::commits));
        t.add("POST", "/teams/rollback", guarded(q -> rolledBack(List.of(store.rollbackLatest()))));
        t.add("POST", "/teams/rollback/{session}",
                guarded(q -> rolledBack(store.rollbackTo(q.pathParam("session")))));
        t.add("GET", "/teams/smcFiles", guarded(r::smcFiles));
        return t;
    }

    private static RouteHandler guarded(RouteHandler handler) {
        return request -> {
            try {
                return handler.handle(request);
            } catch (VsxiRuleException e) {
                return VsxiErrors.render(e);
            } catch (UploadRejectedException e) {
                return VsxiErrors.render(e);
            }
        };
    }

    private Response start(Request request) {
        DraftState draft = store.startDraft();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("draftId", draft.draftId());
        body.put("createdAt", draft.createdAt().toString());
        return Response.json(201, body);
    }

    private Response status(Request request) {
        DraftReport report = store.draftReport();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("draftId", report.draftId());
        body.put("createdAt", report.createdAt().toString());
        body.putAll(summaryJson(report.summary()));
        return Response.json(200, body);
    }

    private Response diff(Request request) {
        StateView view = store.draftView();
        return Response.streamed(200, ZIP, out -> ConfigPackages.writeDiff(view.committed(), view.draft(), out));
    }

    private Response discard(Request request) {
        DraftState draft = store.discard();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("draftId", draft.draftId());
        body.put("discarded", true);
        return Response.json(200, body);
    }

    private Response commit(Request request) {
        // "No draft" outranks a bad body, as for uploads; the store checks again atomically.
        store.requireActiveDraft();
        String description = description(request);
        CommitRecord record = store.commit(description);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session", record.session());
        body.put("timestamp", record.timestamp().toString());
        body.put("description", record.description());
        body.put("summary", summaryJson(record.summary()));
        return Response.json(201, body);
    }

    private static String description(Request request) {
        byte[] raw = request.readBody(MAX_COMMIT_BODY_BYTES);
        if (new String(raw, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        String type = request.header("Content-Type").orElse("");
        if (!MediaTypes.isJson(type)) {
            throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "The commit body must be JSON sent as "
                    + "Content-Type: application/json (UTF-8), got " + (type.isEmpty() ? "no Content-Type" : "'" + type + "'"));
        }
        JsonNode json = request.json();
        if (!json.isObject()) {
            throw new HttpError(400, "BAD_REQUEST", "The commit body must be a JSON object such as {\"description\":\"...\"}");
        }
        JsonNode description = json.path("description");
        if (description.isMissingNode() || description.isNull()) {
            return null;
        }
        if (!description.isTextual()) {
            throw new HttpError(400, "BAD_REQUEST", "description must be a string");
        }
        return description.asText();
    }

    private Response tenants(Request request) {
        StateView view = store.view(includeDraft(request));
        Set<String> wanted = tenantIds(request);
        return Response.streamed(200, "application/json", out -> {
            try (JsonGenerator g = generator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("tenants");
                walk(view, ConfigState::tenantMap, id -> wanted == null || wanted.contains(id),
                        (tenant, marker) -> writeTenant(g, tenant, marker));
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private Response users(Request request) {
        StateView view = store.view(includeDraft(request));
        Set<String> wanted = tenantIds(request);
        return Response.streamed(200, "application/json", out -> {
            try (JsonGenerator g = generator(out)) {
                g.writeStartObject();
                g.writeArrayFieldStart("users");
                walk(view, ConfigState::userMap, sipUser -> true, (user, marker) -> {
                    if (wanted == null || wanted.contains(user.tenantId())) {
                        writeUser(g, user, marker);
                    }
                });
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private Response commits(Request request) {
        List<Map<String, Object>> items = store.commits().stream().map(VsxiRoutes::sessionJson).toList();
        return Response.json(200, Map.of("commits", items));
    }

    private Response smcFiles(Request request) {
        StateView view = store.view(includeDraft(request));
        ConfigState state = view.effective();
        return Response.streamed(200, ZIP, out -> ConfigPackages.writeConfiguration(state, out));
    }

    private static Response accepted(int rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", rows);
        body.put("errors", List.of());
        return Response.json(200, body);
    }

    private static Response rolledBack(List<CommitRecord> removed) {
        return Response.json(200, Map.of("rolledBack", removed.stream().map(VsxiRoutes::sessionJson).toList()));
    }

    private static <T> ParsedUpload<T> csv(Request request, UploadFormat<T> format) throws IOException {
        String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String[] parts = type.split(";");
        if (!parts[0].strip().equals("text/csv")) {
            throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE",
                    "Uploads must be sent as text/csv; charset=utf-8, got '" + type + "'");
        }
        for (String parameter : Arrays.asList(parts).subList(1, parts.length)) {
            String[] kv = parameter.strip().split("=", 2);
            if (kv[0].strip().equals("charset") && kv.length == 2
                    && !kv[1].strip().replace("\"", "").equals("utf-8")) {
                throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "Uploads must be UTF-8, got charset " + kv[1].strip());
            }
        }
        try (InputStream body = request.bodyStream()) {
            return CsvUploadReader.read(body, format);
        }
    }

    private static boolean includeDraft(Request request) {
        Optional<String> value = request.query("includeDraft");
        if (value.isEmpty() || value.get().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.get().equalsIgnoreCase("true")) {
            return true;
        }
        throw new HttpError(400, "BAD_REQUEST", "includeDraft must be true or false, got '" + value.get() + "'");
    }

    /**
     * The {@code tenantIds} filter, documented for users and accepted for tenants too;
     * {@code null} when absent (everything).
     */
    private static Set<String> tenantIds(Request request) {
        List<String> values = request.queryParams().get("tenantIds");
        if (values == null) {
            return null;
        }
        Set<String> ids = new TreeSet<>();
        for (String value : values) {
            for (String id : value.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    /** Receives one listed record and its draft marker ({@code null} when unchanged or not a draft view). */
    @FunctionalInterface
    private interface Visitor<V> {
        void visit(V value, String marker) throws IOException;
    }

    /**
     * Lists the records of a view in key order: the committed ones alone, or with a draft the
     * draft's records marked added or updated plus the committed records it deletes.
     */
    private static <V> void walk(StateView view, java.util.function.Function<ConfigState, Map<String, V>> table,
            Predicate<String> keyFilter, Visitor<V> visitor) throws IOException {
        Iterator<Map.Entry<String, V>> a = table.apply(view.committed()).entrySet().iterator();
        if (view.draft() == null) {
            while (a.hasNext()) {
                Map.Entry<String, V> e = a.next();
                if (keyFilter.test(e.getKey())) {
                    visitor.visit(e.getValue(), null);
                }
            }
            return;
        }
        Iterator<Map.Entry<String, V>> b = table.apply(view.draft()).entrySet().iterator();
        Map.Entry<String, V> x = a.hasNext() ? a.next() : null;
        Map.Entry<String, V> y = b.hasNext() ? b.next() : null;
        while (x != null || y != null) {
            int cmp = x == null ? 1 : y == null ? -1 : x.getKey().compareTo(y.getKey());
            Map.Entry<String, V> shown = cmp < 0 ? x : y;
            String marker = cmp < 0 ? "deleted" : cmp > 0 ? "added"
                    : x.getValue().equals(y.getValue()) ? null : "updated";
            if (keyFilter.test(shown.getKey())) {
                visitor.visit(shown.getValue(), marker);
            }
            if (cmp <= 0) {
                x = a.hasNext() ? a.next() : null;
            }
            if (cmp >= 0) {
                y = b.hasNext() ? b.next() : null;
            }
        }
    }

    private static void writeTenant(JsonGenerator g, Tenant t, String marker) throws IOException {
        g.writeStartObject();
        g.writeStringField("tenantId", t.tenantId());
        g.writeStringField("tenantName", t.tenantName());
        g.writeStringField("microsoftFqdn", t.microsoftFqdn());
        g.writeStringField("localIp", t.localIp());
        g.writeStringField("did", t.did());
        g.writeStringField("pbxId", t.pbxId());
        g.writeStringField("spId", t.spId());
        if (marker != null) {
            g.writeStringField("draft", marker);
        }
        g.writeEndObject();
    }

    private static void writeUser(JsonGenerator g, User u, String marker) throws IOException {
        g.writeStartObject();
        g.writeStringField("tenantId", u.tenantId());
        g.writeStringField("sipUser", u.sipUser());
        g.writeStringField("did", u.did());
        if (marker != null) {
            g.writeStringField("draft", marker);
        }
        g.writeEndObject();
    }

    private static Map<String, Object> sessionJson(CommitRecord record) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("session", record.session());
        item.put("timestamp", record.timestamp().toString());
        item.put("description", record.description());
        item.put("summary", summaryJson(record.summary()));
        return item;
    }

    private static Map<String, Object> summaryJson(ChangeSummary summary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenants", countsJson(summary.tenants()));
        body.put("users", countsJson(summary.users()));
        return body;
    }

    private static Map<String, Object> countsJson(Counts counts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("added", counts.added());
        body.put("updated", counts.updated());
        body.put("deleted", counts.deleted());
        return body;
    }

    /** A generator that leaves the response stream open: the HTTP layer closes it. */
    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = Json.MAPPER.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }
}
