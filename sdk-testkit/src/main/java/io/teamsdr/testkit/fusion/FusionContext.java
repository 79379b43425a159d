package io.teamsdr.testkit.fusion;

import java.time.Clock;
import java.time.Duration;

/**
 * Server-wide settings the endpoints read: the clock, token lifetimes, continuation tokens and how
 * resource account changes settle. Immutable.
 */
record FusionContext(Clock clock, Duration accessTokenLifetime, Duration refreshTokenLifetime,
        ContinuationTokens continuationTokens, Duration resourceAccountSettleAfter,
        int resourceAccountSettleListCalls) {
}
