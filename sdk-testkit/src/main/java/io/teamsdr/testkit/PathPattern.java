package io.teamsdr.testkit;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Matches request paths, for fault rules and journal queries. A glob treats {@code **} as any
 * number of characters (slashes included), {@code *} and {@code {name}} as one path segment, so a
 * route template copied from the API document works as a pattern as is. A regex must match the
 * whole path.
 */
public final class PathPattern {

    private final String text;
    private final Pattern regex;

    private PathPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * A glob pattern such as {@code /api/**}{@code /msteams/users/*}.
     *
     * @param glob the glob
     * @return the pattern
     */
    public static PathPattern glob(String glob) {
        Objects.requireNonNull(glob, "glob");
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '{' && glob.indexOf('}', i) > i) {
                re.append("[^/]+");
                i = glob.indexOf('}', i);
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new PathPattern(glob, Pattern.compile(re.toString()));
    }

    /**
     * A regular expression that must match the whole path.
     *
     * @param regex the expression
     * @return the pattern
     */
    public static PathPattern regex(Pattern regex) {
        Objects.requireNonNull(regex, "regex");
        return new PathPattern("regex:" + regex.pattern(), regex);
    }

    /**
     * Whether the path matches.
     *
     * @param path a request path without query
     * @return true on a match
     */
    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /**
     * Whether a request method matches a method filter where {@code *} or {@code null} means any.
     *
     * @param filter the method filter
     * @param method the request method
     * @return true on a match
     */
    static boolean methodMatches(String filter, String method) {
        return filter == null || "*".equals(filter)
                || filter.toUpperCase(Locale.ROOT).equals(method.toUpperCase(Locale.ROOT));
    }

    /**
     * The pattern as written.
     *
     * @return the glob, or {@code regex:} and the expression
     */
    @Override
    public String toString() {
        return text;
    }
}
