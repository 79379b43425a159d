package io.teamsdr.vsxi.testing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A client pointed at WireMock as at an SBC's REST root, and helpers the tests share. */
public final class Vsxi {
    /** The VSXi REST root below which the Teams paths hang. */
    public static final String ROOT = "/SSConfig/webresources";
    /** The API user. */
    public static final String USER = "api";
    /** The API password, which must never show up in logs or messages. */
    public static final String PASSWORD = "Basic-S3cret!";
    /** The {@code Authorization} header value the client must send. */
    public static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private Vsxi() {
    }

    /** A builder for a client of the WireMock server, whose retries never sleep. */
    public static VsxiTeamsClient.Builder client(WireMockExtension server) {
        return VsxiTeamsClient.builder()
                .endpoint(URI.create(server.baseUrl() + ROOT))
                .credentials(USER, () -> PASSWORD)
                .sleeper(duration -> { });
    }

    /** The full server path of a Teams path. */
    public static String path(String teamsPath) {
        return ROOT + teamsPath;
    }

    /** A ZIP holding text files, in the given order. */
    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
