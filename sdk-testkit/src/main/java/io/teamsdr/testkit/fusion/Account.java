package io.teamsdr.testkit.fusion;

import java.util.Set;

/**
 * A Fusion login account. {@code twoFactor} is {@code null}, {@code email} or {@code totp};
 * {@code m2mToken} is set for machine-to-machine accounts, whose login returns it as is.
 */
record Account(String username, String password, Set<String> roles, String twoFactor, String twoFactorCode,
        String m2mToken) {

    Account {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "Account[" + username + ", roles=" + roles.size() + ", twoFactor=" + twoFactor + "]";
    }
}
