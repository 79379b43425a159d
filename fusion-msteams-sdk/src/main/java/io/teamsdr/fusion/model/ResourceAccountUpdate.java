package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The body of a resource account modification. Each field is left unchanged (not sent) or set; the
 * phone number and the voice routing policy can also be removed (sent as {@code null}), and clearing
 * the customer licenses sends an empty list, as the document defines.
 *
 * <pre>{@code
 * ResourceAccountUpdate update = ResourceAccountUpdate.builder()
 *         .displayName("Support queue (NL)").location("NL")
 *         .phoneNumber("+31302004498").clearVoiceRoutingPolicy()
 *         .build();
 * }</pre>
 *
 * @param accountType the new account type
 * @param displayName the new display name
 * @param location the new ISO 3166-1 alpha-2 usage location
 * @param phoneNumber the new phone number in E.164 form, or cleared to remove the number
 * @param voiceRoutingPolicy the identity of the new voice routing policy, or cleared to remove it (JSON {@code vrp})
 * @param customerLicenses the full new list of customer licenses; an empty list removes them all
 */
public record ResourceAccountUpdate(@JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<ResourceAccountType> accountType,
                                    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> displayName,
                                    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> location,
                                    FieldUpdate<String> phoneNumber,
                                    @JsonProperty("vrp") FieldUpdate<String> voiceRoutingPolicy,
                                    @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<List<String>> customerLicenses) {

    /**
     * Checks that something changes and that every value set is valid.
     *
     * @throws io.teamsdr.core.ValidationException listing every problem
     */
    public ResourceAccountUpdate {
        Objects.requireNonNull(accountType, "accountType");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(voiceRoutingPolicy, "voiceRoutingPolicy");
        Objects.requireNonNull(customerLicenses, "customerLicenses");
        customerLicenses = customerLicenses.map(ModelChecks::copy);
        boolean changes = accountType.isPresent() || displayName.isPresent() || location.isPresent()
                || !phoneNumber.isUnchanged() || !voiceRoutingPolicy.isUnchanged() || customerLicenses.isPresent();
        Validator validator = new Validator().check(changes, "body", null, "at least one field to change");
        ModelChecks.text(validator, "displayName", displayName, null);
        ModelChecks.text(validator, "location", location, validator::country);
        ModelChecks.text(validator, "phoneNumber", phoneNumber, validator::e164);
        ModelChecks.text(validator, "voiceRoutingPolicy", voiceRoutingPolicy, null);
        accountType.ifPresent(type -> validator.check(type.isKnown(), "accountType", type.value(),
                "one of " + ResourceAccountType.knownValues()));
        customerLicenses.ifPresent(skus -> ModelChecks.names(validator, "customerLicenses", skus));
        validator.throwIfInvalid();
    }

    /**
     * Starts a modification that changes nothing yet.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResourceAccountUpdate}; every field starts unchanged. */
    public static final class Builder {
        private @Nullable ResourceAccountType accountType;
        private @Nullable String displayName;
        private @Nullable String location;
        private FieldUpdate<String> phoneNumber = FieldUpdate.unchanged();
        private FieldUpdate<String> voiceRoutingPolicy = FieldUpdate.unchanged();
        private @Nullable List<String> customerLicenses;

        private Builder() {
        }

        /**
         * Changes the account type.
         *
         * @param accountType call queue or auto attendant
         * @return this builder
         */
        public Builder accountType(ResourceAccountType accountType) {
            this.accountType = Objects.requireNonNull(accountType, "accountType");
            return this;
        }

        /**
         * Changes the display name.
         *
         * @param displayName the new name
         * @return this builder
         */
        public Builder displayName(String displayName) {
            this.displayName = Objects.requireNonNull(displayName, "displayName");
            return this;
        }

        /**
         * Changes the usage location.
         *
         * @param country the ISO 3166-1 alpha-2 code
         * @return this builder
         */
        public Builder location(String country) {
            this.location = Objects.requireNonNull(country, "country");
            return this;
        }

        /**
         * Assigns a phone number, replacing the current one.
         *
         * @param e164 the number in E.164 form
         * @return this builder
         */
        public Builder phoneNumber(String e164) {
            this.phoneNumber = FieldUpdate.set(e164);
            return this;
        }

        /**
         * Removes the account's phone number (sends {@code "phoneNumber": null}).
         *
         * @return this builder
         */
        public Builder clearPhoneNumber() {
            this.phoneNumber = FieldUpdate.clear();
            return this;
        }

        /**
         * Assigns a voice routing policy.
         *
         * @param identity the policy's identity, as {@link VoiceRoutingPolicy#identity()} gives it
         * @return this builder
         */
        public Builder voiceRoutingPolicy(String identity) {
            this.voiceRoutingPolicy = FieldUpdate.set(identity);
            return this;
        }

        /**
         * Removes the account's voice routing policy (sends {@code "vrp": null}).
         *
         * @return this builder
         */
        public Builder clearVoiceRoutingPolicy() {
            this.voiceRoutingPolicy = FieldUpdate.clear();
            return this;
        }

        /**
         * Replaces the customer licenses with this full list; an empty list removes them all.
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
         * Builds the modification.
         *
         * @return the modification
         * @throws io.teamsdr.core.ValidationException when nothing changes or a value is invalid
         */
        public ResourceAccountUpdate build() {
            return new ResourceAccountUpdate(Optional.ofNullable(accountType), Optional.ofNullable(displayName),
                    Optional.ofNullable(location), phoneNumber, voiceRoutingPolicy, Optional.ofNullable(customerLicenses));
        }
    }
}
