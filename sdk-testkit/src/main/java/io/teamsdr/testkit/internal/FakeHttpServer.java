package io.teamsdr.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.teamsdr.testkit.FaultEffect;
import io.teamsdr.testkit.Faults;
import io.teamsdr.testkit.RecordedRequest;
import io.teamsdr.testkit.RequestJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP layer shared by the fakes: an HTTP/1.1 server of its own on a loopback address, a
 * {@link RouteTable}, fault injection and the request journal. It guarantees the fakes' common
 * behaviour: unknown path 404, wrong method 405 with {@code Allow}, malformed JSON 400, any other
 * failure a JSON 500 without a stack trace; every request journaled (secrets masked) before its
 * answer is sent, so a test sees the entry as soon as it has the answer.
 *
 * <p>It speaks the protocol itself (rather than through the JDK's {@code com.sun.net.httpserver})
 * so that every answer, including those to requests the protocol refuses, has the faked API's
 * error shape: a malformed request line, target or escape 400, a request line too long 414,
 * header fields too large 431, a body over the cap 413, a stalled head or body 408, another HTTP
 * version 505, an unknown transfer coding 501 (limits in {@link HttpLimits}, all fake-only).
 * Each connection is served on a thread of its own (from {@link FakeThreads}, shared by every fake
 * in the JVM), so a client that stalls holds only its own connection, and only until its timeout.
 */
public final class FakeHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeHttpServer.class);

    private final String name;
    private final RouteTable routes;
    private final RequestJournal journal;
    private final Faults faults;
    private final ErrorFormat errorFormat;
    private final Guard guard;
    private final HttpLimits limits;
    private final List<String> apiBase;
    private final String apiBasePath;
    private final ServerSocket serverSocket;
    private final Semaphore connectionSlots;
    private final AtomicInteger connectionNumber = new AtomicInteger();
    private final Set<Serving> open = ConcurrentHashMap.newKeySet();
    private final Exchanges exchanges = new Exchanges();
    private ScheduledFuture<?> watchdog;
    private volatile boolean closed;

    /**
     * Checks every request before routing, so a refusal (such as a missing credential) wins over
     * 404 and 405 the way a real server's security layer does.
     */
    @FunctionalInterface
    public interface Guard {

        /**
         * Checks a request.
         *
         * @param request the request; its body is still unread
         * @return the answer refusing the request, empty to let it through
         */
        Optional<Response> check(Request request);
    }

    private FakeHttpServer(Builder b) throws IOException {
        this.name = b.name;
        this.routes = Objects.requireNonNull(b.routes, "routes");
        this.journal = b.journal;
        this.faults = b.faults;
        this.errorFormat = b.errorFormat;
        this.guard = b.guard;
        this.limits = b.limits;
        this.apiBasePath = b.apiBase;
        this.apiBase = b.apiBase.isEmpty() ? List.of() : List.of(b.apiBase.substring(1).split("/"));
        this.serverSocket = new ServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName(b.host), b.port), 128);
        this.connectionSlots = new Semaphore(limits.maxConnections());
    }

    private void start() {
        long period = Math.max(10, Math.min(1000, limits.writeTimeout().toMillis() / 4));
        watchdog = Watchdog.TIMER.scheduleAtFixedRate(this::closeStuckWrites, period, period, TimeUnit.MILLISECONDS);
        FakeThreads.run("fake-" + name + "-acceptor", this::acceptLoop);
    }

    /**
     * Starts configuring a server.
     *
     * @param name short name used in thread names and logs, e.g. {@code fusion}
     * @return the builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The base URL, e.g. {@code http://127.0.0.1:54321}, without a trailing slash (and without
     * the API base path).
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return URI.create("http://" + serverSocket.getInetAddress().getHostAddress() + ":" + serverSocket.getLocalPort());
    }

    /**
     * The bound port.
     *
     * @return the port
     */
    public int port() {
        return serverSocket.getLocalPort();
    }

    /**
     * The journal of this server.
     *
     * @return the journal
     */
    public RequestJournal journal() {
        return journal;
    }

    /**
     * The fault rules of this server.
     *
     * @return the rules
     */
    public Faults faults() {
        return faults;
    }

    /** Stops accepting connections and closes the open ones; requests in flight are cut. */
    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            LOG.debug("Fake {} could not close its listening socket: {}", name, e.toString());
        }
        open.forEach(Serving::stop);
        if (watchdog != null) {
            watchdog.cancel(false);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
                socket.setTcpNoDelay(true);
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("Fake {} failed to accept a connection: {}", name, e.toString());
                }
                continue;
            }
            HttpConnection connection = new HttpConnection(socket, limits, exchanges, journal.maxBodyChars());
            if (!connectionSlots.tryAcquire()) {
                connection.refuseAndClose(errorFormat.render(503, null, "Fake " + name + " is serving "
                        + limits.maxConnections() + " connections already; retry later"));
                continue;
            }
            Serving serving = new Serving(connection);
            open.add(serving);
            FakeThreads.run("fake-" + name + "-" + connectionNumber.incrementAndGet(), () -> {
                try {
                    serving.run();
                } finally {
                    open.remove(serving);
                    connectionSlots.release();
                }
            });
        }
    }

    /** A socket write has no timeout: a client that stops reading an answer is cut off here. */
    private void closeStuckWrites() {
        long now = System.nanoTime();
        long limit = limits.writeTimeout().toNanos();
        for (Serving serving : open) {
            long since = serving.connection.writingSince();
            if (since != 0 && now - since > limit) {
                LOG.debug("Fake {} closes a connection whose client stopped reading", name);
                serving.connection.abort();
            }
        }
    }

    /**
     * A connection and the pooled thread serving it. Closing the fake closes the socket and
     * interrupts the thread (a handler may be sleeping out a fault's delay), but only while the thread
     * still serves this connection: once given back, it may already serve another fake.
     */
    private static final class Serving {
        private final HttpConnection connection;
        private Thread thread;

        Serving(HttpConnection connection) {
            this.connection = connection;
        }

        void run() {
            synchronized (this) {
                thread = Thread.currentThread();
            }
            try {
                connection.run();
            } finally {
                synchronized (this) {
                    thread = null;
                }
                // An interrupt from stop() that came after the connection ended must not reach the next task.
                Thread.interrupted();
            }
        }

        void stop() {
            connection.abort();
            synchronized (this) {
                if (thread != null) {
                    thread.interrupt();
                }
            }
        }
    }

    /** The fake's side of each exchange: faults, guard, routing, handler, journal. */
    private final class Exchanges implements HttpConnection.Server {

        @Override
        public Response serve(HttpConnection.Incoming incoming) {
            RequestHead head = incoming.head();
            String method = head.method();
            RequestTarget target = incoming.target();
            String fullPath = target.displayPath();
            boolean insideApi = target != RequestTarget.ASTERISK && startsWithBase(target.segments());
            List<String> segments = insideApi ? target.segments().subList(apiBase.size(), target.segments().size())
                    : List.of();
            String basePath = insideApi ? apiBasePath : "";
            String path = insideApi ? RequestTarget.display(segments) : fullPath;
            String rawQuery = target.rawQuery();
            RequestBody body = incoming.body();

            RouteTable.Lookup lookup = insideApi ? routes.lookup(method, segments) : RouteTable.noMatch();
            String route = lookup.routeName(method).orElse(null);
            Optional<FaultEffect> fault = faults.evaluate(method, path, fullPath);
            String faultName = fault.map(FaultEffect::description).orElse(null);

            if (fault.isPresent() && !fault.get().delay().isZero()) {
                sleep(fault.get().delay().toMillis());
            }
            if (fault.isPresent() && fault.get().dropsBeforeHandler()) {
                journal.record(method, basePath, path, rawQuery, head.headers(), body.forJournal(), body.size(),
                        RecordedRequest.NO_RESPONSE, route, faultName);
                return null;
            }
            Response response;
            if (fault.isPresent() && fault.get().replacesHandler()) {
                FaultEffect f = fault.get();
                response = f.body().isEmpty()
                        ? Response.empty(f.status())
                        : Response.bytes(f.status(), "application/json", f.body().getBytes(StandardCharsets.UTF_8));
            } else {
                response = dispatch(lookup, method, path, fullPath, rawQuery, head.headers(), body);
            }
            if (fault.isPresent()) {
                FaultEffect f = fault.get();
                if (f.dropsAfterHandler()) {
                    journal.record(method, basePath, path, rawQuery, head.headers(), body.forJournal(), body.size(),
                            RecordedRequest.NO_RESPONSE, route, faultName);
                    return null;
                }
                if (f.malformed()) {
                    response = corrupt(response);
                }
                for (Map.Entry<String, String> h : f.headers().entrySet()) {
                    response = response.withHeader(h.getKey(), h.getValue());
                }
            }
            RecordedRequest entry = journal.record(method, basePath, path, rawQuery, head.headers(), body.forJournal(),
                    body.size(), response.status(), route, faultName);
            return response.withHeader("X-Request-Id", name + "-" + entry.sequence());
        }

        @Override
        public Response refuse(ProtocolException refusal, RequestHead head) {
            Response response = errorFormat.render(refusal.status(), null, refusal.reason());
            String method = head != null ? head.method() : refusal.method();
            String target = head != null ? head.target() : refusal.target();
            if (method == null && target == null) {
                return response;
            }
            RecordedRequest entry = journal.record(method == null ? "" : method, "", target == null ? "" : target,
                    null, head == null ? Map.of() : head.headers(), new byte[0], 0, refusal.status(), null, null);
            return response.withHeader("X-Request-Id", name + "-" + entry.sequence());
        }
    }

    private boolean startsWithBase(List<String> segments) {
        if (segments.size() < apiBase.size()) {
            return false;
        }
        for (int i = 0; i < apiBase.size(); i++) {
            if (!apiBase.get(i).equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private Response dispatch(RouteTable.Lookup lookup, String method, String path, String fullPath, String rawQuery,
            Map<String, List<String>> headers, RequestBody body) {
        Request request = new Request(method, path, lookup.pathParams(), QueryString.parse(rawQuery),
                headers, body);
        Optional<Response> refused = guard.check(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!lookup.pathKnown()) {
            return errorFormat.render(404, null, "No resource at " + method + " " + fullPath);
        }
        if (lookup.handler() == null) {
            return errorFormat.render(405, null, "Method " + method + " not allowed on " + lookup.template()
                    + "; allowed: " + String.join(", ", lookup.allowedMethods()))
                    .withHeader("Allow", String.join(", ", lookup.allowedMethods()));
        }
        try {
            return lookup.handler().handle(request);
        } catch (HttpError e) {
            Response error = errorFormat.render(e.status(), e.code(), e.reason());
            return e.status() == 401 ? error.withHeader("WWW-Authenticate", "Bearer") : error;
        } catch (JsonProcessingException e) {
            return errorFormat.render(400, null, "Malformed JSON: " + e.getOriginalMessage());
        } catch (UncheckedIOException e) {
            LOG.debug("Fake {} could not read the body of {} {}: {}", name, method, path, e.toString());
            return errorFormat.render(400, null, "The request body could not be read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return errorFormat.render(503, null, "Fake server is shutting down");
        } catch (Exception | StackOverflowError e) {
            LOG.error("Fake {} failed on {} {}", name, method, lookup.template(), e);
            return errorFormat.render(500, null, "Internal error in the fake server ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** Cuts the body in half so it ends inside a value; an empty answer becomes a 200 with a stray brace. */
    private static Response corrupt(Response response) {
        byte[] body = response.bodyUnsafe();
        if (body.length < 2) {
            return Response.bytes(response.status() == 204 ? 200 : response.status(), "application/json",
                    "{\"".getBytes(StandardCharsets.UTF_8));
        }
        byte[] half = new byte[body.length / 2];
        System.arraycopy(body, 0, half, 0, half.length);
        return response.withBody(half);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One daemon thread for every server's write watchdog. */
    private static final class Watchdog {
        static final ScheduledThreadPoolExecutor TIMER = timer();

        private static ScheduledThreadPoolExecutor timer() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "teamsdr-fake-watchdog");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }

    /** Configures a {@link FakeHttpServer}. */
    public static final class Builder {
        private final String name;
        private String host = "127.0.0.1";
        private int port;
        private HttpLimits limits = HttpLimits.defaults();
        private String apiBase = "";
        private RouteTable routes;
        private RequestJournal journal = new RequestJournal();
        private Faults faults = new Faults();
        private ErrorFormat errorFormat = ErrorFormat.ERROR_CODE_REASON;
        private Guard guard = request -> Optional.empty();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * The address to bind; loopback by default so a test fake is never reachable from outside.
         *
         * @param bindHost host name or IP
         * @return this builder
         */
        public Builder host(String bindHost) {
            this.host = Objects.requireNonNull(bindHost, "bindHost");
            return this;
        }

        /**
         * The port; 0 (the default) picks a free one.
         *
         * @param bindPort port number
         * @return this builder
         */
        public Builder port(int bindPort) {
            if (bindPort < 0 || bindPort > 65535) {
                throw new IllegalArgumentException("port out of range: " + bindPort);
            }
            this.port = bindPort;
            return this;
        }

        /**
         * The protocol limits and timeouts ({@link HttpLimits#defaults()} by default).
         *
         * @param httpLimits the limits
         * @return this builder
         */
        public Builder limits(HttpLimits httpLimits) {
            this.limits = Objects.requireNonNull(httpLimits, "httpLimits");
            return this;
        }

        /**
         * The path below which the API lives, e.g. {@code /SSConfig/webresources}; routes, fault
         * rules and journal paths are relative to it. Empty (the default) for an API at the root.
         *
         * @param basePath the base, starting with {@code /} and not ending with one, or empty
         * @return this builder
         */
        public Builder apiBase(String basePath) {
            Objects.requireNonNull(basePath, "basePath");
            if (!basePath.isEmpty() && (!basePath.startsWith("/") || basePath.endsWith("/"))) {
                throw new IllegalArgumentException("An API base starts with '/' and does not end with one: " + basePath);
            }
            this.apiBase = basePath;
            return this;
        }

        /**
         * The routes.
         *
         * @param table the route table
         * @return this builder
         */
        public Builder routes(RouteTable table) {
            this.routes = table;
            return this;
        }

        /**
         * The journal to record into.
         *
         * @param requestJournal the journal
         * @return this builder
         */
        public Builder journal(RequestJournal requestJournal) {
            this.journal = Objects.requireNonNull(requestJournal, "requestJournal");
            return this;
        }

        /**
         * The fault rules to apply.
         *
         * @param faultRules the rules
         * @return this builder
         */
        public Builder faults(Faults faultRules) {
            this.faults = Objects.requireNonNull(faultRules, "faultRules");
            return this;
        }

        /**
         * The error body shape of the faked API.
         *
         * @param format the format
         * @return this builder
         */
        public Builder errorFormat(ErrorFormat format) {
            this.errorFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * A check run on every request before routing; none by default.
         *
         * @param requestGuard the check
         * @return this builder
         */
        public Builder guard(Guard requestGuard) {
            this.guard = Objects.requireNonNull(requestGuard, "requestGuard");
            return this;
        }

        /**
         * Binds and starts the server.
         *
         * @return the running server
         * @throws UncheckedIOException when the address cannot be bound
         */
        public FakeHttpServer start() {
            try {
                FakeHttpServer s = new FakeHttpServer(this);
                s.start();
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start fake " + name + " on " + host + ":" + port, e);
            }
        }
    }
}
