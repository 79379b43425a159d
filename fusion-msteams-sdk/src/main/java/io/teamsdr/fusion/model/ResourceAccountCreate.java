package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.teamsdr.core.internal.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a resource account creation.
 *
 * <pre>{@code
 * ResourceAccountCreate create = ResourceAccountCreate.builder()
 *         .accountType(ResourceAccountType.CALL_QUEUE)
 *         .userPrincipalName("support_queue@contoso.onmicrosoft.com")
 *         .displayName("Support queue")
 *         .location("BE")
 *         .phoneNumber("+3225405239")
 *         .build();
 * }</pre>
 *
 * @param accountType call queue or auto attendant
 * @param userPrincipalName the account's user principal name
 * @param displayName the account's display name
 * @param location the ISO 3166-1 alpha-2 country code
 * @param phoneNumber a free phone number of the subscription to assign, in E.164 form
 * @param customerLicenses customer licenses to assign; not sent when empty
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ResourceAccountCreate(ResourceAccountType accountType, String userPrincipalName, String displayName,
                                    String location, Optional<String> phoneNumber,
                                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> customerLicenses) {

    /**
     * Validates the body before anything is sent.
     *
     * @throws io.teamsdr.core.ValidationException listing every missing or malformed field
     */
    public ResourceAccountCreate {
        phoneNumber = Objects.requireNonNullElse(phoneNumber, Optional.empty());
        List<String> licenses = customerLicenses == null ? List.of() : customerLicenses;
        Validator validator = new Validator()
                .required("accountType", accountType)
                .required("userPrincipalName", userPrincipalName)
                .upn("userPrincipalName", userPrincipalName)
                .required("displayName", displayName)
                .required("location", location)
                .country("location", location)
                .e164("phoneNumber", phoneNumber.orElse(null));
        if (accountType != null) {
            validator.check(accountType.isKnown(), "accountType", accountType.value(),
                    "one of " + ResourceAccountType.knownValues());
        }
        for (int i = 0; i < licenses.size(); i++) {
            validator.required("customerLicenses[" + i + "]", licenses.get(i));
        }
        validator.throwIfInvalid();
        customerLicenses = List.copyOf(licenses);
    }

    /**
     * Starts a creation body.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResourceAccountCreate}. */
    public static final class Builder {
        private ResourceAccountType accountType;
        private String userPrincipalName;
        private String displayName;
        private String location;
        private String phoneNumber;
        private List<String> customerLicenses = List.of();

        private Builder() {
        }

        /**
         * Sets the account type; required.
         *
         * @param accountType call queue or auto attendant
         * @return this builder
         */
        public Builder accountType(ResourceAccountType accountType) {
            this.accountType = accountType;
            return this;
        }

        /**
         * Sets the user principal name; required.
         *
         * @param userPrincipalName e.g. {@code support_queue@contoso.onmicrosoft.com}
         * @return this builder
         */
        public Builder userPrincipalName(String userPrincipalName) {
            this.userPrincipalName = userPrincipalName;
            return this;
        }

        /**
         * Sets the display name; required.
         *
         * @param displayName the name shown in Teams
         * @return this builder
         */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /**
         * Sets the location; required.
         *
         * @param location an ISO 3166-1 alpha-2 country code, e.g. {@code BE}
         * @return this builder
         */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /**
         * Assigns a free phone number of the subscription; optional.
         *
         * @param phoneNumber the number in E.164 form
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * Assigns customer licenses; optional.
         *
         * @param customerLicenses the customer license SKUs
         * @return this builder
         */
        public Builder customerLicenses(List<String> customerLicenses) {
            this.customerLicenses = Objects.requireNonNull(customerLicenses, "customerLicenses");
            return this;
        }

        /**
         * Builds and validates the body.
         *
         * @return the body
         * @throws io.teamsdr.core.ValidationException listing every missing or malformed field
         */
        public ResourceAccountCreate build() {
            return new ResourceAccountCreate(accountType, userPrincipalName, displayName, location,
                    Optional.ofNullable(phoneNumber), customerLicenses);
        }
    }
}
