package io.teamsdr.testkit.fusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A raw HTTP client for protocol-level tests of the fake, as a user without the SDK would call it. */
final class FusionHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final FakeFusionServer server;
    private String token;

    FusionHttp(FakeFusionServer server) {
        this.server = server;
        this.token = server.adminToken();
    }

    FusionHttp as(String bearer) {
        FusionHttp other = new FusionHttp(server);
        other.token = bearer;
        return other;
    }

    /** A call on the default subscription, e.g. {@code get("/msteams/status")}. */
    Reply get(String subPath) {
        return send("GET", server.subscriptionPath() + subPath, null);
    }

    Reply put(String subPath, String body) {
        return send("PUT", server.subscriptionPath() + subPath, body);
    }

    Reply post(String subPath, String body) {
        return send("POST", server.subscriptionPath() + subPath, body);
    }

    Reply delete(String subPath) {
        return send("DELETE", server.subscriptionPath() + subPath, null);
    }

    Reply send(String method, String absolutePath, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + absolutePath))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A response. */
    record Reply(int status, String body, HttpHeaders headers) {

        JsonNode json() {
            if (body.isEmpty()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        JsonNode at(String pointer) {
            return json().at(pointer);
        }

        int errorCode() {
            return json().at("/error/code").asInt();
        }

        String reason() {
            return json().at("/error/reason").asText();
        }
    }
}
