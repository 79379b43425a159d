package io.teamsdr.provisioning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The text and JSON forms of an apply report. */
final class ReportRendering {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ReportRendering() {
    }

    static void text(ApplyReport report, Appendable out) throws IOException {
        out.append("teamsdr apply of plan ").append(report.planFingerprint().shortValue()).append(": ")
                .append(String.valueOf(report.outcomes().size())).append(" actions\n");
        for (OutcomeStatus status : OutcomeStatus.values()) {
            List<Outcome> outcomes = report.outcomes(status);
            if (outcomes.isEmpty() || status == OutcomeStatus.DONE) {
                continue;
            }
            out.append('\n').append(title(status)).append('\n');
            for (Outcome outcome : outcomes) {
                out.append("  ").append(outcome.action().kind().symbol()).append(' ')
                        .append(outcome.action().subject()).append(": ").append(outcome.reason()).append('\n');
            }
        }
        if (!report.notPlanned().isEmpty()) {
            out.append("\nNot planned (conflicts of the plan)\n");
            for (Conflict conflict : report.notPlanned()) {
                out.append("  x ").append(conflict.subject()).append(": ").append(conflict.reason()).append('\n');
            }
        }
        SbcCommitOutcome sbc = report.sbcCommit();
        out.append("\nSBC: ").append(switch (sbc.status()) {
            case NOTHING_TO_DO -> "nothing to write, no draft opened";
            case CONFIRMED -> "committed as session " + sbc.session().orElse("?") + ", confirmed by reading it back";
            case ROLLED_BACK -> "ROLLED BACK: " + sbc.reason();
            case FAILED -> "FAILED: " + sbc.reason();
        }).append('\n');
        out.append(report.summary()).append('\n');
    }

    private static String title(OutcomeStatus status) {
        return switch (status) {
            case DONE -> "Done";
            case REFUSED -> "Refused by the platform";
            case SKIPPED -> "Skipped";
            case ROLLED_BACK -> "Rolled back";
            case FAILED -> "Failed";
        };
    }

    static void json(ApplyReport report, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", PlanJson.FORMAT_VERSION);
            json.writeStringField("started", report.started().toString());
            json.writeNumberField("durationMillis", report.duration().toMillis());
            PlanJson.fingerprint(json, report.planFingerprint());
            json.writeBooleanField("complete", report.isComplete());
            json.writeObjectFieldStart("counts");
            for (OutcomeStatus status : OutcomeStatus.values()) {
                json.writeNumberField(PlanJson.name(status), report.count(status));
            }
            json.writeNumberField("notPlanned", report.notPlanned().size());
            json.writeEndObject();
            json.writeObjectFieldStart("sbc");
            json.writeStringField("status", PlanJson.name(report.sbcCommit().status()));
            PlanJson.optional(json, "session", report.sbcCommit().session());
            json.writeStringField("reason", report.sbcCommit().reason());
            json.writeEndObject();
            json.writeArrayFieldStart("outcomes");
            for (Outcome outcome : report.outcomes()) {
                json.writeStartObject();
                json.writeStringField("status", PlanJson.name(outcome.status()));
                json.writeStringField("reason", outcome.reason());
                json.writeFieldName("action");
                PlanJson.action(json, outcome.action());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notPlanned");
            for (Conflict conflict : report.notPlanned()) {
                json.writeStartObject();
                json.writeStringField("platform", PlanJson.name(conflict.platform()));
                json.writeStringField("subject", conflict.subject());
                json.writeStringField("reason", conflict.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
