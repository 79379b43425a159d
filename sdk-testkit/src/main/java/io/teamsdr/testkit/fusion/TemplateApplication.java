package io.teamsdr.testkit.fusion;

import io.teamsdr.testkit.internal.HttpError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applying a template to a user, setting by setting: location, groups, licenses, then the voice
 * routing policy. A template is Fusion-side configuration and may name a group, license or policy
 * the tenant lacks (or leave no seat free); such a setting is not applied while the others are,
 * which is the document's "applied partially" (400). Each setting is checked against every user
 * rule on its own, so what is applied is always a state the platform accepts.
 */
final class TemplateApplication {

    private final UserRules rules;
    private final UserState before;
    private final Template template;
    private final boolean override;
    private UserState after;
    private int applied;
    private final List<String> failures = new ArrayList<>();
    private HttpError firstFailure;

    private TemplateApplication(UserRules rules, UserState before, Template template, boolean override) {
        this.rules = rules;
        this.before = before;
        this.template = template;
        this.override = override;
        this.after = before.copy();
    }

    /**
     * Works out what the template does to the user, changing nothing yet.
     *
     * @param override true replaces the user's settings, false only adds groups and licenses and
     *     fills what the user lacks
     */
    static TemplateApplication of(UserRules rules, UserState before, Template template, boolean override) {
        TemplateApplication application = new TemplateApplication(rules, before, template, override);
        application.run();
        return application;
    }

    private void run() {
        if (template.location() != null && (override || after.location == null)) {
            step("location", u -> {
                u.location = template.location();
                return u;
            });
        }
        if (!template.groups().isEmpty() || override) {
            step("groups", u -> {
                List<String> groups = rules.groups(template.groups(), true);
                u.groups = override ? groups : UserRules.union(u.groups, groups);
                return u;
            });
        }
        if (!template.licenses().isEmpty() || override) {
            step("licenses", u -> {
                List<String> licenses = rules.licenses(template.licenses(), true);
                u.licenses = override ? licenses : UserRules.union(u.licenses, licenses);
                return u;
            });
        }
        if (template.vrp() != null && (override || after.vrp == null)) {
            step("vrp", u -> {
                u.vrp = rules.vrp(template.vrp());
                return u;
            });
        }
    }

    private void step(String setting, UnaryOperator<UserState> change) {
        try {
            UserState candidate = change.apply(after.copy());
            rules.check(before, candidate);
            after = candidate;
            applied++;
        } catch (HttpError e) {
            failures.add(setting + ": " + e.reason());
            if (firstFailure == null) {
                firstFailure = e;
            }
        }
    }

    /** The user once every setting that could be applied is. */
    UserState after() {
        return after;
    }

    /** Whether some setting could not be applied. */
    boolean failed() {
        return firstFailure != null;
    }

    /** How many settings were applied. */
    int applied() {
        return applied;
    }

    /**
     * The 400 telling what was not applied, with the code of the first setting that failed.
     *
     * @return the error, only when {@link #failed()}
     */
    HttpError error() {
        return failure("was " + (applied > 0 ? "applied partially" : "not applied"));
    }

    /**
     * The error of a bulk item naming the template: an item is all or nothing, so nothing of it
     * is applied.
     *
     * @return the error, only when {@link #failed()}
     */
    HttpError itemError() {
        return failure("cannot be applied");
    }

    private HttpError failure(String outcome) {
        return FusionErrors.bad(firstFailure.code() instanceof Integer code ? code : FusionErrors.INVALID_FIELD,
                "The template " + template.name() + " " + outcome + ": " + String.join("; ", failures));
    }
}
