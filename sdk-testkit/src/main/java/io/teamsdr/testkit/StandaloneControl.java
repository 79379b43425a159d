package io.teamsdr.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.teamsdr.testkit.internal.FakeHttpServer;
import io.teamsdr.testkit.internal.HttpError;
import io.teamsdr.testkit.internal.Json;
import io.teamsdr.testkit.internal.Request;
import io.teamsdr.testkit.internal.Response;
import io.teamsdr.testkit.internal.RouteTable;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The control API of {@link Standalone}, on a port of its own beside the fakes, so a test suite in
 * any language drives the fakes as a Java test drives the JUnit extension. JSON in and out; errors
 * are {@code {"error":{"code":<status>,"reason":"..."}}}.
 *
 * <ul>
 *   <li>{@code GET /fakes}: what each fake printed at start (base URL, ids, credentials)</li>
 *   <li>{@code POST /fakes/{fake}/reset}: back to the seed, journal and fault rules cleared (204)</li>
 *   <li>{@code POST /fakes/{fake}/snapshots}: saves the state (201 {@code {"snapshot":"1"}});
 *       {@code POST /fakes/{fake}/snapshots/{id}/restore} puts it back (204), as often as needed;
 *       {@code DELETE /fakes/{fake}/snapshots/{id}} forgets it (204)</li>
 *   <li>{@code GET /clock}: {@code {"now":"...","shift":"PT0S"}}; {@code POST /clock/advance} with
 *       {@code {"seconds":90}} or {@code {"duration":"PT15M"}} moves the shared clock forward</li>
 *   <li>{@code POST /fakes/{fake}/faults}: adds a fault rule (201 {@code {"id":1,"rule":"..."}}; the
 *       JSON is described in {@code FaultRuleJson}); {@code GET /fakes/{fake}/faults} lists the rules
 *       with their counters; {@code DELETE /fakes/{fake}/faults/{id}} removes one,
 *       {@code DELETE /fakes/{fake}/faults} all (204)</li>
 *   <li>{@code GET /fakes/{fake}/journal?method=POST&path=/teams/**&since=12}: the requests (secrets
 *       masked), oldest first, filtered by method, path glob and sequence number;
 *       {@code DELETE /fakes/{fake}/journal} clears it (204)</li>
 * </ul>
 */
final class StandaloneControl implements AutoCloseable {

    private final Map<String, LaunchedFake> fakes;
    private final StandaloneClock clock;
    private final Map<String, Map<String, Snapshot>> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, FaultRule>> rules = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final FakeHttpServer http;

    private StandaloneControl(Map<String, LaunchedFake> fakes, StandaloneClock clock, int port) {
        this.fakes = Map.copyOf(fakes);
        this.clock = clock;
        fakes.keySet().forEach(name -> {
            snapshots.put(name, new ConcurrentHashMap<>());
            rules.put(name, new ConcurrentHashMap<>());
        });
        this.http = FakeHttpServer.builder("control").port(port).routes(routes()).start();
    }

    /**
     * Starts the control API.
     *
     * @param fakes the running fakes by launcher name
     * @param clock their shared clock
     * @param port the port, 0 for a free one
     * @return the running control API
     */
    static StandaloneControl start(Map<String, LaunchedFake> fakes, StandaloneClock clock, int port) {
        return new StandaloneControl(fakes, clock, port);
    }

    /**
     * Where the control API answers.
     *
     * @return e.g. {@code http://127.0.0.1:54321}
     */
    URI baseUrl() {
        return http.baseUrl();
    }

    @Override
    public void close() {
        http.close();
    }

    private RouteTable routes() {
        return new RouteTable()
                .add("GET", "/fakes", r -> {
                    Map<String, Object> all = new LinkedHashMap<>();
                    fakes.forEach((name, fake) -> all.put(name, fake.describe()));
                    return Response.json(200, Map.of("fakes", all));
                })
                .add("POST", "/fakes/{fake}/reset", r -> {
                    fake(r).reset();
                    return Response.empty(204);
                })
                .add("POST", "/fakes/{fake}/snapshots", r -> {
                    String id = String.valueOf(nextId.incrementAndGet());
                    snapshots.get(name(r)).put(id, fake(r).snapshot());
                    return Response.json(201, Map.of("snapshot", id));
                })
                .add("POST", "/fakes/{fake}/snapshots/{id}/restore", r -> {
                    fake(r).restore(snapshot(r));
                    return Response.empty(204);
                })
                .add("DELETE", "/fakes/{fake}/snapshots/{id}", r -> {
                    snapshot(r);
                    snapshots.get(name(r)).remove(r.pathParam("id"));
                    return Response.empty(204);
                })
                .add("GET", "/clock", r -> Response.json(200, clockJson()))
                .add("POST", "/clock/advance", r -> {
                    try {
                        clock.advance(amount(r.json()));
                    } catch (IllegalArgumentException e) {
                        throw HttpError.badRequest(e.getMessage());
                    }
                    return Response.json(200, clockJson());
                })
                .add("GET", "/fakes/{fake}/faults", r -> Response.json(200, Map.of("faults", faults(r))))
                .add("POST", "/fakes/{fake}/faults", r -> {
                    FaultRule rule = FaultRuleJson.add(r.json(), fake(r).faults());
                    int id = nextId.incrementAndGet();
                    rules.get(name(r)).put(id, rule);
                    return Response.json(201, Map.of("id", id, "rule", rule.toString()));
                })
                .add("DELETE", "/fakes/{fake}/faults", r -> {
                    fake(r).faults().clear();
                    rules.get(name(r)).clear();
                    return Response.empty(204);
                })
                .add("DELETE", "/fakes/{fake}/faults/{id}", r -> {
                    FaultRule rule = rules.get(name(r)).remove(parseId(r));
                    if (rule == null || !containsSame(fake(r).faults().rules(), rule)) {
                        throw HttpError.notFound("No fault rule " + r.pathParam("id") + " on " + name(r));
                    }
                    rule.remove();
                    return Response.empty(204);
                })
                .add("GET", "/fakes/{fake}/journal", r -> Response.json(200, journal(r)))
                .add("DELETE", "/fakes/{fake}/journal", r -> {
                    fake(r).journal().clear();
                    return Response.empty(204);
                });
    }

    private String name(Request r) {
        String name = r.pathParam("fake");
        if (!fakes.containsKey(name)) {
            throw HttpError.notFound("No fake named " + name + "; running: " + fakes.keySet());
        }
        return name;
    }

    private StatefulFake fake(Request r) {
        return fakes.get(name(r)).fake();
    }

    private Snapshot snapshot(Request r) {
        Snapshot snapshot = snapshots.get(name(r)).get(r.pathParam("id"));
        if (snapshot == null) {
            throw HttpError.notFound("No snapshot " + r.pathParam("id") + " of " + name(r));
        }
        return snapshot;
    }

    private static int parseId(Request r) {
        try {
            return Integer.parseInt(r.pathParam("id"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound("No fault rule " + r.pathParam("id"));
        }
    }

    private static boolean containsSame(List<FaultRule> list, FaultRule rule) {
        return list.stream().anyMatch(r -> r == rule);
    }

    private Map<String, Object> clockJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("now", clock.instant().toString());
        body.put("shift", clock.shift().toString());
        return body;
    }

    private static Duration amount(JsonNode body) {
        if (body.has("seconds") == body.has("duration")) {
            throw HttpError.badRequest("Give either seconds (a number) or duration (ISO-8601, e.g. PT15M)");
        }
        if (body.has("seconds")) {
            if (!body.get("seconds").isNumber()) {
                throw HttpError.badRequest("seconds must be a number");
            }
            return Duration.ofMillis(Math.round(body.get("seconds").asDouble() * 1000));
        }
        try {
            return Duration.parse(body.get("duration").asText());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("duration must be ISO-8601, e.g. PT15M: " + body.get("duration").asText());
        }
    }

    private ArrayNode faults(Request r) {
        Map<Integer, FaultRule> known = rules.get(name(r));
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (FaultRule rule : fake(r).faults().rules()) {
            ObjectNode item = list.addObject();
            Optional<Integer> id = known.entrySet().stream().filter(e -> e.getValue() == rule)
                    .map(Map.Entry::getKey).findFirst();
            if (id.isPresent()) {
                item.put("id", id.get());
            } else {
                item.putNull("id");
            }
            item.put("rule", rule.toString());
            item.put("matchedCalls", rule.matchedCalls());
            item.put("firedCount", rule.firedCount());
        }
        return list;
    }

    private ObjectNode journal(Request r) {
        RequestJournal journal = fake(r).journal();
        String method = r.query("method").orElse("*");
        PathPattern path = PathPattern.glob(r.query("path").orElse("/**"));
        long since;
        try {
            since = Long.parseLong(r.query("since").orElse("0"));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("since must be a sequence number");
        }
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("requests");
        for (RecordedRequest entry : journal.requests(RequestJournal.matching(method, path))) {
            if (entry.sequence() > since) {
                list.add(entryJson(entry));
            }
        }
        body.put("evicted", journal.evicted());
        return body;
    }

    private static ObjectNode entryJson(RecordedRequest entry) {
        ObjectNode item = Json.object();
        item.put("sequence", entry.sequence());
        item.put("receivedAt", entry.receivedAt().toString());
        item.put("method", entry.method());
        item.put("path", entry.path());
        item.put("fullPath", entry.fullPath());
        item.put("rawQuery", entry.rawQuery());
        item.putPOJO("query", entry.query());
        item.putPOJO("headers", entry.headers());
        item.put("body", entry.body());
        item.put("bodyBytes", entry.bodyBytes());
        item.put("bodyTruncated", entry.bodyTruncated());
        item.put("status", entry.status());
        item.put("route", entry.route().orElse(null));
        item.put("fault", entry.fault().orElse(null));
        return item;
    }
}
