package io.teamsdr.testkit.internal;

import java.io.IOException;

/**
 * A request the HTTP layer refuses before (or while) a route sees it: malformed, too large, or too
 * slow. It carries the status to answer; the connection is closed after the answer, since what
 * follows on it can no longer be trusted to start a request.
 */
final class ProtocolException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String method;
    private final String target;

    ProtocolException(int status, String reason) {
        this(status, reason, null, null);
    }

    private ProtocolException(int status, String reason, String method, String target) {
        super(reason, null);
        this.status = status;
        this.method = method;
        this.target = target;
    }

    /** The same refusal, knowing what the request line said (for the journal). */
    ProtocolException about(String requestMethod, String requestTarget) {
        return new ProtocolException(status, getMessage(), requestMethod, requestTarget);
    }

    /** The request's method, {@code null} when the request line could not be read. */
    String method() {
        return method;
    }

    /** The request target as sent (possibly only its start), {@code null} when unknown. */
    String target() {
        return target;
    }

    int status() {
        return status;
    }

    String reason() {
        return getMessage();
    }
}
