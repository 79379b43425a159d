package io.teamsdr.testkit.fusion;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One demo server per test class, reset before each test, as users are told to do. */
abstract class DemoServerTest {

    static FakeFusionServer server;
    FusionHttp http;

    @BeforeAll
    static void startServer() {
        server = FakeFusionServer.builder().seed(FusionSeed.demo()).start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.reset();
        http = new FusionHttp(server);
    }

    static String userId(String upn) {
        return server.userIdByUpn(upn).orElseThrow();
    }
}
