package io.teamsdr.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A request target checked against RFC 3986 and split for routing. The path is split at its
 * slashes first and each segment decoded after, so {@code %2F} stays inside its segment and never
 * becomes a separator; an empty segment (as in {@code /teams/rollback/}) stays an empty segment.
 * Percent-escapes must be well formed and decode to UTF-8; any character outside the RFC's set
 * (a space, a backslash, braces...) must be percent-encoded.
 *
 * @param segments the decoded path segments; empty for {@code /}
 * @param rawQuery the query as sent, {@code null} when there is none
 */
record RequestTarget(List<String> segments, String rawQuery) {

    /** The asterisk-form target ({@code OPTIONS *}); it names no resource. */
    static final RequestTarget ASTERISK = new RequestTarget(List.of("*"), null);

    /**
     * Parses a target in origin form ({@code /path?query}), absolute form
     * ({@code http://host/path?query}) or asterisk form ({@code *}).
     *
     * @param target the target as sent
     * @return the parsed target
     * @throws ProtocolException 400 naming the first offending character or escape
     */
    static RequestTarget parse(String target) throws ProtocolException {
        if (target.equals("*")) {
            return ASTERISK;
        }
        String originForm = target;
        String lower = target.length() > 8 ? target.substring(0, 8).toLowerCase(java.util.Locale.ROOT) : "";
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int authority = target.indexOf("//") + 2;
            int slash = target.indexOf('/', authority);
            int question = target.indexOf('?', authority);
            int pathStart = slash < 0 ? question : question < 0 ? slash : Math.min(slash, question);
            originForm = pathStart < 0 ? "/" : target.charAt(pathStart) == '?' ? "/" + target.substring(pathStart)
                    : target.substring(pathStart);
        }
        if (!originForm.startsWith("/")) {
            throw new ProtocolException(400, "The request target must start with '/': " + shorten(target));
        }
        int question = originForm.indexOf('?');
        String rawPath = question < 0 ? originForm : originForm.substring(0, question);
        String rawQuery = question < 0 ? null : originForm.substring(question + 1);
        check(rawPath, false, "path");
        if (rawQuery != null) {
            check(rawQuery, true, "query");
            decode(rawQuery.replace('+', ' '), "query");
        }
        if (rawPath.equals("/")) {
            return new RequestTarget(List.of(), rawQuery);
        }
        List<String> segments = new ArrayList<>();
        int from = 1;
        while (true) {
            int slash = rawPath.indexOf('/', from);
            String raw = slash < 0 ? rawPath.substring(from) : rawPath.substring(from, slash);
            segments.add(raw.indexOf('%') < 0 ? raw : decode(raw, "path"));
            if (slash < 0) {
                return new RequestTarget(Collections.unmodifiableList(segments), rawQuery);
            }
            from = slash + 1;
        }
    }

    /**
     * The path for people and glob patterns: the decoded segments joined by {@code /}, with a slash
     * decoded from {@code %2F} shown encoded again so it is not mistaken for a separator.
     *
     * @return e.g. {@code /teams/rollback/a%2Fb}
     */
    String displayPath() {
        return this == ASTERISK ? "*" : display(segments);
    }

    /**
     * Joins decoded segments the way {@link #displayPath()} does.
     *
     * @param segments decoded segments
     * @return the path, {@code /} when there are none
     */
    static String display(List<String> segments) {
        StringBuilder sb = new StringBuilder();
        for (String segment : segments) {
            sb.append('/').append(segment.indexOf('/') < 0 ? segment : segment.replace("/", "%2F"));
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    private static void check(String text, boolean query, String part) throws ProtocolException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    throw new ProtocolException(400, "Malformed percent-escape '"
                            + text.substring(i, Math.min(text.length(), i + 3)) + "' in the " + part
                            + "; a '%' must be followed by two hex digits (write %25 for a literal '%')");
                }
                i += 2;
            } else if (!allowed(c, query)) {
                throw new ProtocolException(400, "Character '" + printable(c) + "' is not allowed in the " + part
                        + " of a request target (RFC 3986); percent-encode it");
            }
        }
    }

    private static boolean allowed(char c, boolean query) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0 || (query && c == '?');
    }

    private static String decode(String raw, String part) throws ProtocolException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException(400, "The " + part + " of the request target does not decode to UTF-8");
        }
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : -1;
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
