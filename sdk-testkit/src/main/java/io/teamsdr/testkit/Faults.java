package io.teamsdr.testkit;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The fault rules of one fake server. Example:
 *
 * <pre>{@code
 * server.faults().on("GET", "/api/**}{@code /msteams/status")
 *       .times(2).respond(503, "{\"error\":{\"code\":503,\"reason\":\"busy\"}}")
 *       .retryAfter(Duration.ofSeconds(1));
 * }</pre>
 *
 * Rules are checked in the order they were added; on each call every matching rule counts the
 * call and the first one that fires applies. Thread-safe; {@link #clear()} runs on every reset.
 */
public final class Faults {

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

    /** Creates an empty rule set. */
    public Faults() {
    }

    /**
     * Adds a rule for requests whose path matches a glob.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathGlob a {@link PathPattern#glob glob} such as
     *     {@code /api/v01/draas/*}{@code /tenants/*}{@code /subscriptions/*}{@code /msteams/users/*}
     * @return the new rule, already active (fires on every call, answering 500, until configured)
     */
    public FaultRule on(String method, String pathGlob) {
        return add(new FaultRule(this, method, PathPattern.glob(pathGlob)));
    }

    /**
     * Adds a rule for requests whose whole path matches a regular expression.
     *
     * @param method HTTP method, {@code *} for any
     * @param pathRegex the expression
     * @return the new rule, already active
     */
    public FaultRule onRegex(String method, String pathRegex) {
        return add(new FaultRule(this, method, PathPattern.regex(Pattern.compile(pathRegex))));
    }

    private FaultRule add(FaultRule rule) {
        rules.add(rule);
        return rule;
    }

    /**
     * The active rules, in evaluation order.
     *
     * @return an immutable copy
     */
    public List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    void remove(FaultRule rule) {
        rules.remove(rule);
    }

    /**
     * Decides the fault for one call; called by the HTTP layer once per request. A rule's pattern
     * may name the path relative to the API base or the full path.
     *
     * @param method request method
     * @param path request path relative to the API base
     * @param fullPath request path as sent
     * @return the effect of the first rule that fires, empty when none does
     */
    public Optional<FaultEffect> evaluate(String method, String path, String fullPath) {
        FaultEffect chosen = null;
        for (FaultRule rule : rules) {
            if (rule.matches(method, path) || rule.matches(method, fullPath)) {
                FaultEffect effect = rule.evaluate(chosen != null);
                if (chosen == null) {
                    chosen = effect;
                }
            }
        }
        return Optional.ofNullable(chosen);
    }
}
