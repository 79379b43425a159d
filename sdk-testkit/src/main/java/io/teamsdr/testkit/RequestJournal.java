package io.teamsdr.testkit;

import io.teamsdr.testkit.internal.QueryString;
import io.teamsdr.testkit.internal.SecretMasker;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every request a fake received, in arrival order, secrets masked at the door so nothing secret is
 * ever held. Thread-safe. Bounded: past {@link #maxEntries()} the oldest entries are evicted, and
 * each body is capped at {@link #maxBodyChars()} characters so a huge upload costs little memory.
 * Use {@link JournalAssert} for AssertJ assertions.
 */
public final class RequestJournal {

    /** Default number of entries kept. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /** Default body cap in characters (64 KiB). */
    public static final int DEFAULT_MAX_BODY_CHARS = 64 * 1024;

    private final int maxEntries;
    private final int maxBodyChars;
    private final SecretMasker masker;
    private final Clock clock;
    private final Deque<RecordedRequest> entries = new ArrayDeque<>();
    private long sequence;
    private long evicted;

    /** A journal with the default limits and the default secret names. */
    public RequestJournal() {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BODY_CHARS, Clock.systemUTC());
    }

    /**
     * A journal with chosen limits.
     *
     * @param maxEntries entries kept before the oldest is evicted
     * @param maxBodyChars body cap in characters
     * @param clock clock for arrival times
     */
    public RequestJournal(int maxEntries, int maxBodyChars, Clock clock) {
        if (maxEntries < 1 || maxBodyChars < 0) {
            throw new IllegalArgumentException("maxEntries must be >= 1 and maxBodyChars >= 0");
        }
        this.maxEntries = maxEntries;
        this.maxBodyChars = maxBodyChars;
        this.masker = SecretMasker.defaults();
        this.clock = clock;
    }

    /**
     * Records a request; called by the fakes' HTTP layer. Masks secrets and caps the body before
     * anything is stored.
     *
     * @param method HTTP method
     * @param path decoded path
     * @param rawQuery raw query or {@code null}
     * @param headers request headers
     * @param body raw body bytes
     * @param status status answered, {@link RecordedRequest#NO_RESPONSE} when dropped
     * @param route matched route name, {@code null} when none matched
     * @param fault description of the injected fault, {@code null} when none
     * @return the stored entry
     */
    public RecordedRequest record(String method, String path, String rawQuery,
            Map<String, List<String>> headers, byte[] body, int status, String route, String fault) {
        return record(method, path, rawQuery, headers, body, body.length, status, route, fault);
    }

    /**
     * Records a request whose body was streamed and only partly kept.
     *
     * @param method HTTP method
     * @param path decoded path
     * @param rawQuery raw query or {@code null}
     * @param headers request headers
     * @param body the body bytes kept, possibly only the first ones
     * @param bodyBytes the full body size; larger than {@code body.length} marks the entry truncated
     * @param status status answered, {@link RecordedRequest#NO_RESPONSE} when dropped
     * @param route matched route name, {@code null} when none matched
     * @param fault description of the injected fault, {@code null} when none
     * @return the stored entry
     */
    public RecordedRequest record(String method, String path, String rawQuery,
            Map<String, List<String>> headers, byte[] body, long bodyBytes, int status, String route,
            String fault) {
        return record(method, "", path, rawQuery, headers, body, bodyBytes, status, route, fault);
    }

    /**
     * Records a request to an API served below a base path (such as VSXi's
     * {@code /SSConfig/webresources}): the entry's {@link RecordedRequest#path() path} is relative
     * to the base, its {@link RecordedRequest#fullPath() full path} the path as sent.
     *
     * @param method HTTP method
     * @param basePath the API's base path, empty for an API at the root
     * @param path decoded path relative to {@code basePath}
     * @param rawQuery raw query or {@code null}
     * @param headers request headers
     * @param body the body bytes kept, possibly only the first ones
     * @param bodyBytes the full body size; larger than {@code body.length} marks the entry truncated
     * @param status status answered, {@link RecordedRequest#NO_RESPONSE} when dropped
     * @param route matched route name, {@code null} when none matched
     * @param fault description of the injected fault, {@code null} when none
     * @return the stored entry
     */
    public RecordedRequest record(String method, String basePath, String path, String rawQuery,
            Map<String, List<String>> headers, byte[] body, long bodyBytes, int status, String route,
            String fault) {
        Map<String, String> maskedHeaders = new LinkedHashMap<>();
        String contentType = null;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            String value = String.join(", ", h.getValue());
            if (name.equals("content-type")) {
                contentType = value;
            }
            maskedHeaders.put(name, masker.header(name, value));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        SecretMasker.MaskedBody masked = masker.body(text, contentType, maxBodyChars);
        Map<String, List<String>> query = masker.query(QueryString.parse(rawQuery));
        synchronized (this) {
            RecordedRequest entry = new RecordedRequest(++sequence, clock.instant(), method, basePath, path,
                    masker.rawQuery(rawQuery), query, Collections.unmodifiableMap(maskedHeaders), masked.text(),
                    Math.max(bodyBytes, body.length), masked.truncated() || bodyBytes > body.length, status,
                    route, fault);
            entries.addLast(entry);
            while (entries.size() > maxEntries) {
                entries.removeFirst();
                evicted++;
            }
            return entry;
        }
    }

    /**
     * All kept entries, oldest first.
     *
     * @return an immutable copy
     */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(entries);
    }

    /**
     * Entries whose method and path match. The glob is matched against the path relative to the
     * API base ({@code /teams/draft/start} on VSXi) and against the full path as sent, so either
     * form works.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathGlob a {@link PathPattern#glob glob}; a route template works as is
     * @return matching entries, oldest first
     */
    public List<RecordedRequest> requests(String method, String pathGlob) {
        return requests(matching(method, PathPattern.glob(pathGlob)));
    }

    /**
     * Entries that satisfy a predicate.
     *
     * @param filter the predicate
     * @return matching entries, oldest first
     */
    public List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
        return requests().stream().filter(filter).toList();
    }

    /**
     * Requests no route matched (answered 404 or 405 by the router): usually a wrong path or method
     * in the code under test.
     *
     * @return unmatched entries, oldest first
     */
    public List<RecordedRequest> unmatchedRequests() {
        return requests(r -> !r.matched());
    }

    /**
     * The most recent entry.
     *
     * @return the entry, empty when the journal is empty
     */
    public synchronized Optional<RecordedRequest> last() {
        return Optional.ofNullable(entries.peekLast());
    }

    /**
     * The most recent entry matching method and path.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathGlob path glob
     * @return the entry, empty when none matches
     */
    public Optional<RecordedRequest> last(String method, String pathGlob) {
        List<RecordedRequest> found = requests(method, pathGlob);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /**
     * Number of kept entries.
     *
     * @return the size
     */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * Number of entries evicted because the journal was full.
     *
     * @return evicted count since the last {@link #clear()}
     */
    public synchronized long evicted() {
        return evicted;
    }

    /**
     * Forgets every entry; sequence numbers start again at 1.
     */
    public synchronized void clear() {
        entries.clear();
        sequence = 0;
        evicted = 0;
    }

    /**
     * The entry cap.
     *
     * @return maximum entries kept
     */
    public int maxEntries() {
        return maxEntries;
    }

    /**
     * The body cap.
     *
     * @return maximum body characters kept per entry
     */
    public int maxBodyChars() {
        return maxBodyChars;
    }

    /**
     * A multi-line listing, one line per entry, with (masked, shortened) bodies; meant for test
     * failure output.
     *
     * @return the listing
     */
    public String format() {
        List<RecordedRequest> all = requests();
        StringBuilder sb = new StringBuilder();
        sb.append("Request journal: ").append(all.size()).append(" request(s)");
        long gone = evicted();
        if (gone > 0) {
            sb.append(", ").append(gone).append(" older evicted");
        }
        sb.append('\n');
        for (RecordedRequest r : all) {
            sb.append("  ").append(r).append('\n');
            if (!r.body().isEmpty()) {
                String body = r.body().replace('\n', ' ');
                sb.append("      ").append(body.length() > 300 ? body.substring(0, 300) + "..." : body)
                        .append('\n');
            }
        }
        return sb.toString();
    }

    static Predicate<RecordedRequest> matching(String method, PathPattern path) {
        return r -> PathPattern.methodMatches(method, r.method())
                && (path.matches(r.path()) || path.matches(r.fullPath()));
    }
}
