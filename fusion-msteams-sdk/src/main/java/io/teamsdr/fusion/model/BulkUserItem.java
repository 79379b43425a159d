package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One user of a bulk update (the "MS Teams user bulk object"). The user is named by its UPN; groups
 * and licenses are named by their names, not ids. A UPN Fusion does not know fails that item only.
 *
 * <p>Fields are left out (unchanged), set, or, where the document defines it, sent as {@code null}
 * to remove the value: a {@code null} phone number frees the number and disables voice, a {@code null}
 * policy disables it, {@code null} groups, licenses or customer licenses remove all. The location and
 * the template cannot be removed. A template overrides location, policy, groups and licenses.
 *
 * <p>The item checks itself when built; a {@link io.teamsdr.core.ValidationException} names the
 * item by its UPN, e.g. {@code item[test1@contoso.onmicrosoft.com].phoneNumber}.
 *
 * <pre>{@code
 * BulkUserItem item = BulkUserItem.builder("test1@contoso.onmicrosoft.com", "Test One")
 *         .phoneNumber("+3212345669").location("BE").voiceRoutingPolicy("Global").groups("Security", "All").build();
 * BulkUserItem off = BulkUserItem.builder("test2@contoso.onmicrosoft.com", "Test Two").clearPhoneNumber().build();
 * }</pre>
 *
 * @param upn the user principal name
 * @param displayName the display name
 * @param phoneNumber the E.164 phone number (JSON {@code number})
 * @param location the ISO 3166-1 alpha-2 usage location (JSON {@code country})
 * @param voiceRoutingPolicy the voice routing policy name (JSON {@code vrp})
 * @param groups the names of the groups to add the user to
 * @param licenses the names of the licenses to assign
 * @param customerLicenses the customer license SKUs to assign
 * @param template the name of the template to apply
 */
public record BulkUserItem(String upn, String displayName,
                           @JsonProperty("number") FieldUpdate<String> phoneNumber,
                           @JsonProperty("country") @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> location,
                           @JsonProperty("vrp") FieldUpdate<String> voiceRoutingPolicy,
                           FieldUpdate<List<String>> groups,
                           FieldUpdate<List<String>> licenses,
                           FieldUpdate<List<String>> customerLicenses,
                           @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> template) {

    /**
     * Checks every field and copies the lists.
     *
     * @throws io.teamsdr.core.ValidationException listing every invalid field, named with the item's UPN
     */
    public BulkUserItem {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(voiceRoutingPolicy, "voiceRoutingPolicy");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(licenses, "licenses");
        Objects.requireNonNull(customerLicenses, "customerLicenses");
        Objects.requireNonNull(template, "template");
        groups = copy(groups);
        licenses = copy(licenses);
        customerLicenses = copy(customerLicenses);
        String prefix = upn == null || upn.isBlank() ? "item." : "item[" + upn + "].";
        Validator validator = new Validator()
                .required("upn", upn).upn(prefix + "upn", upn == null || upn.isBlank() ? null : upn)
                .required(prefix + "displayName", displayName);
        ModelChecks.text(validator, prefix + "phoneNumber", phoneNumber, validator::e164);
        ModelChecks.text(validator, prefix + "location", location, validator::country);
        ModelChecks.text(validator, prefix + "voiceRoutingPolicy", voiceRoutingPolicy, null);
        ModelChecks.text(validator, prefix + "template", template, null);
        groups.value().ifPresent(names -> ModelChecks.names(validator, prefix + "groups", names));
        licenses.value().ifPresent(names -> ModelChecks.names(validator, prefix + "licenses", names));
        customerLicenses.value().ifPresent(skus -> ModelChecks.names(validator, prefix + "customerLicenses", skus));
        validator.throwIfInvalid();
    }

    /**
     * Starts an item.
     *
     * @param upn the user principal name, e.g. {@code user@contoso.onmicrosoft.com}
     * @param displayName the display name
     * @return a builder
     */
    public static Builder builder(String upn, String displayName) {
        return new Builder(upn, displayName);
    }

    private static FieldUpdate<List<String>> copy(FieldUpdate<List<String>> update) {
        return update.isSet() ? FieldUpdate.set(ModelChecks.copy(update.value().orElseThrow())) : update;
    }

    /** Builds a {@link BulkUserItem}; every field starts unchanged. */
    public static final class Builder {
        private final String upn;
        private final String displayName;
        private FieldUpdate<String> phoneNumber = FieldUpdate.unchanged();
        private @Nullable String location;
        private FieldUpdate<String> voiceRoutingPolicy = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> groups = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> licenses = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> customerLicenses = FieldUpdate.unchanged();
        private @Nullable String template;

        private Builder(String upn, String displayName) {
            this.upn = upn;
            this.displayName = displayName;
        }

        /**
         * Assigns a phone number.
         *
         * @param e164 the number, e.g. {@code +3212345669}
         * @return this builder
         */
        public Builder phoneNumber(String e164) {
            return phoneNumber(FieldUpdate.set(e164));
        }

        /**
         * Frees the user's phone number and disables voice (sends {@code "number": null}).
         *
         * @return this builder
         */
        public Builder clearPhoneNumber() {
            return phoneNumber(FieldUpdate.clear());
        }

        /**
         * Sets the phone number update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder phoneNumber(FieldUpdate<String> update) {
            this.phoneNumber = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Sets the usage location; it cannot be removed.
         *
         * @param country the ISO 3166-1 alpha-2 code, e.g. {@code BE}
         * @return this builder
         */
        public Builder location(String country) {
            this.location = Objects.requireNonNull(country, "country");
            return this;
        }

        /**
         * Sets the voice routing policy.
         *
         * @param name the policy name
         * @return this builder
         */
        public Builder voiceRoutingPolicy(String name) {
            return voiceRoutingPolicy(FieldUpdate.set(name));
        }

        /**
         * Disables the voice routing policy (sends {@code "vrp": null}).
         *
         * @return this builder
         */
        public Builder clearVoiceRoutingPolicy() {
            return voiceRoutingPolicy(FieldUpdate.clear());
        }

        /**
         * Sets the voice routing policy update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder voiceRoutingPolicy(FieldUpdate<String> update) {
            this.voiceRoutingPolicy = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Adds the user to groups.
         *
         * @param names the group names
         * @return this builder
         */
        public Builder groups(String... names) {
            return groups(Arrays.asList(names));
        }

        /**
         * Adds the user to groups.
         *
         * @param names the group names
         * @return this builder
         */
        public Builder groups(List<String> names) {
            return groups(FieldUpdate.set(names));
        }

        /**
         * Removes the user from all groups (sends {@code "groups": null}).
         *
         * @return this builder
         */
        public Builder clearGroups() {
            return groups(FieldUpdate.clear());
        }

        /**
         * Sets the groups update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder groups(FieldUpdate<List<String>> update) {
            this.groups = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Assigns licenses.
         *
         * @param names the license names
         * @return this builder
         */
        public Builder licenses(String... names) {
            return licenses(Arrays.asList(names));
        }

        /**
         * Assigns licenses.
         *
         * @param names the license names
         * @return this builder
         */
        public Builder licenses(List<String> names) {
            return licenses(FieldUpdate.set(names));
        }

        /**
         * Removes all licenses (sends {@code "licenses": null}).
         *
         * @return this builder
         */
        public Builder clearLicenses() {
            return licenses(FieldUpdate.clear());
        }

        /**
         * Sets the licenses update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder licenses(FieldUpdate<List<String>> update) {
            this.licenses = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Assigns customer licenses.
         *
         * @param skus the customer license SKUs
         * @return this builder
         */
        public Builder customerLicenses(String... skus) {
            return customerLicenses(Arrays.asList(skus));
        }

        /**
         * Assigns customer licenses.
         *
         * @param skus the customer license SKUs
         * @return this builder
         */
        public Builder customerLicenses(List<String> skus) {
            return customerLicenses(FieldUpdate.set(skus));
        }

        /**
         * Removes all customer licenses (sends {@code "customerLicenses": null}, as the bulk object defines).
         *
         * @return this builder
         */
        public Builder clearCustomerLicenses() {
            return customerLicenses(FieldUpdate.clear());
        }

        /**
         * Sets the customer licenses update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder customerLicenses(FieldUpdate<List<String>> update) {
            this.customerLicenses = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Applies a template, which overrides location, policy, groups and licenses; it cannot be removed.
         *
         * @param name the template name
         * @return this builder
         */
        public Builder template(String name) {
            this.template = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item
         * @throws io.teamsdr.core.ValidationException listing every invalid field, named with the item's UPN
         */
        public BulkUserItem build() {
            return new BulkUserItem(upn, displayName, phoneNumber, Optional.ofNullable(location), voiceRoutingPolicy,
                    groups, licenses, customerLicenses, Optional.ofNullable(template));
        }
    }
}
