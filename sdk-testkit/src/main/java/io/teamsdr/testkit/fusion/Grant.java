package io.teamsdr.testkit.fusion;

import java.time.Instant;
import java.util.Set;

/**
 * What a bearer token grants. {@code expiresAt} is {@code null} for tokens that never expire;
 * {@code refreshOf} links an access token to the refresh token it came from, so logout can revoke
 * both.
 */
record Grant(Kind kind, String username, Set<String> roles, Instant expiresAt, String refreshOf) {

    /** Token kinds. */
    enum Kind { ACCESS, REFRESH }

    Grant {
        roles = Set.copyOf(roles);
    }

    boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
