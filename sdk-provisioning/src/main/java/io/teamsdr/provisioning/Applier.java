package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.provisioning.internal.FusionReader;
import io.teamsdr.provisioning.internal.FusionWriter;
import io.teamsdr.provisioning.internal.SbcCommitResult;
import io.teamsdr.provisioning.internal.SbcReader;
import io.teamsdr.provisioning.internal.SbcTenantView;
import io.teamsdr.provisioning.internal.SbcWriter;
import io.teamsdr.provisioning.internal.SipRow;
import io.teamsdr.provisioning.internal.UserWrite;
import io.teamsdr.provisioning.internal.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan: refuses it when stale, then Fusion users (bulk), resource accounts (waited for),
 * and the SBC in one confirmed draft holding only what Fusion accepted.
 */
final class Applier {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);
    private static final int CHECK_EXAMPLES = 5;

    private final Planner planner;
    private final SipPasswordProvider passwords;
    private final int batchSize;
    private final Duration accountWait;
    private final Duration accountPoll;
    private final Clock clock;

    Applier(Planner planner, SipPasswordProvider passwords, int batchSize, Duration accountWait, Duration accountPoll,
            Clock clock) {
        this.planner = planner;
        this.passwords = passwords;
        this.batchSize = batchSize;
        this.accountWait = accountWait;
        this.accountPoll = accountPoll;
        this.clock = clock;
    }

    @Override
    public String toString() {
        return "bulkBatchSize=" + batchSize + ", resourceAccountWait=" + accountWait + " every " + accountPoll
                + ", sipPasswords=" + (passwords == null ? "none" : "set");
    }

    Duration accountWait() {
        return accountWait;
    }

    Duration accountPoll() {
        return accountPoll;
    }

    ApplyReport apply(Plan plan, FusionReader fusionReader, FusionWriter fusionWriter, SbcReader sbcReader,
                      SbcWriter sbcWriter, ProgressListener progress) {
        Instant started = clock.instant();
        if (passwords == null && plan.sipUserActions().stream().anyMatch(action -> action.kind() != ActionKind.REMOVE)) {
            throw new IllegalStateException("the plan writes SIP users, whose rows need a SIP password: build the "
                    + "Provisioner with sipPasswords(...)");
        }
        Fingerprint now = planner.plan(plan.desiredState(), fusionReader, sbcReader, ProgressListener.NONE).fingerprint();
        if (!now.value().equals(plan.fingerprint().value())) {
            throw new StalePlanException(plan.fingerprint(), now);
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Outcome> fusionOutcomes = new HashMap<>();
        applyUsers(plan, fusionWriter, progress, outcomes, fusionOutcomes);
        applyAccounts(plan, fusionWriter, outcomes);
        SbcCommitOutcome sbc = applySbc(plan, sbcReader, sbcWriter, progress, outcomes, fusionOutcomes);
        return new ApplyReport(plan.fingerprint(), outcomes, plan.conflicts(), sbc, started, clock.instant());
    }

    private void applyUsers(Plan plan, FusionWriter writer, ProgressListener progress, List<Outcome> outcomes,
                            Map<String, Outcome> byUpn) {
        List<UserAction> actions = plan.userActions();
        if (actions.isEmpty()) {
            return;
        }
        List<UserWrite> writes = new ArrayList<>(actions.size());
        for (UserAction action : actions) {
            writes.add(new UserWrite(action.upn(), action.displayName(), action.number().orElse(null),
                    action.kind() == ActionKind.REMOVE, action.vrp().orElse(null), action.location().orElse(null),
                    action.addLicenses(), action.addGroups()));
        }
        LOG.debug("apply {}: {} users to Fusion in bulk requests of up to {}", plan.fingerprint(), writes.size(),
                batchSize);
        List<WriteResult> results = writer.updateUsers("teamsdr provisioning " + plan.fingerprint().shortValue(),
                writes, batchSize, progress);
        for (int i = 0; i < actions.size(); i++) {
            Outcome outcome = outcome(actions.get(i), results.get(i));
            outcomes.add(outcome);
            byUpn.put(lower(actions.get(i).upn()), outcome);
        }
    }

    private void applyAccounts(Plan plan, FusionWriter writer, List<Outcome> outcomes) {
        for (ResourceAccountAction action : plan.resourceAccountActions()) {
            WriteResult result = action.kind() == ActionKind.ADD ? writer.createAccount(action.account())
                    : writer.modifyAccount(action.accountId().orElseThrow(), action.account(),
                    action.changes().stream().map(FieldChange::field).collect(Collectors.toSet()));
            outcomes.add(outcome(action, result));
        }
    }

    private SbcCommitOutcome applySbc(Plan plan, SbcReader reader, SbcWriter writer, ProgressListener progress,
                                      List<Outcome> outcomes, Map<String, Outcome> fusionOutcomes) {
        SbcTenantAction tenant = plan.sbcTenantAction().orElse(null);
        List<PlannedAction> written = new ArrayList<>();
        List<SipRow> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        Map<String, String> mirrors = new HashMap<>();
        if (tenant != null) {
            written.add(tenant);
        }
        for (SipUserAction action : plan.sipUserActions()) {
            Outcome fusion = action.mirrors().map(upn -> fusionOutcomes.get(lower(upn))).orElse(null);
            if (fusion != null && fusion.status() != OutcomeStatus.DONE) {
                String upn = action.mirrors().orElseThrow();
                outcomes.add(new Outcome(action, OutcomeStatus.SKIPPED, action.kind() == ActionKind.REMOVE
                        ? "Fusion did not release the number of " + upn + " (" + describe(fusion) + "), so its SIP user "
                        + "stays" : "Fusion did not accept " + upn + " (" + describe(fusion) + "), so the SBC does not "
                        + "get its SIP user"));
                continue;
            }
            written.add(action);
            if (action.kind() == ActionKind.REMOVE) {
                deletes.add(action.sipUser());
            } else {
                upserts.add(new SipRow(action.tenantId(), action.sipUser(), action.did().orElseThrow()));
                action.mirrors().ifPresent(upn -> mirrors.put(action.sipUser(), upn));
            }
        }
        if (written.isEmpty()) {
            return new SbcCommitOutcome(SbcCommitOutcome.Status.NOTHING_TO_DO, Optional.empty(), "");
        }
        String tenantId = plan.desiredState().sbcTenant().tenantId();
        String description = "teamsdr provisioning of SBC tenant " + tenantId + ": " + (tenant == null ? ""
                : "tenant row, ") + "+" + count(written, ActionKind.ADD) + " ~" + count(written, ActionKind.CHANGE)
                + " -" + deletes.size() + " SIP users (plan " + plan.fingerprint().shortValue() + " of "
                + plan.createdAt() + ")";
        LOG.debug("apply {}: SBC draft with {} upserts and {} deletions", plan.fingerprint(), upserts.size(),
                deletes.size());
        SbcCommitResult result = writer.commit(tenant == null ? null : tenant.tenant(), upserts, deletes,
                row -> passwords.password(new SipAccount(row.tenantId(), row.sipUser(), row.did(),
                        Optional.ofNullable(mirrors.get(row.sipUser())))),
                description, () -> readBack(reader, plan.desiredState().sbcTenant(), tenant != null, upserts, deletes),
                progress);
        OutcomeStatus status = switch (result.status()) {
            case CONFIRMED -> OutcomeStatus.DONE;
            case ROLLED_BACK -> OutcomeStatus.ROLLED_BACK;
            case FAILED -> OutcomeStatus.FAILED;
        };
        for (PlannedAction action : written) {
            outcomes.add(new Outcome(action, status, result.reason()));
        }
        SbcCommitOutcome.Status commit = switch (result.status()) {
            case CONFIRMED -> SbcCommitOutcome.Status.CONFIRMED;
            case ROLLED_BACK -> SbcCommitOutcome.Status.ROLLED_BACK;
            case FAILED -> SbcCommitOutcome.Status.FAILED;
        };
        return new SbcCommitOutcome(commit, Optional.ofNullable(result.session()), result.reason());
    }

    /** Reads the SBC back after the commit: what was written is there, what was deleted is gone. */
    private static Optional<String> readBack(SbcReader reader, SbcTenant tenant, boolean tenantWritten,
                                             List<SipRow> upserts, List<String> deletes) {
        List<String> problems = new ArrayList<>();
        if (tenantWritten) {
            SbcTenantView read = reader.tenants().stream().filter(view -> view.tenantId().equals(tenant.tenantId()))
                    .findFirst().orElse(null);
            SbcTenantView wanted = new SbcTenantView(tenant.tenantId(), tenant.tenantName(), tenant.microsoftFqdn(),
                    tenant.localIp(), tenant.did(), tenant.pbxId(), tenant.spId());
            if (read == null) {
                problems.add("tenant " + tenant.tenantId() + " is missing");
            } else if (!read.equals(wanted)) {
                problems.add("tenant " + tenant.tenantId() + " reads back as " + read);
            }
        }
        Map<String, String> expected = new HashMap<>(upserts.size() * 4 / 3 + 1);
        upserts.forEach(row -> expected.put(row.sipUser(), row.did()));
        Set<String> gone = new HashSet<>(deletes);
        long[] wrong = new long[1];
        reader.forEachUserOf(tenant.tenantId(), row -> {
            String did = expected.remove(row.sipUser());
            if (did != null && !did.equals(row.did()) || gone.contains(row.sipUser())) {
                if (wrong[0]++ < CHECK_EXAMPLES) {
                    problems.add("SIP user " + row.sipUser() + (did != null ? " has DID " + row.did() + ", not " + did
                            : " still exists"));
                }
            }
        });
        if (!expected.isEmpty()) {
            problems.add(expected.size() + " SIP users written are missing (e.g. " + expected.keySet().stream().sorted()
                    .limit(CHECK_EXAMPLES).collect(Collectors.joining(", ")) + ")");
        }
        if (wrong[0] > CHECK_EXAMPLES) {
            problems.add((wrong[0] - CHECK_EXAMPLES) + " more SIP users differ");
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of("reading the SBC back found: " + String.join("; ", problems));
    }

    private static Outcome outcome(PlannedAction action, WriteResult result) {
        return switch (result.status()) {
            case APPLIED -> new Outcome(action, OutcomeStatus.DONE, "");
            case REFUSED -> new Outcome(action, OutcomeStatus.REFUSED, result.reason());
            case FAILED -> new Outcome(action, OutcomeStatus.FAILED, result.reason());
        };
    }

    private static String describe(Outcome outcome) {
        return outcome.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + outcome.reason();
    }

    private static long count(List<PlannedAction> actions, ActionKind kind) {
        return actions.stream().filter(action -> action instanceof SipUserAction && action.kind() == kind).count();
    }

    private static String lower(String upn) {
        return upn.toLowerCase(Locale.ROOT);
    }
}
