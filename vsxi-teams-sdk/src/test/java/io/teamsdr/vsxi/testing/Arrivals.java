package io.teamsdr.vsxi.testing;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WireMock request matcher that notes each request when it arrives. WireMock's journal records a
 * request only once its response is served, which for a delayed response is long after the client
 * gave up; this sees it at once. Use with {@code WireMock.requestMatching(arrivals)}.
 */
public final class Arrivals implements ValueMatcher<Request> {
    private final String method;
    private final String path;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public Arrivals(String method, String path) {
        this.method = method;
        this.path = path;
    }

    @Override
    public MatchResult match(Request request) {
        boolean matches = request.getMethod().getName().equals(method) && request.getUrl().equals(path);
        // WireMock asks every stub sharing this matcher about the same request object; note it once.
        if (matches && requests.stream().noneMatch(seen -> seen == request)) {
            requests.add(request);
        }
        return MatchResult.of(matches);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }
}
