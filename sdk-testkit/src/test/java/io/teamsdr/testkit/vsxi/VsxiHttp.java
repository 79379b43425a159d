package io.teamsdr.testkit.vsxi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A raw {@code java.net.http} client for the fake, so the server is tested on the wire exactly as
 * any client would see it.
 */
final class VsxiHttp {

    static final String CSV = "text/csv; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI root;
    private final String authorization;

    VsxiHttp(FakeVsxiServer server) {
        this(server.baseUrl(), server.username(), server.password());
    }

    VsxiHttp(URI root, String user, String password) {
        this.root = root;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An answer with its body as bytes, decoded on demand. */
    record Answer(int status, HttpResponse<byte[]> response) {
        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + text(), e);
            }
        }

        byte[] bytes() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        Map<String, String> zip() {
            return unzip(response.body());
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer postCsv(String path, String csv) {
        return csv("POST", path, csv.getBytes(StandardCharsets.UTF_8));
    }

    Answer deleteCsv(String path, String csv) {
        return csv("DELETE", path, csv.getBytes(StandardCharsets.UTF_8));
    }

    Answer csv(String method, String path, byte[] body) {
        return send(request(path).header("Content-Type", CSV)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(root + path)).header("Authorization", authorization);
    }

    HttpRequest.Builder unauthenticated(String path) {
        return HttpRequest.newBuilder(URI.create(root + path));
    }

    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
