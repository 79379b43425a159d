package io.teamsdr.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A path template parsed once: its literal parts and placeholder names in order. Templates are
 * constants of the resources, so each is parsed on first use and kept; expanding one is then a few
 * appends, with no regular expression per call.
 */
final class PathTemplate {
    /** Far more than the operations of both APIs; a caller building templates at run time must not fill memory. */
    private static final int MAX_CACHED = 1024;
    private static final Map<String, PathTemplate> CACHE = new ConcurrentHashMap<>();

    private final String[] literals;
    private final String[] names;
    private final int literalLength;

    private PathTemplate(String[] literals, String[] names) {
        this.literals = literals;
        this.names = names;
        int length = 0;
        for (String literal : literals) {
            length += literal.length();
        }
        this.literalLength = length;
    }

    static PathTemplate of(String template) {
        PathTemplate cached = CACHE.get(template);
        if (cached != null) {
            return cached;
        }
        PathTemplate parsed = parse(template);
        if (CACHE.size() < MAX_CACHED) {
            CACHE.putIfAbsent(template, parsed);
        }
        return parsed;
    }

    /** Splits at {@code {name}} placeholders whose names are letters, digits and underscores. */
    private static PathTemplate parse(String template) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int literalStart = 0;
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                break;
            }
            int close = open + 1;
            while (close < template.length() && isNameChar(template.charAt(close))) {
                close++;
            }
            if (close < template.length() && template.charAt(close) == '}' && close > open + 1) {
                literals.add(template.substring(literalStart, open));
                names.add(template.substring(open + 1, close));
                literalStart = close + 1;
                at = close + 1;
            } else {
                at = open + 1;
            }
        }
        literals.add(template.substring(literalStart));
        return new PathTemplate(literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    private static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    boolean hasPlaceholder(String name) {
        for (String placeholder : names) {
            if (placeholder.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The first placeholder without a value, or {@code null} when all are bound. */
    String firstUnbound(Map<String, String> values) {
        for (String name : names) {
            if (!values.containsKey(name)) {
                return name;
            }
        }
        return null;
    }

    /** The path with every value percent-encoded as one segment. */
    String expand(Map<String, String> values) {
        if (names.length == 0) {
            return literals[0];
        }
        StringBuilder path = new StringBuilder(literalLength + 40 * names.length);
        for (int i = 0; i < names.length; i++) {
            path.append(literals[i]).append(UriEncoding.pathSegment(values.get(names[i])));
        }
        return path.append(literals[names.length]).toString();
    }
}
