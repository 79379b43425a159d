package io.teamsdr.core;

import java.util.Objects;

/**
 * The call got no usable HTTP answer: the connection could not be made or was lost, the answer was
 * cut short, a timeout expired, or the caller interrupted or cancelled the call. Whether the server
 * acted on the request is unknown, except for {@link Kind#CONNECT_FAILED}, where nothing was sent.
 */
public class TransportException extends CallException {
    private static final long serialVersionUID = 2L;

    /** What went wrong. */
    public enum Kind {
        /** No connection could be made (refused, unreachable, connect timeout): nothing was sent. */
        CONNECT_FAILED,
        /** The connection failed or was reset before an answer arrived. */
        NO_ANSWER,
        /** The answer started but the connection closed before its end. */
        CUT_SHORT,
        /** The response, idle or call timeout expired. */
        TIMEOUT,
        /** The calling thread was interrupted. */
        INTERRUPTED,
        /** The caller cancelled the call's future. */
        CANCELLED
    }

    private final Kind kind;
    private final long bytesReceived;

    /**
     * Creates the exception.
     *
     * @param context the request side of the call
     * @param kind what went wrong
     * @param bytesReceived how many bytes of the answer's body had arrived
     * @param cause the underlying failure
     */
    public TransportException(RequestContext context, Kind kind, long bytesReceived, Throwable cause) {
        super(context, describe(context, Objects.requireNonNull(kind, "kind"), bytesReceived, cause), cause);
        this.kind = kind;
        this.bytesReceived = bytesReceived;
    }

    private static String describe(RequestContext context, Kind kind, long bytes, Throwable cause) {
        String call = context.method() + ' ' + context.pathTemplate();
        String what = switch (kind) {
            case CONNECT_FAILED -> call + " failed: could not connect to the server, nothing was sent";
            case NO_ANSWER -> call + " failed: no answer from the server";
            case CUT_SHORT -> call + " failed: the answer was cut after " + bytes + (bytes == 1 ? " byte" : " bytes");
            case TIMEOUT -> call + " timed out";
            case INTERRUPTED -> call + " was interrupted";
            case CANCELLED -> call + " was cancelled by the caller";
        };
        String hint = switch (kind) {
            case CONNECT_FAILED, NO_ANSWER -> "Check the endpoint, network and TLS settings.";
            case CUT_SHORT -> "The server or a proxy closed the connection mid-answer; retry later or check the server's health.";
            case TIMEOUT -> "Raise the response or call timeout, or check the server's health.";
            case INTERRUPTED -> "The calling thread was interrupted, so the call was abandoned.";
            case CANCELLED -> "The call was abandoned.";
        };
        String detail = cause == null ? "" : " (" + causeText(cause) + ")";
        return what + detail + ". " + hint + ' ' + context.describe();
    }

    private static String causeText(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /**
     * Tells what went wrong.
     *
     * @return the kind of failure
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Tells whether a timeout (response, idle or call) ended the call.
     *
     * @return {@code true} for a timeout
     */
    public boolean isTimeout() {
        return kind == Kind.TIMEOUT;
    }

    /**
     * Returns how many bytes of the answer's body had arrived when the call failed.
     *
     * @return the byte count, 0 when no answer started
     */
    public long bytesReceived() {
        return bytesReceived;
    }
}
