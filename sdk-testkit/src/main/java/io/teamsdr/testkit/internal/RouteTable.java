package io.teamsdr.testkit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Maps (method, path template) to handlers. Templates are {@code /}-separated; a segment written
 * {@code {name}} matches any single non-empty segment. Paths are matched segment by segment as
 * decoded by the HTTP layer, so an empty segment (a trailing or doubled slash) matches nothing and
 * a {@code %2F} inside a segment is part of that segment. When several templates match a path, the
 * one with a literal segment at the first position where they differ wins, so {@code users/bulk}
 * beats {@code users/{ms_user_id}} whatever the method. Methods are case-sensitive, as HTTP says:
 * {@code get} is not {@code GET}.
 */
public final class RouteTable {

    private final Map<String, Template> templates = new LinkedHashMap<>();
    /**
     * What lookups read: the templates by segment count, replaced whole on every add, so concurrent
     * requests never take a lock and only compare templates of the right length.
     */
    private volatile Map<Integer, List<Template>> byLength = Map.of();

    /**
     * Adds a route.
     *
     * @param method HTTP method
     * @param template path template such as {@code /api/users/{id}}
     * @param handler the handler
     * @return this table
     * @throws IllegalArgumentException when the same method and template are added twice
     */
    public synchronized RouteTable add(String method, String template, RouteHandler handler) {
        Template t = templates.computeIfAbsent(template, Template::new);
        String m = method.toUpperCase(java.util.Locale.ROOT);
        if (t.handlers.putIfAbsent(m, handler) != null) {
            throw new IllegalArgumentException("Duplicate route " + m + " " + template);
        }
        Map<Integer, List<Template>> index = new java.util.HashMap<>();
        for (Template each : templates.values()) {
            index.computeIfAbsent(each.segments.length, n -> new java.util.ArrayList<>()).add(each);
        }
        index.replaceAll((n, list) -> List.copyOf(list));
        byLength = Map.copyOf(index);
        return this;
    }

    /**
     * Every route, as {@code METHOD template}, in the order they were added; for checks that
     * each route is documented.
     *
     * @return the routes
     */
    public synchronized List<String> routes() {
        List<String> routes = new java.util.ArrayList<>();
        templates.forEach((template, t) -> t.handlers.keySet().forEach(method -> routes.add(method + " " + template)));
        return routes;
    }

    /**
     * Finds the route for a request.
     *
     * @param method HTTP method, as sent
     * @param segments the decoded path segments
     * @return the outcome: a match, a known path with another method, or nothing
     */
    public Lookup lookup(String method, List<String> segments) {
        Template best = null;
        for (Template t : byLength.getOrDefault(segments.size(), List.of())) {
            if (t.matches(segments) && (best == null || t.moreSpecificThan(best))) {
                best = t;
            }
        }
        if (best == null) {
            return new Lookup(null, null, Map.of(), List.of());
        }
        RouteHandler handler = best.handlers.get(method);
        List<String> allowed = List.copyOf(new TreeSet<>(best.handlers.keySet()));
        return new Lookup(best.text, handler, handler == null ? Map.of() : best.params(segments), allowed);
    }

    /**
     * The outcome for a request no template can match (outside the API, or {@code *}).
     *
     * @return a lookup with no template
     */
    public static Lookup noMatch() {
        return new Lookup(null, null, Map.of(), List.of());
    }

    private static String[] split(String template) {
        String trimmed = template.startsWith("/") ? template.substring(1) : template;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    /**
     * Result of a lookup.
     *
     * @param template the matched template, {@code null} when no template matches the path
     * @param handler the handler for the method, {@code null} when the method is not allowed
     * @param pathParams extracted path parameters
     * @param allowedMethods methods the matched template accepts (for {@code Allow})
     */
    public record Lookup(String template, RouteHandler handler, Map<String, String> pathParams,
            List<String> allowedMethods) {

        /**
         * Whether a template matched the path.
         *
         * @return true when the path is known
         */
        public boolean pathKnown() {
            return template != null;
        }

        /**
         * The route name recorded in the journal, e.g. {@code GET /users/{id}}.
         *
         * @param method the request method
         * @return the name, empty when no handler matched
         */
        public Optional<String> routeName(String method) {
            return handler == null ? Optional.empty() : Optional.of(method + " " + template);
        }
    }

    private static final class Template {
        final String text;
        final String[] segments;
        final Map<String, RouteHandler> handlers = new java.util.concurrent.ConcurrentHashMap<>();

        Template(String text) {
            this.text = text;
            this.segments = split(text);
        }

        static boolean isParam(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }

        boolean matches(List<String> path) {
            if (path.size() != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                String given = path.get(i);
                boolean ok = isParam(segments[i]) ? !given.isEmpty() : segments[i].equals(given);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        boolean moreSpecificThan(Template other) {
            for (int i = 0; i < segments.length; i++) {
                boolean mine = isParam(segments[i]);
                boolean theirs = isParam(other.segments[i]);
                if (mine != theirs) {
                    return theirs;
                }
            }
            return false;
        }

        Map<String, String> params(List<String> path) {
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < segments.length; i++) {
                if (isParam(segments[i])) {
                    params.put(segments[i].substring(1, segments[i].length() - 1), path.get(i));
                }
            }
            return params;
        }
    }
}
