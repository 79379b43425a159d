package io.teamsdr.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The floor of {@link StartupRun}: a loopback socket whose accepting thread comes from a pool, as
 * the fakes' do, and that answers every request with the same status JSON and no parsing, routing
 * or journal. What a fake takes beyond this is the fake's; the rest is the client's new connection.
 */
final class FloorServer {
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "floor-server");
        thread.setDaemon(true);
        return thread;
    });

    private FloorServer() {
    }

    static StartupRun.Started start(String json) throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        THREADS.execute(() -> {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    connection.setTcpNoDelay(true);
                    InputStream in = new BufferedInputStream(connection.getInputStream());
                    OutputStream out = connection.getOutputStream();
                    while (readHead(in)) {
                        out.write(head);
                        out.write(body);
                        out.flush();
                    }
                } catch (IOException closed) {
                    // The run closed the socket, or the client went away: serve the next connection, if any.
                }
            }
        });
        return new StartupRun.Started(socket, URI.create("http://" + socket.getInetAddress().getHostAddress() + ":"
                + socket.getLocalPort() + "/msteams/status"), "Bearer floor");
    }

    /** Reads up to the blank line that ends a request head; false at the end of the connection. */
    private static boolean readHead(InputStream in) throws IOException {
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return true;
            }
        }
        return false;
    }
}
