package io.teamsdr.benchmarks;

/** The servers a benchmark can start in a process of its own with {@link ServerMain}. */
public enum ServerKind {
    /** The {@code FakeFusionServer} with the demo data set (260 users). */
    FUSION_DEMO,
    /** The {@code FakeFusionServer} with one subscription holding a given number of plain users. */
    FUSION_LARGE,
    /**
     * The users list of a tenant of any size, served from pages rendered from the fake's own answer
     * ({@link PagedReplayServer}).
     */
    FUSION_PAGES,
    /**
     * A minimal JDK {@code HttpServer} replaying, byte for byte, the answers the {@code FakeFusionServer}
     * gave to GET user, PUT user and GET status: it isolates the client's cost from the fake's.
     */
    FIXED,
    /** WireMock 3 with one stub answering GET status with the fake's status JSON. */
    WIREMOCK,
    /** The {@code FakeVsxiServer} with one PBX, one service port and one tenant ({@value ServerMain#VSXI_TENANT}). */
    VSXI
}
