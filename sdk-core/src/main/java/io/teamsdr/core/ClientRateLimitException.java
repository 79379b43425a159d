package io.teamsdr.core;

/**
 * The client-side {@linkplain ClientBuilder#rateLimit(RateLimitOptions) rate limit} gave no permit
 * within its {@link RateLimitOptions#maxWait()}, or not before the call's timeout, so the call's next
 * attempt was never sent.
 */
public class ClientRateLimitException extends ClientLimitException {
    private static final long serialVersionUID = 1L;

    private final RateLimitOptions limit;

    /**
     * Creates the exception.
     *
     * @param context the request side of the call
     * @param limit the client's rate limit
     */
    public ClientRateLimitException(RequestContext context, RateLimitOptions limit) {
        super(context, context.method() + ' ' + context.pathTemplate() + " not sent: the client-side rate limit ("
                + limit.permits() + " per " + limit.period() + ") gave no permit within " + limit.maxWait()
                + " or the call timeout; lower concurrency or raise the limit. " + context.describe());
        this.limit = limit;
    }

    /**
     * Returns the client's rate limit.
     *
     * @return the limit
     */
    public RateLimitOptions limit() {
        return limit;
    }
}
