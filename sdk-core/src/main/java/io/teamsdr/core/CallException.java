package io.teamsdr.core;

import java.util.Objects;

/**
 * A call failed after the SDK started it: the server answered with an error, no usable answer came,
 * the answer could not be read, or a client-side limit stopped it. Every such failure carries the same
 * {@link RequestContext}: operation, method, path template, request id and attempts.
 */
public abstract class CallException extends TeamsdrException {
    private static final long serialVersionUID = 1L;

    private final RequestContext context;

    /**
     * Creates the exception.
     *
     * @param context the request side of the call
     * @param message what happened and what to do about it
     * @param cause the underlying failure, or {@code null}
     */
    protected CallException(RequestContext context, String message, Throwable cause) {
        super(message, cause);
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Returns the request side of the failed call.
     *
     * @return the context
     */
    public RequestContext context() {
        return context;
    }

    /**
     * Returns the stable operation name, such as {@code fusion.users.get}.
     *
     * @return the operation name
     */
    public String operation() {
        return context.operation();
    }

    /**
     * Returns the HTTP method of the failed call.
     *
     * @return the method, e.g. {@code PUT}
     */
    public String method() {
        return context.method();
    }

    /**
     * Returns the path template of the failed call, e.g. {@code /msteams/users/{ms_user_id}}.
     *
     * @return the path template
     */
    public String pathTemplate() {
        return context.pathTemplate();
    }

    /**
     * Returns the request id sent with every attempt of the call, to quote when asking the operator for help.
     *
     * @return the request id
     */
    public String requestId() {
        return context.requestId();
    }

    /**
     * Returns how many attempts reached the wire, retries included.
     *
     * @return the attempt count; 0 when nothing was sent
     */
    public int attempts() {
        return context.attempts();
    }
}
