package io.teamsdr.fusion.graph.internal;

import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.authentication.AuthenticationProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Adds {@code Authorization: Bearer <token>} from the caller's supplier to Graph requests, asking
 * the supplier for every request so that a rotated token is picked up without a new client.
 *
 * <p>The token goes only to the scheme, host and port of the configured base URL: a
 * {@code @odata.nextLink} or a redirect pointing elsewhere gets no credentials.
 */
public final class BearerTokenAuthentication implements AuthenticationProvider {

    private static final String AUTHORIZATION = "Authorization";

    private final URI base;
    private final Supplier<String> accessToken;

    /**
     * Creates the provider.
     *
     * @param base the Graph base URL the token is meant for
     * @param accessToken supplies a current access token (without the {@code Bearer} prefix)
     */
    public BearerTokenAuthentication(URI base, Supplier<String> accessToken) {
        this.base = Objects.requireNonNull(base, "base");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public void authenticateRequest(RequestInformation request, Map<String, Object> additionalAuthenticationContext) {
        URI target;
        try {
            target = request.getUri();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Graph request has an invalid URL", e);
        }
        if (!sameOrigin(target) || request.headers.containsKey(AUTHORIZATION)) {
            return;
        }
        String token = accessToken.get();
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("The Graph access token supplier returned no token");
        }
        request.headers.add(AUTHORIZATION, "Bearer " + token.strip());
    }

    private boolean sameOrigin(URI target) {
        return base.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
                && base.getHost().toLowerCase(Locale.ROOT).equals(String.valueOf(target.getHost()).toLowerCase(Locale.ROOT))
                && port(base) == port(target);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public String toString() {
        return "BearerTokenAuthentication[" + base + ", token=***]";
    }
}
