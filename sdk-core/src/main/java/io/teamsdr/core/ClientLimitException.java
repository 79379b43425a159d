package io.teamsdr.core;

/**
 * A limit of the client itself, not the server's, stopped the call before its next attempt was sent:
 * the {@linkplain ConcurrencyLimitException concurrency limit} or the
 * {@linkplain ClientRateLimitException client-side rate limit}. The attempt it stopped never reached
 * the server, so repeating the call later is harmless.
 */
public abstract class ClientLimitException extends CallException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param context the request side of the call; attempts counts those sent before the limit stopped it
     * @param message what happened and what to do about it
     */
    protected ClientLimitException(RequestContext context, String message) {
        super(context, message, null);
    }
}
