package io.teamsdr.fusion.model;

import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import java.util.List;
import java.util.Objects;

/**
 * The body of a resource account modification. Each field is left unchanged (not sent), set, or,
 * for the phone number and the voice routing policy, removed (sent as {@code null}).
 *
 * <pre>{@code
 * ResourceAccountUpdate update = ResourceAccountUpdate.builder()
 *         .displayName("Support queue (NL)").location("NL")
 *         .phoneNumber("+31302004498").removeVoiceRoutingPolicy()
 *         .build();
 * }</pre>
 *
 * @param accountType the new account type; may not be cleared
 * @param displayName the new display name; may not be cleared
 * @param location the new ISO 3166-1 alpha-2 country code; may not be cleared
 * @param phoneNumber the new phone number in E.164 form, or cleared to remove the number
 * @param vrp the identity of the new voice routing policy, or cleared to remove the policy
 * @param customerLicenses the full new list of customer licenses; an empty list removes them all;
 *     may not be cleared
 */
public record ResourceAccountUpdate(FieldUpdate<ResourceAccountType> accountType, FieldUpdate<String> displayName,
                                    FieldUpdate<String> location, FieldUpdate<String> phoneNumber,
                                    FieldUpdate<String> vrp, FieldUpdate<List<String>> customerLicenses) {

    /**
     * Validates the body before anything is sent.
     *
     * @throws io.teamsdr.core.ValidationException listing every malformed field, a cleared field
     *     that cannot be cleared, or a body that changes nothing
     */
    public ResourceAccountUpdate {
        accountType = orUnchanged(accountType);
        displayName = orUnchanged(displayName);
        location = orUnchanged(location);
        phoneNumber = orUnchanged(phoneNumber);
        vrp = orUnchanged(vrp);
        customerLicenses = orUnchanged(customerLicenses);
        Validator validator = new Validator()
                .check(!accountType.isCleared(), "accountType", null, "cannot be removed")
                .check(!displayName.isCleared(), "displayName", null, "cannot be removed")
                .check(!location.isCleared(), "location", null, "cannot be removed")
                .check(!customerLicenses.isCleared(), "customerLicenses", null,
                        "cannot be null; send an empty list to remove all customer licenses")
                .check(!displayName.value().map(String::isBlank).orElse(false), "displayName",
                        displayName.value().orElse(null), "required")
                .country("location", location.value().orElse(null))
                .e164("phoneNumber", phoneNumber.value().orElse(null))
                .check(!vrp.value().map(String::isBlank).orElse(false), "vrp", vrp.value().orElse(null),
                        "a voice routing policy identity; use removeVoiceRoutingPolicy() to remove it")
                .check(!(accountType.isUnchanged() && displayName.isUnchanged() && location.isUnchanged()
                        && phoneNumber.isUnchanged() && vrp.isUnchanged() && customerLicenses.isUnchanged()),
                        "body", null, "at least one field to change");
        accountType.value().ifPresent(type -> validator.check(type.isKnown(), "accountType", type.value(),
                "one of " + ResourceAccountType.knownValues()));
        List<String> licenses = customerLicenses.value().orElse(List.of());
        for (int i = 0; i < licenses.size(); i++) {
            validator.required("customerLicenses[" + i + "]", licenses.get(i));
        }
        validator.throwIfInvalid();
        if (customerLicenses.isSet()) {
            customerLicenses = FieldUpdate.set(List.copyOf(licenses));
        }
    }

    private static <T> FieldUpdate<T> orUnchanged(FieldUpdate<T> update) {
        return Objects.requireNonNullElse(update, FieldUpdate.unchanged());
    }

    /**
     * Starts a modification body.
     *
     * @return a builder with every field unchanged
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResourceAccountUpdate}. */
    public static final class Builder {
        private FieldUpdate<ResourceAccountType> accountType = FieldUpdate.unchanged();
        private FieldUpdate<String> displayName = FieldUpdate.unchanged();
        private FieldUpdate<String> location = FieldUpdate.unchanged();
        private FieldUpdate<String> phoneNumber = FieldUpdate.unchanged();
        private FieldUpdate<String> vrp = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> customerLicenses = FieldUpdate.unchanged();

        private Builder() {
        }

        /**
         * Changes the account type.
         *
         * @param accountType call queue or auto attendant
         * @return this builder
         */
        public Builder accountType(ResourceAccountType accountType) {
            this.accountType = FieldUpdate.set(accountType);
            return this;
        }

        /**
         * Changes the display name.
         *
         * @param displayName the new name
         * @return this builder
         */
        public Builder displayName(String displayName) {
            this.displayName = FieldUpdate.set(displayName);
            return this;
        }

        /**
         * Changes the location.
         *
         * @param location an ISO 3166-1 alpha-2 country code
         * @return this builder
         */
        public Builder location(String location) {
            this.location = FieldUpdate.set(location);
            return this;
        }

        /**
         * Assigns a phone number, replacing any current one.
         *
         * @param phoneNumber a free number of the subscription in E.164 form
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = FieldUpdate.set(phoneNumber);
            return this;
        }

        /**
         * Removes the account's phone number (sends {@code "phoneNumber": null}).
         *
         * @return this builder
         */
        public Builder removePhoneNumber() {
            this.phoneNumber = FieldUpdate.clear();
            return this;
        }

        /**
         * Assigns a voice routing policy.
         *
         * @param identity the policy identity, as listed by the voice routing policies API
         * @return this builder
         */
        public Builder voiceRoutingPolicy(String identity) {
            this.vrp = FieldUpdate.set(identity);
            return this;
        }

        /**
         * Removes the account's voice routing policy (sends {@code "vrp": null}).
         *
         * @return this builder
         */
        public Builder removeVoiceRoutingPolicy() {
            this.vrp = FieldUpdate.clear();
            return this;
        }

        /**
         * Replaces the account's customer licenses with this full list; an empty list removes all.
         *
         * @param customerLicenses the customer license SKUs
         * @return this builder
         */
        public Builder customerLicenses(List<String> customerLicenses) {
            this.customerLicenses = FieldUpdate.set(customerLicenses);
            return this;
        }

        /**
         * Builds and validates the body.
         *
         * @return the body
         * @throws io.teamsdr.core.ValidationException as the record's constructor
         */
        public ResourceAccountUpdate build() {
            return new ResourceAccountUpdate(accountType, displayName, location, phoneNumber, vrp, customerLicenses);
        }
    }
}
