package io.teamsdr.fusion.model;

import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.internal.UserChecks;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The body of an MS Teams user update, which also enables or disables the user for voice. Every
 * field is left unchanged (not sent), set, or cleared (sent as {@code null}): clearing the phone
 * number frees it and disables voice; clearing the policy disables it; clearing groups or licenses
 * removes all.
 *
 * <pre>{@code
 * UserUpdate enable = UserUpdate.builder().phoneNumber("+31302861233").vrp("World-DRaaS").build();
 * UserUpdate disable = UserUpdate.builder().clearPhoneNumber().clearVrp().build();
 * }</pre>
 *
 * @param displayName the display name
 * @param location the ISO 3166-1 alpha-2 usage location
 * @param phoneNumber the E.164 phone number
 * @param groups the Azure AD object ids of the groups to add the user to
 * @param vrp the voice routing policy name
 * @param licenses the SKU ids of the Microsoft licenses to assign
 * @param customerLicenses the customer licenses to assign
 */
public record UserUpdate(FieldUpdate<String> displayName, FieldUpdate<String> location,
                         FieldUpdate<String> phoneNumber, FieldUpdate<List<String>> groups, FieldUpdate<String> vrp,
                         FieldUpdate<List<String>> licenses, FieldUpdate<List<String>> customerLicenses) {

    /** Treats a {@code null} update as unchanged. */
    public UserUpdate {
        displayName = orUnchanged(displayName);
        location = orUnchanged(location);
        phoneNumber = orUnchanged(phoneNumber);
        groups = orUnchanged(groups);
        vrp = orUnchanged(vrp);
        licenses = orUnchanged(licenses);
        customerLicenses = orUnchanged(customerLicenses);
    }

    /**
     * Starts an update that changes nothing yet.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether the update sends any field.
     *
     * @return {@code true} when at least one field is set or cleared
     */
    public boolean changesAnything() {
        return Stream.of(displayName, location, phoneNumber, groups, vrp, licenses, customerLicenses)
                .anyMatch(update -> !update.isUnchanged());
    }

    private static <T> FieldUpdate<T> orUnchanged(FieldUpdate<T> update) {
        return update == null ? FieldUpdate.unchanged() : update;
    }

    /** Builds a {@link UserUpdate}; every field starts unchanged. */
    public static final class Builder {
        private FieldUpdate<String> displayName = FieldUpdate.unchanged();
        private FieldUpdate<String> location = FieldUpdate.unchanged();
        private FieldUpdate<String> phoneNumber = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> groups = FieldUpdate.unchanged();
        private FieldUpdate<String> vrp = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> licenses = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> customerLicenses = FieldUpdate.unchanged();

        private Builder() {
        }

        /**
         * Sets the display name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder displayName(String name) {
            return displayName(FieldUpdate.set(name));
        }

        /**
         * Sends {@code "displayName": null}.
         *
         * @return this builder
         */
        public Builder clearDisplayName() {
            return displayName(FieldUpdate.clear());
        }

        /**
         * Sets the display name update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder displayName(FieldUpdate<String> update) {
            this.displayName = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Sets the usage location.
         *
         * @param country the ISO 3166-1 alpha-2 code, e.g. {@code NL}
         * @return this builder
         */
        public Builder location(String country) {
            return location(FieldUpdate.set(country));
        }

        /**
         * Sends {@code "location": null}.
         *
         * @return this builder
         */
        public Builder clearLocation() {
            return location(FieldUpdate.clear());
        }

        /**
         * Sets the location update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder location(FieldUpdate<String> update) {
            this.location = Objects.requireNonNull(update, "update");
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
            return groups(FieldUpdate.set(List.copyOf(groupIds)));
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
        public Builder vrp(String name) {
            return vrp(FieldUpdate.set(name));
        }

        /**
         * Disables the voice routing policy (sends {@code "vrp": null}).
         *
         * @return this builder
         */
        public Builder clearVrp() {
            return vrp(FieldUpdate.clear());
        }

        /**
         * Sets the voice routing policy update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder vrp(FieldUpdate<String> update) {
            this.vrp = Objects.requireNonNull(update, "update");
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
            return licenses(FieldUpdate.set(List.copyOf(skuIds)));
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
            return customerLicenses(FieldUpdate.set(List.copyOf(skus)));
        }

        /**
         * Sends {@code "customerLicenses": null}.
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
         * Builds the update.
         *
         * @return the update
         * @throws io.teamsdr.core.ValidationException when nothing changes or a field is invalid
         */
        public UserUpdate build() {
            UserUpdate update = new UserUpdate(displayName, location, phoneNumber, groups, vrp, licenses, customerLicenses);
            UserChecks.userUpdate(new Validator(), update).throwIfInvalid();
            return update;
        }
    }
}
