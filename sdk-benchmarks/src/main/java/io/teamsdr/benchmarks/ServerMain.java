package io.teamsdr.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.teamsdr.testkit.fusion.FakeFusionServer;
import io.teamsdr.testkit.fusion.FusionDemo;
import io.teamsdr.testkit.fusion.FusionSeed;
import io.teamsdr.testkit.vsxi.FakeVsxiServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one server ({@link ServerKind}) in this process until its standard input closes, so that the
 * client being measured has its process, heap and allocation figures to itself. Prints one line
 * {@code READY <endpoint JSON>} once the server answers.
 *
 * <p>Arguments: the kind, then for {@link ServerKind#FUSION_LARGE} the user count, for
 * {@link ServerKind#FUSION_PAGES} the user count and the page size, for
 * {@link ServerKind#WIREMOCK} the file holding the JSON of the GET status answer, the path to
 * serve it at and optionally the request journal's cap.
 */
public final class ServerMain {
    /** The tenant id seeded into the VSXi fake; uploaded users belong to it. */
    public static final String VSXI_TENANT = "1001";
    /** The printed prefix of the endpoint line. */
    public static final String READY = "READY ";

    private ServerMain() {
    }

    /**
     * Starts the server and serves until standard input reaches its end.
     *
     * @param args the kind and its arguments
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        // Without it the JDK HttpServer answers many requests only after the client's delayed ACK
        // (~40 ms): headers and body go out as separate writes. Read once, before the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ServerKind kind = ServerKind.valueOf(args[0]);
        ObjectMapper json = new ObjectMapper();
        PrintStream out = System.out;
        switch (kind) {
            case FUSION_DEMO -> {
                try (FakeFusionServer fusion = FakeFusionServer.builder().seed(FusionSeed.demo()).start()) {
                    out.println(READY + json.writeValueAsString(fusionEndpoint(kind, fusion,
                            fusion.userIdByUpn(FusionDemo.THOMAS_UPN).orElseThrow())));
                    awaitEndOfInput();
                }
            }
            case FUSION_LARGE -> {
                int users = Integer.parseInt(args[1]);
                try (FakeFusionServer fusion = FakeFusionServer.builder().seed(LargeTenants.fusion(users)).start()) {
                    out.println(READY + json.writeValueAsString(fusionEndpoint(kind, fusion,
                            fusion.userIdByUpn(LargeTenants.upn(0)).orElseThrow())));
                    awaitEndOfInput();
                }
            }
            case FUSION_PAGES -> {
                try (PagedReplayServer pages = PagedReplayServer.render(Integer.parseInt(args[1]),
                        Integer.parseInt(args[2]))) {
                    out.println(READY + json.writeValueAsString(pages.endpoint()));
                    awaitEndOfInput();
                }
            }
            case FIXED -> {
                try (ReplayServer replay = ReplayServer.recordFrom(FusionSeed.demo())) {
                    out.println(READY + json.writeValueAsString(replay.endpoint()));
                    awaitEndOfInput();
                }
            }
            case WIREMOCK -> {
                String body = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
                WireMockServer wireMock = startWireMock(args[2], body, args.length > 3 ? Integer.parseInt(args[3]) : 0);
                try {
                    out.println(READY + json.writeValueAsString(new Endpoint(kind.name(), wireMock.baseUrl(), "", "",
                            "", "", 0, "", 0, ProcessHandle.current().pid())));
                    awaitEndOfInput();
                } finally {
                    wireMock.stop();
                }
            }
            case VSXI -> {
                try (FakeVsxiServer vsxi = LargeTenants.vsxi()) {
                    out.println(READY + json.writeValueAsString(new Endpoint(kind.name(), vsxi.baseUrl().toString(),
                            vsxi.password(), vsxi.username(), "", VSXI_TENANT, 0, "", 0, ProcessHandle.current().pid())));
                    awaitEndOfInput();
                }
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    /**
     * Starts WireMock the way its documentation shows, with one stub answering the status path.
     *
     * @param path the path of GET status
     * @param body the JSON to answer with
     * @param journalCap the request journal's maximum length, as the fake's is bounded; 0 for
     *     WireMock's default, an unbounded journal
     * @return the running server
     */
    public static WireMockServer startWireMock(String path, String body, int journalCap) {
        WireMockConfiguration options = WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort();
        if (journalCap > 0) {
            options.maxRequestJournalEntries(journalCap);
        }
        WireMockServer wireMock = new WireMockServer(options);
        wireMock.start();
        wireMock.stubFor(WireMock.get(WireMock.urlEqualTo(path)).willReturn(WireMock.okJson(body)));
        return wireMock;
    }

    static Endpoint fusionEndpoint(ServerKind kind, FakeFusionServer fusion, String userId) {
        return new Endpoint(kind.name(), fusion.baseUrl().toString(), fusion.adminToken(), "", fusion.draasInstance(),
                fusion.tenantUuid(), fusion.subscriptionId(), userId, fusion.userCount(), ProcessHandle.current().pid());
    }

    private static void awaitEndOfInput() throws IOException {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // The parent never writes; the loop only waits for it to close the pipe or die.
            continue;
        }
    }
}
