package io.teamsdr.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second a server answers to lean clients: each client keeps one HTTP/1.1 connection
 * and sends the same GET back to back over a raw socket, as {@code wrk} does, so nearly all the CPU
 * of a small machine goes to the server being measured. {@link LoadRun} does the same with one
 * {@code java.net.http.HttpClient} per client, whose own cost per request (about 0.8 ms of CPU here)
 * caps how far apart two servers can come on the same cores.
 *
 * <p>Arguments: URL, Authorization header value, clients, warm-up seconds, measured seconds, server pid.
 */
public final class RawLoadRun {
    private RawLoadRun() {
    }

    /**
     * Runs the load.
     *
     * @param args URL, authorization, clients, warm-up seconds, measured seconds, server pid
     * @throws Exception when a client cannot connect
     */
    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String authorization = args[1];
        int clients = Integer.parseInt(args[2]);
        long warmupNanos = (long) (Double.parseDouble(args[3]) * 1e9);
        long measureNanos = (long) (Double.parseDouble(args[4]) * 1e9);
        long serverPid = Long.parseLong(args[5]);
        byte[] request = ("GET " + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery())
                + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort() + "\r\nAccept: application/json\r\n"
                + "Authorization: " + authorization + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        AtomicLong answered = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long measureTo = measureFrom + measureNanos;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                Connection connection = null;
                long now;
                while ((now = System.nanoTime()) < measureTo) {
                    boolean counted = now >= measureFrom;
                    try {
                        if (connection == null) {
                            connection = new Connection(url);
                        }
                        int status = connection.exchange(request);
                        if (counted && System.nanoTime() <= measureTo) {
                            (status == 200 ? answered : errors).incrementAndGet();
                        }
                    } catch (IOException failure) {
                        if (counted) {
                            errors.incrementAndGet();
                        }
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            }, "raw-load-" + i);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
        double serverCpuAtStart = ProcessCpu.millisOf(serverPid);
        double clientCpuAtStart = ProcessCpu.millis();
        for (Thread thread : threads) {
            thread.join();
        }
        double serverCpu = ProcessCpu.millisOf(serverPid) - serverCpuAtStart;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("answered", answered.get());
        figures.put("errors", errors.get());
        figures.put("requestsPerSecond", answered.get() / (measureNanos / 1e9));
        figures.put("serverCpuMs", serverCpu);
        figures.put("serverCpuMsPerRequest", serverCpu / answered.get());
        figures.put("clientCpuMs", ProcessCpu.millis() - clientCpuAtStart);
        ChildJvm.printResult(figures);
    }

    /** One kept-alive connection; reads answers framed by Content-Length or chunked encoding. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] sink = new byte[8192];

        Connection(URI url) throws IOException {
            socket = new Socket(url.getHost(), url.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            String header;
            while (!(header = line()).isEmpty()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    close = value.equalsIgnoreCase("close");
                }
            }
            if (chunked) {
                long size;
                while ((size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    continue;
                }
            } else if (length >= 0) {
                skip(length);
            }
            if (close || (!chunked && length < 0)) {
                throw new IOException("the server closes the connection; the load needs keep-alive");
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            while (bytes > 0) {
                int n = in.read(sink, 0, (int) Math.min(sink.length, bytes));
                if (n < 0) {
                    throw new IOException("connection closed inside a body");
                }
                bytes -= n;
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder(64);
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that was asked.
            }
        }
    }
}
