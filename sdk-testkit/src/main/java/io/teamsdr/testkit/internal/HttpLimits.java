package io.teamsdr.testkit.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * The protocol limits and timeouts of a fake's HTTP layer. None of them comes from the faked APIs'
 * documents: they are the fake's own (fake-only), chosen so that a broken or hostile client gets a
 * clear answer in the API's error shape and never holds the server. A client that stalls costs its
 * own connection's thread for at most {@link #headTimeout()} or {@link #stallTimeout()}, and no other
 * client waits for it.
 *
 * @param maxRequestLineBytes longest request line (method, target, version); longer answers 414
 * @param maxHeaderBytes largest header section (all field lines together); larger answers 431
 * @param maxHeaderCount most header fields; more answers 431
 * @param maxBodyBytes largest request body; larger answers 413 (a route may set a lower cap)
 * @param headTimeout time from the first byte of a request to the end of its head, and from the
 *     connection to the first byte of the first request; exceeded answers 408 and closes
 * @param stallTimeout longest wait for the next byte of a body; exceeded answers 408 and closes
 * @param idleTimeout longest wait for the next request on a kept-alive connection; exceeded closes
 *     it silently, as every HTTP/1.1 server may
 * @param writeTimeout longest time one write of the answer may block on a client that does not read;
 *     exceeded closes the connection
 * @param maxConnections connections served at once, each on a thread of its own; one more is
 *     answered 503 and closed
 */
public record HttpLimits(int maxRequestLineBytes, int maxHeaderBytes, int maxHeaderCount, long maxBodyBytes,
        Duration headTimeout, Duration stallTimeout, Duration idleTimeout, Duration writeTimeout,
        int maxConnections) {

    /** The default body cap: 1 GiB, room for a million-row CSV upload. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 30;

    /** The default cap on connections served at once. */
    public static final int DEFAULT_MAX_CONNECTIONS = 512;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException when a size or count is below 1 or a duration is not positive
     */
    public HttpLimits {
        if (maxRequestLineBytes < 16 || maxHeaderBytes < 16 || maxHeaderCount < 1 || maxBodyBytes < 0
                || maxConnections < 1) {
            throw new IllegalArgumentException("HTTP limits must be positive");
        }
        for (Duration d : new Duration[] {headTimeout, stallTimeout, idleTimeout, writeTimeout}) {
            if (Objects.requireNonNull(d, "timeout").isNegative() || d.isZero()) {
                throw new IllegalArgumentException("HTTP timeouts must be positive: " + d);
            }
        }
    }

    /**
     * The defaults: request line 16 KiB, header section 64 KiB and 100 fields, body 1 GiB, head 5 s,
     * body stall 5 s, keep-alive idle 30 s, blocked write 10 s, 512 connections.
     *
     * @return the defaults
     */
    public static HttpLimits defaults() {
        return new HttpLimits(16 * 1024, 64 * 1024, 100, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10), DEFAULT_MAX_CONNECTIONS);
    }

    /**
     * A copy with other read timeouts, e.g. short ones in a test of a stalling client.
     *
     * @param head see {@link #headTimeout()}
     * @param stall see {@link #stallTimeout()}
     * @return the copy
     */
    public HttpLimits withReadTimeouts(Duration head, Duration stall) {
        return new HttpLimits(maxRequestLineBytes, maxHeaderBytes, maxHeaderCount, maxBodyBytes, head, stall,
                idleTimeout, writeTimeout, maxConnections);
    }

    /**
     * A copy with another write timeout.
     *
     * @param write see {@link #writeTimeout()}
     * @return the copy
     */
    public HttpLimits withWriteTimeout(Duration write) {
        return new HttpLimits(maxRequestLineBytes, maxHeaderBytes, maxHeaderCount, maxBodyBytes, headTimeout,
                stallTimeout, idleTimeout, write, maxConnections);
    }

    /**
     * A copy with another body cap.
     *
     * @param bytes see {@link #maxBodyBytes()}
     * @return the copy
     */
    public HttpLimits withMaxBodyBytes(long bytes) {
        return new HttpLimits(maxRequestLineBytes, maxHeaderBytes, maxHeaderCount, bytes, headTimeout, stallTimeout,
                idleTimeout, writeTimeout, maxConnections);
    }

    /**
     * A copy with another connection cap.
     *
     * @param count see {@link #maxConnections()}
     * @return the copy
     */
    public HttpLimits withMaxConnections(int count) {
        return new HttpLimits(maxRequestLineBytes, maxHeaderBytes, maxHeaderCount, maxBodyBytes, headTimeout,
                stallTimeout, idleTimeout, writeTimeout, count);
    }
}
