package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The body of an MS Teams user update, which also enables or disables the user for voice. A field is
 * left unchanged (not sent), set, or, where the document defines it, removed: clearing the phone
 * number sends {@code null}, which frees it and disables voice; clearing the policy sends {@code null}
 * and disables it; clearing groups or licenses sends {@code null} and removes all; clearing customer
 * licenses sends an empty list, as the document asks. Display name and location cannot be removed.
 *
 * <pre>{@code
 * UserUpdate enable = UserUpdate.builder().phoneNumber("+31302861233").voiceRoutingPolicy("World-DRaaS").build();
 * UserUpdate disable = UserUpdate.builder().clearPhoneNumber().clearVoiceRoutingPolicy().build();
 * }</pre>
 *
 * @param displayName the display name
 * @param location the ISO 3166-1 alpha-2 usage location
 * @param phoneNumber the E.164 phone number
 * @param groups the Azure AD object ids of the groups to add the user to
 * @param voiceRoutingPolicy the voice routing policy name (JSON {@code vrp})
 * @param licenses the SKU ids of the Microsoft licenses to assign
 * @param customerLicenses the customer licenses to assign; an empty list removes all
 */
public record UserUpdate(@JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> displayName,
                         @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> location,
                         FieldUpdate<String> phoneNumber, FieldUpdate<List<String>> groups,
                         @JsonProperty("vrp") FieldUpdate<String> voiceRoutingPolicy,
                         FieldUpdate<List<String>> licenses,
                         @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<List<String>> customerLicenses) {

    /**
     * Checks that something changes and that every value set is valid.
     *
     * @throws io.teamsdr.core.ValidationException listing every problem
     */
    public UserUpdate {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(voiceRoutingPolicy, "voiceRoutingPolicy");
        Objects.requireNonNull(licenses, "licenses");
        Objects.requireNonNull(customerLicenses, "customerLicenses");
        groups = groups.isSet() ? FieldUpdate.set(ModelChecks.copy(groups.value().orElseThrow())) : groups;
        licenses = licenses.isSet() ? FieldUpdate.set(ModelChecks.copy(licenses.value().orElseThrow())) : licenses;
        customerLicenses = customerLicenses.map(ModelChecks::copy);
        boolean changes = displayName.isPresent() || location.isPresent() || customerLicenses.isPresent()
                || Stream.of(phoneNumber, groups, voiceRoutingPolicy, licenses).anyMatch(update -> !update.isUnchanged());
        Validator validator = new Validator().check(changes, "update", null, "at least one field set or cleared");
        ModelChecks.text(validator, "displayName", displayName, null);
        ModelChecks.text(validator, "location", location, validator::country);
        ModelChecks.text(validator, "phoneNumber", phoneNumber, validator::e164);
        ModelChecks.text(validator, "voiceRoutingPolicy", voiceRoutingPolicy, null);
        groups.value().ifPresent(ids -> ModelChecks.objectIds(validator, "groups", ids));
        licenses.value().ifPresent(ids -> ModelChecks.objectIds(validator, "licenses", ids));
        customerLicenses.ifPresent(skus -> ModelChecks.names(validator, "customerLicenses", skus));
        validator.throwIfInvalid();
    }

    /**
     * Starts an update that changes nothing yet.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UserUpdate}; every field starts unchanged. */
    public static final class Builder {
        private @Nullable String displayName;
        private @Nullable String location;
        private FieldUpdate<String> phoneNumber = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> groups = FieldUpdate.unchanged();
        private FieldUpdate<String> voiceRoutingPolicy = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> licenses = FieldUpdate.unchanged();
        private @Nullable List<String> customerLicenses;

        private Builder() {
        }

        /**
         * Sets the display name; it cannot be removed.
         *
         * @param name the name
         * @return this builder
         */
        public Builder displayName(String name) {
            this.displayName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the usage location; it cannot be removed.
         *
         * @param country the ISO 3166-1 alpha-2 code, e.g. {@code NL}
         * @return this builder
         */
        public Builder location(String country) {
            this.location = Objects.requireNonNull(country, "country");
            return this;
        }

        /**
         * Assigns a phone number, which enables the user for voice.
         *
         * @param e164 the number, e.g. {@code +31302861233}
         * @return this builder
         */
        public Builder phoneNumber(String e164) {
            return phoneNumber(FieldUpdate.set(e164));
        }

        /**
         * Frees the phone number and disables voice (sends {@code "phoneNumber": null}).
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
         * Adds the user to groups.
         *
         * @param groupIds the groups' Azure AD object ids
         * @return this builder
         */
        public Builder groups(String... groupIds) {
            return groups(Arrays.asList(groupIds));
        }

        /**
         * Adds the user to groups.
         *
         * @param groupIds the groups' Azure AD object ids
         * @return this builder
         */
        public Builder groups(List<String> groupIds) {
            return groups(FieldUpdate.set(groupIds));
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
         * Sets the voice routing policy.
         *
         * @param name the policy name, e.g. {@code World-DRaaS}
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
         * Assigns Microsoft licenses.
         *
         * @param skuIds the license SKU ids
         * @return this builder
         */
        public Builder licenses(String... skuIds) {
            return licenses(Arrays.asList(skuIds));
        }

        /**
         * Assigns Microsoft licenses.
         *
         * @param skuIds the license SKU ids
         * @return this builder
         */
        public Builder licenses(List<String> skuIds) {
            return licenses(FieldUpdate.set(skuIds));
        }

        /**
         * Removes all Microsoft licenses (sends {@code "licenses": null}).
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
         * Assigns customer licenses; an empty list removes all.
         *
         * @param skus the customer license SKUs
         * @return this builder
         */
        public Builder customerLicenses(String... skus) {
            return customerLicenses(Arrays.asList(skus));
        }

        /**
         * Assigns customer licenses; an empty list removes all.
         *
         * @param skus the customer license SKUs
         * @return this builder
         */
        public Builder customerLicenses(List<String> skus) {
            this.customerLicenses = Objects.requireNonNull(skus, "skus");
            return this;
        }

        /**
         * Removes all customer licenses (sends {@code "customerLicenses": []}, as the document defines).
         *
         * @return this builder
         */
        public Builder clearCustomerLicenses() {
            return customerLicenses(List.of());
        }

        /**
         * Builds the update.
         *
         * @return the update
         * @throws io.teamsdr.core.ValidationException when nothing changes or a field is invalid
         */
        public UserUpdate build() {
            return new UserUpdate(Optional.ofNullable(displayName), Optional.ofNullable(location), phoneNumber, groups,
                    voiceRoutingPolicy, licenses, Optional.ofNullable(customerLicenses));
        }
    }
}
