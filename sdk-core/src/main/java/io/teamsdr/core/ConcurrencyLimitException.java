package io.teamsdr.core;

import java.time.Duration;

/**
 * Every request slot of the client's {@linkplain ClientBuilder#maxConcurrentRequests(int) concurrency
 * limit} stayed taken until the call's timeout expired, so the call's next attempt was never sent.
 */
public class ConcurrencyLimitException extends ClientLimitException {
    private static final long serialVersionUID = 1L;

    private final int limit;

    /**
     * Creates the exception.
     *
     * @param context the request side of the call
     * @param limit the client's concurrency limit
     * @param callTimeout the call timeout that expired while the call waited
     */
    public ConcurrencyLimitException(RequestContext context, int limit, Duration callTimeout) {
        super(context, context.method() + ' ' + context.pathTemplate() + " not sent: all " + limit
                + " request slots of the client's concurrency limit (maxConcurrentRequests) stayed taken for the call"
                + " timeout of " + callTimeout + ". Raise maxConcurrentRequests or the call timeout, or send fewer"
                + " calls at once. " + context.describe());
        this.limit = limit;
    }

    /**
     * Returns the client's concurrency limit.
     *
     * @return the maximum number of requests in flight at once
     */
    public int limit() {
        return limit;
    }
}
