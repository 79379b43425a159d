package io.teamsdr.provisioning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The JSON form of a plan, for CI, generated straight to the caller's writer. */
final class PlanJson {
    /** Changes when a field is renamed or removed; new fields may appear without a change. */
    static final int FORMAT_VERSION = 1;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PlanJson() {
    }

    static void write(Plan plan, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeStringField("createdAt", plan.createdAt().toString());
            DesiredState desired = plan.desiredState();
            json.writeObjectFieldStart("subscription");
            json.writeStringField("draasInstance", desired.subscription().draasInstance());
            json.writeStringField("tenantUuid", desired.subscription().tenantUuid());
            json.writeNumberField("subscriptionId", desired.subscription().subscriptionId());
            json.writeEndObject();
            json.writeStringField("sbcTenant", desired.sbcTenant().tenantId());
            fingerprint(json, plan.fingerprint());
            Observed observed = plan.observed();
            json.writeObjectFieldStart("observed");
            json.writeNumberField("fusionUsers", observed.fusionUsers());
            json.writeNumberField("userDetails", observed.userDetails());
            json.writeNumberField("resourceAccounts", observed.resourceAccounts());
            json.writeNumberField("sbcTenants", observed.sbcTenants());
            json.writeNumberField("sipUsers", observed.sipUsers());
            json.writeEndObject();
            json.writeBooleanField("empty", plan.isEmpty());
            json.writeObjectFieldStart("counts");
            for (Platform platform : Platform.values()) {
                json.writeObjectFieldStart(name(platform));
                for (ActionKind kind : ActionKind.values()) {
                    json.writeNumberField(name(kind), plan.count(platform, kind));
                }
                json.writeEndObject();
            }
            json.writeNumberField("drift", plan.drift().size());
            json.writeNumberField("conflicts", plan.conflicts().size());
            json.writeNumberField("warnings", plan.warnings().size());
            json.writeEndObject();
            json.writeArrayFieldStart("actions");
            for (PlannedAction action : plan.actions()) {
                action(json, action);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("drift");
            for (Drift drift : plan.drift()) {
                json.writeStartObject();
                json.writeStringField("kind", drift.kind().name());
                json.writeStringField("subject", drift.subject());
                json.writeStringField("detail", drift.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("conflicts");
            for (Conflict conflict : plan.conflicts()) {
                json.writeStartObject();
                json.writeStringField("platform", name(conflict.platform()));
                json.writeStringField("subject", conflict.subject());
                json.writeStringField("reason", conflict.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("warnings");
            for (String warning : plan.warnings()) {
                json.writeString(warning);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    static void fingerprint(JsonGenerator json, Fingerprint fingerprint) throws IOException {
        json.writeObjectFieldStart("fingerprint");
        json.writeStringField("value", fingerprint.value());
        json.writeObjectFieldStart("parts");
        for (Map.Entry<String, String> part : new java.util.TreeMap<>(fingerprint.parts()).entrySet()) {
            json.writeStringField(part.getKey(), part.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    static void action(JsonGenerator json, PlannedAction action) throws IOException {
        json.writeStartObject();
        json.writeStringField("platform", name(action.platform()));
        json.writeStringField("kind", name(action.kind()));
        if (action instanceof UserAction user) {
            json.writeStringField("type", "user");
            json.writeStringField("upn", user.upn());
            json.writeStringField("userId", user.userId());
        } else if (action instanceof ResourceAccountAction account) {
            json.writeStringField("type", "resourceAccount");
            json.writeStringField("upn", account.account().upn());
            optional(json, "accountId", account.accountId());
        } else if (action instanceof SbcTenantAction tenant) {
            json.writeStringField("type", "sbcTenant");
            json.writeStringField("tenantId", tenant.tenant().tenantId());
        } else if (action instanceof SipUserAction sip) {
            json.writeStringField("type", "sipUser");
            json.writeStringField("tenantId", sip.tenantId());
            json.writeStringField("sipUser", sip.sipUser());
            optional(json, "mirrors", sip.mirrors());
        }
        json.writeStringField("subject", action.subject());
        json.writeArrayFieldStart("changes");
        for (FieldChange change : action.changes()) {
            json.writeStartObject();
            json.writeStringField("field", change.field());
            optional(json, "before", change.before());
            optional(json, "after", change.after());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("reason", action.reason());
        json.writeEndObject();
    }

    static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }

    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
