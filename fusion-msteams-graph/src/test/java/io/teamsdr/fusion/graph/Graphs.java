package io.teamsdr.fusion.graph;

import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.teamsdr.testkit.fusion.FakeFusionServer;

/** A real Graph client for a fake server, as an application would build one. */
final class Graphs {

    private Graphs() {
    }

    static GraphServiceClient client(FakeFusionServer server) {
        return GraphClients.create(server.graph().baseUrl(), server::adminToken);
    }
}
