package io.teamsdr.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.teamsdr.testkit.FaultEffect;
import io.teamsdr.testkit.Faults;
import io.teamsdr.testkit.RecordedRequest;
import io.teamsdr.testkit.RequestJournal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP layer shared by the fakes: the JDK's {@code com.sun.net.httpserver} on a loopback
 * address, a {@link RouteTable}, fault injection and the request journal. It guarantees the
 * fakes' common behaviour: unknown path 404, wrong method 405 with {@code Allow}, malformed JSON
 * 400, any other failure a JSON 500 without a stack trace; every request journaled (secrets
 * masked) before its answer is sent, so a test sees the entry as soon as it has the answer.
 */
public final class FakeHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FakeHttpServer.class);

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer
        // then waits for the client's delayed ACK (about 40 ms). The property is read once, when
        // the JDK server's configuration class loads, so it must be set before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String name;
    private final RouteTable routes;
    private final RequestJournal journal;
    private final Faults faults;
    private final ErrorFormat errorFormat;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Guard guard;

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
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(b.host), b.port), 128);
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(b.threads, b.threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "fake-" + name + "-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
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
     * The base URL, e.g. {@code http://127.0.0.1:54321}, without a trailing slash.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /**
     * The bound port.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
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

    /** Stops accepting connections and stops the worker threads; requests in flight are cut. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void exchange(HttpExchange ex) {
        try (ex) {
            serve(ex);
        } catch (IOException | RuntimeException e) {
            // The client went away or the socket broke while answering: nothing left to tell it.
            LOG.debug("Fake {} could not complete an exchange: {}", name, e.toString());
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = ex.getRequestURI();
        String path = uri.getPath() == null ? "/" : uri.getPath();
        String rawQuery = uri.getRawQuery();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        RequestBody body = new RequestBody(ex.getRequestBody(), journal.maxBodyChars());

        RouteTable.Lookup lookup = routes.lookup(method, path);
        String route = lookup.routeName(method).orElse(null);
        Optional<FaultEffect> fault = faults.evaluate(method, path);
        String faultName = fault.map(FaultEffect::description).orElse(null);

        if (fault.isPresent() && !fault.get().delay().isZero()) {
            sleep(fault.get().delay().toMillis());
        }
        if (fault.isPresent() && fault.get().dropsBeforeHandler()) {
            journal.record(method, path, rawQuery, headers, body.forJournal(), body.size(),
                    RecordedRequest.NO_RESPONSE, route, faultName);
            return;
        }
        Response response;
        if (fault.isPresent() && fault.get().replacesHandler()) {
            FaultEffect f = fault.get();
            response = f.body().isEmpty()
                    ? Response.empty(f.status())
                    : Response.bytes(f.status(), "application/json", f.body().getBytes(StandardCharsets.UTF_8));
        } else {
            response = dispatch(lookup, method, path, rawQuery, headers, body);
        }
        if (fault.isPresent()) {
            FaultEffect f = fault.get();
            if (f.dropsAfterHandler()) {
                journal.record(method, path, rawQuery, headers, body.forJournal(), body.size(),
                        RecordedRequest.NO_RESPONSE, route, faultName);
                return;
            }
            if (f.malformed()) {
                response = corrupt(response);
            }
            for (Map.Entry<String, String> h : f.headers().entrySet()) {
                response = response.withHeader(h.getKey(), h.getValue());
            }
        }
        RecordedRequest entry = journal.record(method, path, rawQuery, headers, body.forJournal(), body.size(),
                response.status(), route, faultName);
        send(ex, response.withHeader("X-Request-Id", name + "-" + entry.sequence()));
    }

    private Response dispatch(RouteTable.Lookup lookup, String method, String path, String rawQuery,
            Map<String, List<String>> headers, RequestBody body) {
        Request request = new Request(method, path, lookup.pathParams(), QueryString.parse(rawQuery),
                headers, body);
        Optional<Response> refused = guard.check(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!lookup.pathKnown()) {
            return errorFormat.render(404, null, "No resource at " + method + " " + path);
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

    private static void send(HttpExchange ex, Response response) throws IOException {
        if (response.contentType() != null) {
            ex.getResponseHeaders().set("Content-Type", response.contentType());
        }
        response.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (response.writer() != null) {
            ex.sendResponseHeaders(response.status(), 0);
            try (OutputStream out = ex.getResponseBody()) {
                response.writer().writeTo(out);
            }
            return;
        }
        int length = response.bodyLength();
        ex.sendResponseHeaders(response.status(), length == 0 ? -1 : length);
        if (length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(response.bodyUnsafe());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Configures a {@link FakeHttpServer}. */
    public static final class Builder {
        private final String name;
        private String host = "127.0.0.1";
        private int port;
        private int threads = 32;
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
         * Worker threads; a request delayed by a fault holds one.
         *
         * @param count number of threads, at least 1
         * @return this builder
         */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            this.threads = count;
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
                s.server.start();
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start fake " + name + " on " + host + ":" + port, e);
            }
        }
    }
}
