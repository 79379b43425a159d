package io.teamsdr.provisioning;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an apply would change, made by {@link Provisioner#plan(DesiredState)}: typed actions per
 * platform in the order they would be applied, the drift found between the platforms, what the
 * desired state asks for that cannot be done (conflicts), warnings, and a fingerprint of what was
 * observed. Immutable; never holds a secret.
 *
 * <p>Review it as text ({@link #toText()}, like {@code terraform plan}) or feed it to CI as JSON
 * ({@link #toJson()}); both can be written to a stream for large plans. An empty plan
 * ({@link #isEmpty()}) means the platforms already hold the desired state.
 */
public final class Plan {
    private final DesiredState desired;
    private final Instant createdAt;
    private final Fingerprint fingerprint;
    private final Observed observed;
    private final List<UserAction> userActions;
    private final List<ResourceAccountAction> accountActions;
    private final SbcTenantAction tenantAction;
    private final List<SipUserAction> sipActions;
    private final List<Drift> drift;
    private final List<Conflict> conflicts;
    private final List<String> warnings;

    Plan(DesiredState desired, Instant createdAt, Fingerprint fingerprint, Observed observed,
         List<UserAction> userActions, List<ResourceAccountAction> accountActions, SbcTenantAction tenantAction,
         List<SipUserAction> sipActions, List<Drift> drift, List<Conflict> conflicts, List<String> warnings) {
        this.desired = Objects.requireNonNull(desired, "desired");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.observed = Objects.requireNonNull(observed, "observed");
        this.userActions = Collections.unmodifiableList(new ArrayList<>(userActions));
        this.accountActions = List.copyOf(accountActions);
        this.tenantAction = tenantAction;
        this.sipActions = Collections.unmodifiableList(new ArrayList<>(sipActions));
        this.drift = Collections.unmodifiableList(new ArrayList<>(drift));
        this.conflicts = Collections.unmodifiableList(new ArrayList<>(conflicts));
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Returns the desired state the plan was made for.
     *
     * @return the desired state
     */
    public DesiredState desiredState() {
        return desired;
    }

    /**
     * Returns when the plan was made.
     *
     * @return the time
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * Returns the fingerprint of what the plan observed; an apply refuses the plan when the platforms
     * no longer match it.
     *
     * @return the fingerprint
     */
    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /**
     * Returns how much the plan read from each platform.
     *
     * @return the counts
     */
    public Observed observed() {
        return observed;
    }

    /**
     * Returns the changes to Fusion users, in the order they would be sent: number releases first, a
     * user giving up a number before the user taking it.
     *
     * @return the user actions
     */
    public List<UserAction> userActions() {
        return userActions;
    }

    /**
     * Returns the changes to resource accounts, applied after the users.
     *
     * @return the resource account actions
     */
    public List<ResourceAccountAction> resourceAccountActions() {
        return accountActions;
    }

    /**
     * Returns the change to the SBC tenant row.
     *
     * @return the action, empty when the row is as desired (or cannot be changed: see {@link #conflicts()})
     */
    public Optional<SbcTenantAction> sbcTenantAction() {
        return Optional.ofNullable(tenantAction);
    }

    /**
     * Returns the changes to SIP users of the SBC tenant: deletions first, then updates and additions.
     *
     * @return the SIP user actions
     */
    public List<SipUserAction> sipUserActions() {
        return sipActions;
    }

    /**
     * Returns every action of one platform, in apply order.
     *
     * @param platform the platform
     * @return the actions
     */
    public List<PlannedAction> actions(Platform platform) {
        List<PlannedAction> actions = new ArrayList<>();
        if (platform == Platform.FUSION) {
            actions.addAll(userActions);
            actions.addAll(accountActions);
        } else {
            if (tenantAction != null) {
                actions.add(tenantAction);
            }
            actions.addAll(sipActions);
        }
        return actions;
    }

    /**
     * Returns every action, Fusion's first, in apply order.
     *
     * @return the actions
     */
    public List<PlannedAction> actions() {
        List<PlannedAction> actions = actions(Platform.FUSION);
        actions.addAll(actions(Platform.SBC));
        return actions;
    }

    /**
     * Counts the actions of one kind on one platform.
     *
     * @param platform the platform
     * @param kind add, change or remove
     * @return the count
     */
    public int count(Platform platform, ActionKind kind) {
        int count = 0;
        if (platform == Platform.FUSION) {
            count += (int) userActions.stream().filter(action -> action.kind() == kind).count();
            count += (int) accountActions.stream().filter(action -> action.kind() == kind).count();
        } else {
            count += tenantAction != null && tenantAction.kind() == kind ? 1 : 0;
            count += (int) sipActions.stream().filter(action -> action.kind() == kind).count();
        }
        return count;
    }

    /**
     * Returns the disagreements found between Fusion and the SBC.
     *
     * @return the drift
     */
    public List<Drift> drift() {
        return drift;
    }

    /**
     * Returns what the desired state asks for that the plan cannot do, and left out.
     *
     * @return the conflicts
     */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * Returns what may go wrong although it is planned, e.g. fewer free license seats than users
     * needing one.
     *
     * @return the warnings
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Tells whether the plan changes nothing: both platforms already hold the desired state (drift
     * and conflicts may still be reported).
     *
     * @return {@code true} when there is no action
     */
    public boolean isEmpty() {
        return userActions.isEmpty() && accountActions.isEmpty() && tenantAction == null && sipActions.isEmpty();
    }

    /**
     * Returns the one-line summary the text rendering ends with.
     *
     * @return e.g. {@code Plan: Fusion 3 to add, 1 to change, 0 to remove; SBC 4 to add, 0 to change, 0 to remove.}
     */
    public String summary() {
        if (isEmpty()) {
            return "No changes: Fusion and the SBC hold the desired state." + PlanText.extras(this);
        }
        return "Plan: Fusion " + counts(Platform.FUSION) + "; SBC " + counts(Platform.SBC) + "." + PlanText.extras(this);
    }

    private String counts(Platform platform) {
        return count(platform, ActionKind.ADD) + " to add, " + count(platform, ActionKind.CHANGE) + " to change, "
                + count(platform, ActionKind.REMOVE) + " to remove";
    }

    /**
     * Writes the text rendering, like {@code terraform plan}: each action with its values before and
     * after and its reason, then drift, conflicts, warnings and the summary.
     *
     * @param out where to write
     * @throws UncheckedIOException when writing fails
     */
    public void writeText(Appendable out) {
        Rendering.unchecked(() -> PlanText.write(this, out));
    }

    /**
     * Returns the text rendering; see {@link #writeText(Appendable)}.
     *
     * @return the text
     */
    public String toText() {
        return Rendering.text(this::writeText);
    }

    /**
     * Writes the JSON form for CI: the fingerprint, counts, every action with its field changes,
     * drift, conflicts and warnings.
     *
     * @param out where to write; not closed
     * @throws UncheckedIOException when writing fails
     */
    public void writeJson(Writer out) {
        Rendering.unchecked(() -> PlanJson.write(this, out));
    }

    /**
     * Returns the JSON form; see {@link #writeJson(Writer)}.
     *
     * @return the JSON text
     */
    public String toJson() {
        return Rendering.json(this::writeJson);
    }

    @Override
    public String toString() {
        return "Plan[" + fingerprint.shortValue() + ", " + summary() + "]";
    }
}
