package io.teamsdr.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One GET to a fake of this process over a plain socket, without loading an HTTP client: the
 * standalone launcher answers one real call per fake before it reports them ready, so the code of
 * a request is loaded and run once while the fakes start side by side, and the first call of the
 * suite does not pay for it.
 */
public final class LoopbackCall {

    private LoopbackCall() {
    }

    /**
     * Sends a GET and reads the answer to its end.
     *
     * @param base the fake's base URL (scheme, host, port)
     * @param path the path and query, e.g. {@code /api/.../status}
     * @param authorization the {@code Authorization} header value
     * @return the status answered
     * @throws IOException when the fake does not answer
     */
    public static int get(URI base, String path, String authorization) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: " + authorization + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readAllBytes();
            if (answer.length < 12) {
                throw new IOException("No HTTP answer from " + base);
            }
            return Integer.parseInt(new String(answer, 9, 3, StandardCharsets.ISO_8859_1));
        }
    }
}
