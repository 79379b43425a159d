package io.teamsdr.core.event;

/** Why a call is tried again. */
public enum RetryReason {
    /** The server answered 429 Too Many Requests. */
    RATE_LIMITED,
    /** The server answered with a retryable status: 408, 502, 503 or 504. */
    RETRYABLE_STATUS,
    /** No answer: the connection failed, was reset or refused. */
    CONNECTION_FAILURE,
    /** The attempt timed out. */
    TIMEOUT,
    /** The server answered 401 and the credentials were refreshed. */
    UNAUTHORIZED_REFRESHED
}
