package io.teamsdr.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on a raw socket that misbehaves on purpose: it can stall after the headers, cut
 * a body short, drip it, or close without answering, and it counts the TCP connections and requests
 * it saw. Each request is answered by a script of {@link Action}s, in the order they arrive (the last
 * one repeats). Stalls last until the test ends (the server is closed), never a fixed time.
 */
public final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final Semaphore abandonments = new Semaphore(0);
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Function<Request, Action> script = request -> Action.respond(200, "{}");

    /** One request as the server read it. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body, int connection) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What the server does with a request. */
    @FunctionalInterface
    public interface Action {
        /**
         * Acts on the connection.
         *
         * @return whether the connection stays open for another request
         */
        boolean perform(InputStream in, OutputStream out, RawServer server) throws IOException, InterruptedException;

        /** A complete answer with a JSON body; the connection is kept. */
        static Action respond(int status, String json) {
            return respond(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
        }

        /** A complete answer; the connection is kept. */
        static Action respond(int status, Map<String, String> headers, byte[] body) {
            return (in, out, server) -> {
                writeHead(out, status, headers, body.length);
                out.write(body);
                out.flush();
                return true;
            };
        }

        /**
         * The headers announce {@code length} bytes, then {@code sent} bytes come and the server goes
         * silent until the client gives up (counted in {@link #abandoned()}) or the server closes.
         */
        static Action stallAfter(int status, int length, int sent) {
            return (in, out, server) -> {
                writeHead(out, status, Map.of("Content-Type", "application/octet-stream"), length);
                out.write(new byte[sent]);
                out.flush();
                server.awaitClientGone(in);
                return false;
            };
        }

        /** No answer at all: the server holds the request until the client gives up or the server closes. */
        static Action hold() {
            return (in, out, server) -> {
                server.awaitClientGone(in);
                return false;
            };
        }

        /** The headers announce {@code length} bytes, then {@code sent} bytes come and the connection closes. */
        static Action cutAfter(int status, int length, int sent) {
            return (in, out, server) -> {
                writeHead(out, status, Map.of("Content-Type", "application/json"), length);
                out.write(new byte[sent]);
                out.flush();
                return false;
            };
        }

        /**
         * The headers announce {@code length} bytes; {@code first} of them come at once, the rest after
         * the server waited {@code pause} (a slow link, not a stalled one).
         */
        static Action slowBody(int length, int first, Duration pause) {
            return (in, out, server) -> {
                writeHead(out, 200, Map.of("Content-Type", "application/octet-stream"), length);
                out.write(new byte[first]);
                out.flush();
                Thread.sleep(pause.toMillis());
                out.write(new byte[length - first]);
                out.flush();
                return true;
            };
        }

        /** Closes the connection without a byte of answer. */
        static Action closeWithoutAnswer() {
            return (in, out, server) -> false;
        }
    }

    public RawServer() throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "raw-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers every request with what the function returns for it. */
    public RawServer answering(Function<Request, Action> script) {
        this.script = script;
        return this;
    }

    /** Answers the requests in turn with these actions; the last one repeats. */
    public RawServer answeringInOrder(Action... actions) {
        AtomicInteger next = new AtomicInteger();
        this.script = request -> actions[Math.min(next.getAndIncrement(), actions.length - 1)];
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** TCP connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests whose client closed the connection while the server held or stalled them. */
    public int abandoned() {
        return abandoned.get();
    }

    private void awaitClientGone(InputStream in) throws IOException {
        // Returns when the client closes the connection (end of stream or reset); the server closing ends it too.
        try {
            while (in.read() != -1) {
                // a client sends nothing more on a connection whose answer it awaits
            }
        } catch (IOException reset) {
            // a reset is the client going away as well
        }
        if (closed.getCount() > 0) {
            abandoned.incrementAndGet();
            abandonments.release();
        }
    }

    /** Waits, at most the given time, until the client gives up one more held request. */
    public boolean awaitAbandoned(Duration timeout) throws InterruptedException {
        return abandonments.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                // Heads and bodies are separate writes: with Nagle each answer would wait for the client's delayed ACK.
                connection.setTcpNoDelay(true);
                accepted.add(connection);
                int number = connections.incrementAndGet();
                Thread handler = new Thread(() -> serve(connection, number), "raw-server-" + number);
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closing) {
                return;
            }
        }
    }

    private void serve(Socket connection, int number) {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            while (true) {
                Request request = readRequest(in, number);
                if (request == null) {
                    return;
                }
                requests.add(request);
                if (!script.apply(request).perform(in, out, this)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client went away or the server is closing
        }
    }

    private static Request readRequest(InputStream in, int connection) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return null;
        }
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        } else {
            body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        }
        return new Request(requestLine[0], requestLine[1], headers, body, connection);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                String text = head.toString(StandardCharsets.ISO_8859_1);
                return text.substring(0, text.length() - 4);
            }
        }
        return null;
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                readLine(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    static void writeHead(OutputStream out, int status, Map<String, String> headers, int length) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(length).append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        socket.close();
        for (Socket connection : accepted) {
            connection.close();
        }
    }
}
