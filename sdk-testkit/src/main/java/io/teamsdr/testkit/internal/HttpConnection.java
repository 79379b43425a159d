package io.teamsdr.testkit.internal;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection, served on a thread of its own from the first byte to the close: reads a
 * request head within the head timeout, frames the body ({@code Content-Length} or chunked, with
 * {@code Expect: 100-continue}), hands the request to the server, writes the answer, and keeps the
 * connection for the next request when HTTP/1.1 allows it. Everything the protocol refuses is
 * answered by the server in the faked API's error shape, then the connection closes.
 */
final class HttpConnection implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpConnection.class);
    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static volatile CachedDate cachedDate = new CachedDate(0, "");

    /** What the server does with requests; the connection only speaks the protocol. */
    interface Server {

        /**
         * Answers a request.
         *
         * @param request the request, body still on the connection
         * @return the answer, {@code null} to close the connection without answering
         */
        Response serve(Incoming request);

        /**
         * Answers a request the protocol layer refused; the connection closes after it.
         *
         * @param refusal what was wrong
         * @param head the request head when it could be read, else {@code null}
         * @return the answer
         */
        Response refuse(ProtocolException refusal, RequestHead head);
    }

    /**
     * A request whose head was read and checked.
     *
     * @param head method, target and headers as sent
     * @param target the parsed target
     * @param body the body, still to be read from the connection
     */
    record Incoming(RequestHead head, RequestTarget target, RequestBody body) {
    }

    private record CachedDate(long epochSecond, String text) {
    }

    /** How much of a refused request is read and dropped after the answer, so the answer is not lost to a reset. */
    private static final long MAX_LINGER_BYTES = 8L << 20;
    private static final long MAX_LINGER_MILLIS = 2000;

    private final Socket socket;
    private final HttpLimits limits;
    private final Server server;
    private final int captureLimit;
    private SocketOutput output;
    private boolean closingAfterAnswer;

    HttpConnection(Socket socket, HttpLimits limits, Server server, int captureLimit) {
        this.socket = socket;
        this.limits = limits;
        this.server = server;
        this.captureLimit = captureLimit;
    }

    /**
     * When the write now blocked on the socket started, for the watchdog.
     *
     * @return a {@link System#nanoTime()} value, 0 when not writing
     */
    long writingSince() {
        SocketOutput out = output;
        return out == null ? 0 : out.writingSince();
    }

    /** Closes the socket, ending whatever this connection's thread waits for. */
    void abort() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was asked.
        }
    }

    /**
     * Answers without reading a request and closes, for a connection the server has no room for.
     *
     * @param response the answer
     */
    void refuseAndClose(Response response) {
        try (Socket closing = socket) {
            output = new SocketOutput(socket.getOutputStream());
            send(response, false, true);
        } catch (IOException e) {
            LOG.debug("Could not refuse the connection from {}: {}", socket.getRemoteSocketAddress(), e.toString());
        }
    }

    @Override
    public void run() {
        try (Socket closing = socket) {
            HttpInput input = new HttpInput(socket);
            output = new SocketOutput(socket.getOutputStream());
            boolean first = true;
            while (serveOne(input, first)) {
                first = false;
            }
            if (closingAfterAnswer) {
                linger(input);
            }
        } catch (EOFException | SocketTimeoutException ended) {
            // The client went away or stayed silent too long between requests: nothing to answer.
        } catch (IOException | RuntimeException e) {
            LOG.debug("Connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
        }
    }

    /**
     * Closes the sending side, then reads and drops what the client still sends for a short while:
     * closing a socket with unread input resets the connection, and the reset can destroy the
     * answer before the client reads it (a client still sending a 400 KB head would never see its
     * 431).
     */
    private void linger(HttpInput input) {
        try {
            socket.shutdownOutput();
            long millis = Math.min(MAX_LINGER_MILLIS, limits.stallTimeout().toMillis());
            input.phase(java.time.Duration.ofMillis(millis), System.nanoTime() + millis * 1_000_000);
            byte[] sink = new byte[8192];
            long total = 0;
            int n;
            while (total < MAX_LINGER_BYTES && (n = input.read(sink, 0, sink.length)) >= 0) {
                total += n;
            }
        } catch (IOException done) {
            // The client closed, reset or stayed silent: the socket closes now either way.
        }
    }

    /** Serves one request; false when the connection must close. */
    private boolean serveOne(HttpInput input, boolean first) throws IOException {
        if (!input.hasBuffered()) {
            input.phase(first ? limits.headTimeout() : limits.idleTimeout(), 0);
            if (!input.awaitData()) {
                return false;
            }
        }
        input.phase(limits.stallTimeout(), System.nanoTime() + limits.headTimeout().toNanos());
        RequestHead head = null;
        Incoming incoming;
        try {
            head = RequestHead.read(input, limits);
            incoming = frame(input, head);
        } catch (ProtocolException refused) {
            send(server.refuse(refused, head), false, true);
            return false;
        } catch (SocketTimeoutException slow) {
            send(server.refuse(new ProtocolException(408, "The request head did not arrive within "
                    + limits.headTimeout().toMillis() + " ms"), head), false, true);
            return false;
        }
        Response response = server.serve(incoming);
        if (response == null) {
            return false;
        }
        boolean keepAlive = incoming.body().complete() && keepAlive(incoming.head());
        boolean http10 = head.version().equals("HTTP/1.0");
        boolean streamedToHttp10 = response.writer() != null && http10;
        if (keepAlive && http10 && !streamedToHttp10) {
            response = response.withHeader("Connection", "keep-alive");
        }
        send(response, head.method().equals("HEAD"), !keepAlive || streamedToHttp10);
        return keepAlive && !streamedToHttp10;
    }

    /** Checks the head's framing headers and sets up the body. */
    private Incoming frame(HttpInput input, RequestHead head) throws ProtocolException {
        List<String> hosts = head.headers().get("host");
        if (head.version().equals("HTTP/1.1") && (hosts == null || hosts.size() != 1)) {
            throw new ProtocolException(400, hosts == null ? "Missing Host header (required by HTTP/1.1)"
                    : "More than one Host header");
        }
        RequestTarget target = RequestTarget.parse(head.target());
        List<String> encodings = head.headers().get("transfer-encoding");
        List<String> lengths = head.headers().get("content-length");
        String expect = head.header("expect");
        if (expect != null && !expect.equalsIgnoreCase("100-continue")) {
            throw new ProtocolException(417, "Expect: " + expect + " is not supported; only 100-continue is");
        }
        int stallSeconds = (int) Math.max(1, limits.stallTimeout().toSeconds());
        BodyInput body;
        if (encodings != null) {
            if (lengths != null) {
                throw new ProtocolException(400, "Both Transfer-Encoding and Content-Length were sent");
            }
            String all = String.join(",", encodings).strip();
            if (!all.equalsIgnoreCase("chunked")) {
                throw new ProtocolException(501, "Transfer-Encoding " + all + " is not supported; only chunked is");
            }
            body = BodyInput.chunked(input, limits.maxBodyBytes(), stallSeconds, continuation(expect));
        } else if (lengths != null) {
            long length = contentLength(lengths);
            if (length > limits.maxBodyBytes()) {
                throw new ProtocolException(413, "Request body of " + length + " bytes is larger than the cap of "
                        + limits.maxBodyBytes() + " bytes");
            }
            body = length == 0 ? BodyInput.empty(input)
                    : BodyInput.fixed(input, length, stallSeconds, continuation(expect));
        } else {
            body = BodyInput.empty(input);
        }
        input.phase(limits.stallTimeout(), 0);
        return new Incoming(head, target, new RequestBody(body, captureLimit));
    }

    private static long contentLength(List<String> values) throws ProtocolException {
        long length = -1;
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                String digits = part.strip();
                if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new ProtocolException(400, "Malformed Content-Length: " + value);
                }
                long parsed = Long.parseLong(digits);
                if (length >= 0 && parsed != length) {
                    throw new ProtocolException(400, "Conflicting Content-Length values: " + values);
                }
                length = parsed;
            }
        }
        return length;
    }

    /** What to do before the body's first byte is read: a {@code 100 Continue} when the client waits for one. */
    private Runnable continuation(String expect) {
        if (expect == null) {
            return null;
        }
        return () -> {
            try {
                output.write(CONTINUE);
                output.flush();
            } catch (IOException e) {
                abort();
            }
        };
    }

    private static boolean keepAlive(RequestHead head) {
        if (head.headerHasToken("connection", "close")) {
            return false;
        }
        return head.version().equals("HTTP/1.1") || head.headerHasToken("connection", "keep-alive");
    }

    private void send(Response response, boolean headRequest, boolean close) throws IOException {
        closingAfterAnswer = close;
        int status = response.status();
        boolean bodyAllowed = status >= 200 && status != 204 && status != 304;
        SocketOutput out = output;
        out.writeAscii("HTTP/1.1 " + status + " " + reason(status) + "\r\nDate: " + date() + "\r\n");
        if (response.contentType() != null && bodyAllowed) {
            out.writeAscii("Content-Type: " + response.contentType() + "\r\n");
        }
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            out.writeAscii(header.getKey() + ": " + header.getValue() + "\r\n");
        }
        boolean chunked = response.writer() != null && bodyAllowed && !close;
        if (chunked) {
            out.writeAscii("Transfer-Encoding: chunked\r\n");
        } else if (bodyAllowed && response.writer() == null) {
            out.writeAscii("Content-Length: " + response.bodyLength() + "\r\n");
        }
        if (close) {
            out.writeAscii("Connection: close\r\n");
        }
        out.writeAscii("\r\n");
        if (bodyAllowed && !headRequest) {
            if (response.writer() == null) {
                out.write(response.bodyUnsafe(), 0, response.bodyLength());
            } else if (chunked) {
                ChunkedOutput body = new ChunkedOutput(out);
                response.writer().writeTo(body);
                body.finish();
            } else {
                response.writer().writeTo(out);
            }
        }
        out.flush();
    }

    private static String date() {
        long now = System.currentTimeMillis() / 1000;
        CachedDate cached = cachedDate;
        if (cached.epochSecond() != now) {
            cached = new CachedDate(now, HTTP_DATE.format(Instant.ofEpochSecond(now)));
            cachedDate = cached;
        }
        return cached.text();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 417 -> "Expectation Failed";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> "Status " + status;
        };
    }
}
