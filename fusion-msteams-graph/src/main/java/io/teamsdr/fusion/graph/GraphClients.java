package io.teamsdr.fusion.graph;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AuthenticationProvider;
import io.teamsdr.fusion.graph.internal.BearerTokenAuthentication;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Builds a Microsoft Graph {@link GraphServiceClient} that sends its requests to a base URL of the
 * caller's choice: Microsoft's ({@link #MICROSOFT_GRAPH_V1}), a national cloud, or a fake such as
 * the testkit's {@code FakeFusionServer.graph().baseUrl()}. How the access token is obtained stays
 * the caller's choice: a token supplier (a vault, MSAL, azure-identity's {@code TokenCredential}
 * behind a lambda) or any Kiota {@link AuthenticationProvider}.
 *
 * <pre>{@code
 * GraphServiceClient graph = GraphClients.create(GraphClients.MICROSOFT_GRAPH_V1, () -> vault.read("graph"));
 * }</pre>
 *
 * <p>Tokens go only to {@code https} base URLs, or to {@code http} on a loopback address (a local
 * fake), so that a mistyped URL never sends a token in clear text.
 */
public final class GraphClients {

    /** Microsoft Graph v1.0 in the global cloud. */
    public static final URI MICROSOFT_GRAPH_V1 = URI.create("https://graph.microsoft.com/v1.0");

    private GraphClients() {
    }

    /**
     * Builds a client authenticating with a bearer token from the supplier, asked before every
     * request (cache and refresh in the supplier). The token is sent only to the base URL's origin.
     *
     * @param baseUrl the Graph base URL including the version, e.g. {@code https://graph.microsoft.com/v1.0}
     * @param accessToken supplies a current access token, without the {@code Bearer} prefix
     * @return the client, with Graph's default HTTP pipeline (retries, redirects, compression)
     * @throws IllegalArgumentException when the base URL is not absolute, or is {@code http} on a
     *     non-loopback host
     */
    public static GraphServiceClient create(URI baseUrl, Supplier<String> accessToken) {
        URI base = checked(baseUrl);
        return create(base, new BearerTokenAuthentication(base, accessToken));
    }

    /**
     * Builds a client with any Kiota authentication provider, e.g. azure-identity's through
     * {@code com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider}.
     *
     * @param baseUrl the Graph base URL including the version
     * @param authentication adds credentials to each request
     * @return the client, with Graph's default HTTP pipeline
     * @throws IllegalArgumentException when the base URL is not absolute, or is {@code http} on a
     *     non-loopback host
     */
    public static GraphServiceClient create(URI baseUrl, AuthenticationProvider authentication) {
        URI base = checked(baseUrl);
        GraphServiceClient client = new GraphServiceClient(Objects.requireNonNull(authentication, "authentication"));
        client.getRequestAdapter().setBaseUrl(text(base));
        return client;
    }

    /**
     * Builds a client on the caller's OkHttp client (proxy, timeouts, connection pool). Graph's
     * middleware (retries on 429 and 503, redirects) is only there if the caller built the client
     * with {@code com.microsoft.graph.core.requests.GraphClientFactory}.
     *
     * @param baseUrl the Graph base URL including the version
     * @param authentication adds credentials to each request
     * @param httpClient the HTTP client to send with
     * @return the client
     * @throws IllegalArgumentException when the base URL is not absolute, or is {@code http} on a
     *     non-loopback host
     */
    public static GraphServiceClient create(URI baseUrl, AuthenticationProvider authentication,
            OkHttpClient httpClient) {
        URI base = checked(baseUrl);
        GraphServiceClient client = new GraphServiceClient(Objects.requireNonNull(authentication, "authentication"),
                Objects.requireNonNull(httpClient, "httpClient"));
        client.getRequestAdapter().setBaseUrl(text(base));
        return client;
    }

    private static URI checked(URI baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("The Graph base URL must be an absolute http(s) URL, e.g. "
                    + MICROSOFT_GRAPH_V1 + ": " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The Graph base URL must not carry user info, a query or a fragment");
        }
        if (scheme.equals("http") && !loopback(baseUrl.getHost())) {
            throw new IllegalArgumentException("The Graph base URL must use https (http only on a loopback address): "
                    + baseUrl.getHost());
        }
        return baseUrl;
    }

    /** Literal loopback addresses and {@code localhost} only, so that no name is ever resolved here. */
    private static boolean loopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.equals("[::1]") || host.equals("::1")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static String text(URI base) {
        String s = base.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
