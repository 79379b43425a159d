package io.teamsdr.core.testing;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WireMock request matcher that notes each request when it arrives. WireMock's journal only
 * records a request once its response is served, which for a delayed response is long after the
 * client gave up; this sees it at once. Use with {@code WireMock.requestMatching(arrivals)}.
 */
public final class Arrivals implements ValueMatcher<Request> {
    private final String pathPrefix;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public Arrivals(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    @Override
    public MatchResult match(Request request) {
        boolean matches = request.getUrl().startsWith(pathPrefix);
        // WireMock asks every stub sharing this matcher (e.g. the steps of a scenario) about the same
        // request object, so it is noted once per object.
        if (matches && requests.stream().noneMatch(seen -> seen == request)) {
            requests.add(request);
        }
        return MatchResult.of(matches);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }
}
