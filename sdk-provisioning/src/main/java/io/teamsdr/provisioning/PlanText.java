package io.teamsdr.provisioning;

import java.io.IOException;
import java.util.List;

/** The text rendering of a plan, written straight to the caller's output (a plan can be long). */
final class PlanText {
    private PlanText() {
    }

    static void write(Plan plan, Appendable out) throws IOException {
        DesiredState desired = plan.desiredState();
        Observed observed = plan.observed();
        out.append("teamsdr plan: ").append(desired.subscription().toString()).append(", SBC tenant ")
                .append(desired.sbcTenant().tenantId()).append('\n');
        out.append("Read ").append(String.valueOf(observed.fusionUsers())).append(" Fusion users (")
                .append(String.valueOf(observed.userDetails())).append(" read one by one), ")
                .append(String.valueOf(observed.resourceAccounts())).append(" resource accounts, ")
                .append(String.valueOf(observed.sbcTenants())).append(" SBC tenants, ")
                .append(String.valueOf(observed.sipUsers())).append(" SIP users; fingerprint ")
                .append(plan.fingerprint().shortValue()).append('\n');
        List<PlannedAction> fusion = plan.actions(Platform.FUSION);
        if (!fusion.isEmpty()) {
            out.append("\nFusion\n");
            for (PlannedAction action : fusion) {
                action(action, out);
            }
        }
        List<PlannedAction> sbc = plan.actions(Platform.SBC);
        if (!sbc.isEmpty()) {
            out.append("\nSBC tenant ").append(desired.sbcTenant().tenantId()).append('\n');
            for (PlannedAction action : sbc) {
                action(action, out);
            }
        }
        if (!plan.drift().isEmpty()) {
            out.append("\nDrift (Fusion and the SBC disagree)\n");
            for (Drift drift : plan.drift()) {
                out.append("  ! ").append(drift.subject()).append(": ").append(drift.detail()).append('\n');
            }
        }
        if (!plan.conflicts().isEmpty()) {
            out.append("\nConflicts (left out of the plan)\n");
            for (Conflict conflict : plan.conflicts()) {
                out.append("  x ").append(conflict.subject()).append(": ").append(conflict.reason()).append('\n');
            }
        }
        if (!plan.warnings().isEmpty()) {
            out.append("\nWarnings\n");
            for (String warning : plan.warnings()) {
                out.append("  * ").append(warning).append('\n');
            }
        }
        out.append('\n').append(plan.summary()).append('\n');
    }

    static void action(PlannedAction action, Appendable out) throws IOException {
        out.append("  ").append(action.kind().symbol()).append(' ').append(action.subject()).append('\n');
        int width = action.changes().stream().mapToInt(change -> change.field().length()).max().orElse(0);
        for (FieldChange change : action.changes()) {
            out.append("      ").append(pad(change.field(), width));
            if (change.before().isEmpty() || action.kind() == ActionKind.ADD && change.before().equals(change.after())) {
                out.append(" = ").append(change.after().orElse("(none)"));
            } else {
                out.append(" : ").append(change.before().get()).append(" -> ").append(change.after().orElse("(none)"));
            }
            out.append('\n');
        }
        if (action instanceof SipUserAction sip && sip.kind() != ActionKind.REMOVE) {
            out.append("      sipPassword from the password provider at apply time (never shown)\n");
        }
        if (action instanceof SipUserAction sip && sip.mirrors().isPresent()) {
            out.append("      mirrors ").append(sip.mirrors().get()).append('\n');
        }
        out.append("      # ").append(action.reason()).append('\n');
    }

    /** The counts of drift, conflicts and warnings, for the summary line. */
    static String extras(Plan plan) {
        StringBuilder extras = new StringBuilder();
        count(extras, plan.drift().size(), "drift", "drift");
        count(extras, plan.conflicts().size(), "conflict", "conflicts");
        count(extras, plan.warnings().size(), "warning", "warnings");
        return extras.length() == 0 ? "" : " " + extras.toString().trim() + ".";
    }

    private static void count(StringBuilder extras, int n, String one, String many) {
        if (n > 0) {
            extras.append(extras.length() == 0 ? "" : ", ").append(n).append(' ').append(n == 1 ? one : many);
        }
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }
}
