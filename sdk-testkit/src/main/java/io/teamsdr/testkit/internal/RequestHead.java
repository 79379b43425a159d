package io.teamsdr.testkit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head of one HTTP/1.x request as sent, checked against RFC 9112's grammar: a request line of
 * exactly three parts, header field names that are tokens, values without control characters, no
 * line folding. Methods keep their case (they are case-sensitive); header names are lower-cased.
 *
 * @param method the method as sent
 * @param target the request target as sent
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers header name (lower case) to values, in arrival order
 */
record RequestHead(String method, String target, String version, Map<String, List<String>> headers) {

    private static final int MAX_LEADING_EMPTY_LINES = 4;
    private static final int JOURNALED_TARGET_CHARS = 256;

    /**
     * Reads a head.
     *
     * @param in the connection
     * @param limits the size limits
     * @return the head
     * @throws ProtocolException 400 when malformed, 414 for a request line too long, 431 for too
     *     many or too large header fields, 505 for another HTTP version
     * @throws java.io.EOFException when the client closed the connection inside the head
     */
    static RequestHead read(HttpInput in, HttpLimits limits) throws IOException {
        String requestLine = requestLine(in, limits);
        int first = requestLine.indexOf(' ');
        int last = requestLine.lastIndexOf(' ');
        if (first <= 0 || last == first || requestLine.indexOf(' ', first + 1) != last) {
            throw new ProtocolException(400, "Malformed request line: expected <method> <target> HTTP/1.1")
                    .about(null, shorten(requestLine));
        }
        String method = requestLine.substring(0, first);
        String target = requestLine.substring(first + 1, last);
        String version = requestLine.substring(last + 1);
        if (!isToken(method)) {
            throw new ProtocolException(400, "Malformed method: " + shorten(method)).about(null, shorten(target));
        }
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            ProtocolException e = version.matches("HTTP/\\d(\\.\\d)?")
                    ? new ProtocolException(505, "HTTP version " + version + " is not supported; use HTTP/1.1")
                    : new ProtocolException(400, "Malformed HTTP version: " + shorten(version));
            throw e.about(method, shorten(target));
        }
        try {
            return new RequestHead(method, target, version, headers(in, limits));
        } catch (ProtocolException e) {
            throw e.about(method, shorten(target));
        }
    }

    private static String requestLine(HttpInput in, HttpLimits limits) throws IOException {
        for (int empty = 0; empty <= MAX_LEADING_EMPTY_LINES; empty++) {
            int length;
            try {
                length = in.readLine(limits.maxRequestLineBytes(), 414,
                        "Request line longer than " + limits.maxRequestLineBytes() + " bytes");
            } catch (ProtocolException tooLong) {
                String start = new String(in.line(), 0, Math.min(JOURNALED_TARGET_CHARS * 2, in.lineLength()),
                        StandardCharsets.ISO_8859_1);
                int space = start.indexOf(' ');
                throw space > 0 && isToken(start.substring(0, space))
                        ? tooLong.about(start.substring(0, space), shorten(start.substring(space + 1)))
                        : tooLong;
            }
            if (length > 0) {
                byte[] line = in.line();
                for (int i = 0; i < length; i++) {
                    int c = line[i] & 0xff;
                    if (c < 0x20 || c >= 0x7f) {
                        throw new ProtocolException(400, "The request line holds a control or non-ASCII character"
                                + " at position " + i + "; percent-encode it");
                    }
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
        }
        throw new ProtocolException(400, "Malformed request: empty lines instead of a request line");
    }

    private static Map<String, List<String>> headers(HttpInput in, HttpLimits limits) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>(32);
        int budget = limits.maxHeaderBytes();
        int count = 0;
        String tooLarge = "Header fields larger than " + limits.maxHeaderBytes() + " bytes in all";
        while (true) {
            int length = in.readLine(budget, 431, tooLarge);
            if (length == 0) {
                return headers;
            }
            budget -= length + 2;
            if (budget < 0) {
                throw new ProtocolException(431, tooLarge);
            }
            if (++count > limits.maxHeaderCount()) {
                throw new ProtocolException(431, "More than " + limits.maxHeaderCount() + " header fields");
            }
            byte[] line = in.line();
            if (line[0] == ' ' || line[0] == '\t') {
                throw new ProtocolException(400, "Folded header lines (obs-fold) are not accepted");
            }
            int colon = 0;
            while (colon < length && line[colon] != ':') {
                colon++;
            }
            String name = new String(line, 0, colon, StandardCharsets.ISO_8859_1);
            if (colon == length || !isToken(name)) {
                throw new ProtocolException(400, "Malformed header field: " + shorten(
                        new String(line, 0, Math.min(length, 64), StandardCharsets.ISO_8859_1)));
            }
            int from = colon + 1;
            int to = length;
            while (from < to && (line[from] == ' ' || line[from] == '\t')) {
                from++;
            }
            while (to > from && (line[to - 1] == ' ' || line[to - 1] == '\t')) {
                to--;
            }
            for (int i = from; i < to; i++) {
                int c = line[i] & 0xff;
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    throw new ProtocolException(400, "Header " + name + " holds a control character");
                }
            }
            headers.computeIfAbsent(lowerCase(name), k -> new ArrayList<>(1))
                    .add(new String(line, from, to - from, StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * The first value of a header.
     *
     * @param name lower-case name
     * @return the value, {@code null} when absent
     */
    String header(String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    /**
     * Whether a comma-separated header (such as {@code Connection}) holds a token, in any case.
     *
     * @param name lower-case name
     * @param token the token
     * @return true when present
     */
    boolean headerHasToken(String name, String token) {
        List<String> values = headers.get(name);
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.strip().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text is an RFC 9110 token (a method or a header name). */
    static boolean isToken(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String lowerCase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return name.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return name;
    }

    private static String shorten(String text) {
        return text.length() <= JOURNALED_TARGET_CHARS ? text : text.substring(0, JOURNALED_TARGET_CHARS) + "...";
    }
}
