package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.DeepCopyable;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The whole state of a fake Fusion platform: subscriptions, login accounts and issued tokens. */
final class FusionState implements DeepCopyable<FusionState> {

    /** A pending second login step. */
    record PendingTwoFactor(String username, Instant expiresAt) {
    }

    LinkedHashMap<String, SubscriptionState> subscriptions = new LinkedHashMap<>();
    Map<String, Account> accounts = new LinkedHashMap<>();
    Map<String, Grant> tokens = new HashMap<>();
    Map<String, PendingTwoFactor> pendingTwoFactor = new HashMap<>();
    Set<String> trustedAccounts = new HashSet<>();
    long tokenCounter;
    /** Signs tokens; fixed by the seed and never changed, so copies share it. */
    byte[] secret = new byte[0];

    static String key(String draasInstance, String tenantUuid, int subscriptionId) {
        return draasInstance + "|" + tenantUuid + "|" + subscriptionId;
    }

    @Override
    public FusionState deepCopy() {
        FusionState c = new FusionState();
        subscriptions.forEach((k, v) -> c.subscriptions.put(k, v.copy()));
        c.accounts = new LinkedHashMap<>(accounts);
        c.tokens = new HashMap<>(tokens);
        c.pendingTwoFactor = new HashMap<>(pendingTwoFactor);
        c.trustedAccounts = new HashSet<>(trustedAccounts);
        c.tokenCounter = tokenCounter;
        c.secret = secret;
        return c;
    }
}
