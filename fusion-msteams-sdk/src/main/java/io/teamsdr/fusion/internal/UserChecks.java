package io.teamsdr.fusion.internal;

import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.model.BulkUserItem;
import io.teamsdr.fusion.model.NewUser;
import io.teamsdr.fusion.model.UserPropertiesUpdate;
import io.teamsdr.fusion.model.UserUpdate;
import java.util.List;

/**
 * The input rules of the user endpoints, shared by the payload builders (which check as soon as a
 * payload is built) and the resource (which checks again, with positions, before sending).
 */
public final class UserChecks {

    private UserChecks() {
    }

    /**
     * Checks an MS Teams user id: required, an Azure AD object id in UUID form.
     *
     * @param validator collects violations
     * @param field the field name
     * @param userId the id
     * @return the validator
     */
    public static Validator userId(Validator validator, String field, String userId) {
        return validator.required(field, userId).uuid(field, blankToNull(userId));
    }

    /**
     * Checks a list of Azure AD object ids (groups, license SKUs): present, each a UUID.
     *
     * @param validator collects violations
     * @param field the field name
     * @param ids the ids
     * @return the validator
     */
    public static Validator uuids(Validator validator, String field, List<String> ids) {
        if (ids == null) {
            return validator.fail(field, null, "required (an empty list removes all)");
        }
        for (int i = 0; i < ids.size(); i++) {
            validator.required(field + "[" + i + "]", ids.get(i)).uuid(field + "[" + i + "]", blankToNull(ids.get(i)));
        }
        return validator;
    }

    /**
     * Checks a list of names (customer licenses, bulk group or license names): each non-blank.
     *
     * @param validator collects violations
     * @param field the field name
     * @param names the names
     * @return the validator
     */
    public static Validator names(Validator validator, String field, List<String> names) {
        if (names == null) {
            return validator.fail(field, null, "required (an empty list removes all)");
        }
        for (int i = 0; i < names.size(); i++) {
            validator.required(field + "[" + i + "]", names.get(i));
        }
        return validator;
    }

    /**
     * Checks the value of a text update that is being set: non-blank, and the extra rule if any.
     *
     * @param validator collects violations
     * @param field the field name
     * @param update the update
     * @param rule the extra rule, or {@code null}
     * @return the validator
     */
    public static Validator text(Validator validator, String field, FieldUpdate<String> update, TextRule rule) {
        if (update.isSet()) {
            String value = update.value().orElseThrow();
            validator.required(field, value);
            if (rule != null && !value.isBlank()) {
                rule.check(validator, field, value);
            }
        }
        return validator;
    }

    /**
     * Checks one bulk item.
     *
     * @param validator collects violations
     * @param prefix prepended to field names, e.g. {@code data[3].}; empty for none
     * @param item the item
     * @return the validator
     */
    public static Validator bulkItem(Validator validator, String prefix, BulkUserItem item) {
        validator.required(prefix + "upn", item.upn()).upn(prefix + "upn", blankToNull(item.upn()))
                .required(prefix + "displayName", item.displayName());
        text(validator, prefix + "number", item.number(), Validator::e164);
        text(validator, prefix + "country", item.country(), Validator::country);
        text(validator, prefix + "vrp", item.vrp(), null);
        text(validator, prefix + "template", item.template(), null);
        item.groups().value().ifPresent(groups -> names(validator, prefix + "groups", groups));
        item.licenses().value().ifPresent(licenses -> names(validator, prefix + "licenses", licenses));
        item.customerLicenses().value().ifPresent(skus -> names(validator, prefix + "customerLicenses", skus));
        return validator;
    }

    /**
     * Checks a user update: something changes, and every field being set is valid.
     *
     * @param validator collects violations
     * @param update the update
     * @return the validator
     */
    public static Validator userUpdate(Validator validator, UserUpdate update) {
        validator.check(update.changesAnything(), "update", null, "at least one field set or cleared");
        text(validator, "displayName", update.displayName(), null);
        text(validator, "location", update.location(), Validator::country);
        text(validator, "phoneNumber", update.phoneNumber(), Validator::e164);
        text(validator, "vrp", update.vrp(), null);
        update.groups().value().ifPresent(ids -> uuids(validator, "groups", ids));
        update.licenses().value().ifPresent(ids -> uuids(validator, "licenses", ids));
        update.customerLicenses().value().ifPresent(skus -> names(validator, "customerLicenses", skus));
        return validator;
    }

    /**
     * Checks a user to create: every field present, a valid country, domain and UPN.
     *
     * @param validator collects violations
     * @param user the user
     * @return the validator
     */
    public static Validator newUser(Validator validator, NewUser user) {
        validator.required("displayName", user.displayName())
                .required("domain", user.domain())
                .required("username", user.username())
                .required("location", user.location())
                .country("location", blankToNull(user.location()))
                .fqdn("domain", blankToNull(user.domain()));
        if (blankToNull(user.username()) != null && blankToNull(user.domain()) != null) {
            validator.upn("username@domain", user.userPrincipalName());
        }
        return names(validator, "customerLicenses", user.customerLicenses());
    }

    /**
     * Checks a properties update: at least one field set, none cleared, a valid country.
     *
     * @param validator collects violations
     * @param update the update
     * @return the validator
     */
    public static Validator properties(Validator validator, UserPropertiesUpdate update) {
        validator.check(update.displayName().isSet() || update.location().isSet(), "properties", null,
                "displayName or location set");
        text(validator, "displayName", update.displayName(), null);
        text(validator, "location", update.location(), Validator::country);
        validator.check(!update.displayName().isCleared(), "displayName", null, "a value: it cannot be removed");
        return validator.check(!update.location().isCleared(), "location", null, "a value: it cannot be removed");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A rule on a text value, e.g. {@link Validator#e164(String, String)}. */
    @FunctionalInterface
    public interface TextRule {
        /**
         * Applies the rule.
         *
         * @param validator collects violations
         * @param field the field name
         * @param value the value
         */
        void check(Validator validator, String field, String value);
    }
}
