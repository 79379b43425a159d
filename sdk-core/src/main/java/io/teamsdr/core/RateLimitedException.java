package io.teamsdr.core;

/**
 * The server refused the call because of its rate limit (HTTP 429) and the retries allowed for it
 * were used up. {@link #retryAfter()} tells how long the server asked to wait.
 */
public class RateLimitedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param details what the call and the server said
     */
    public RateLimitedException(ErrorDetails details) {
        super(details, "Slow down: wait for Retry-After, lower concurrency, or enable a client-side rate limit.");
    }
}
