package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.teamsdr.core.internal.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An MS Teams user to create. The user principal name is {@code username@domain}.
 *
 * <pre>{@code
 * NewUser user = NewUser.builder().username("ThomasA").domain("contoso.onmicrosoft.com")
 *         .displayName("Thomas Anderson").location("NL").customerLicenses("test-sku").build();
 * }</pre>
 *
 * @param displayName the display name
 * @param domain the Azure AD domain, e.g. {@code contoso.onmicrosoft.com}
 * @param username the part of the UPN before {@code @}
 * @param location the ISO 3166-1 alpha-2 usage location
 * @param customerLicenses the customer licenses to assign, possibly empty (then not sent)
 */
public record NewUser(String displayName, String domain, String username, String location,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> customerLicenses) {

    /**
     * Checks every field and copies the licenses.
     *
     * @throws io.teamsdr.core.ValidationException listing every missing or invalid field
     */
    public NewUser {
        customerLicenses = ModelChecks.copy(Objects.requireNonNull(customerLicenses, "customerLicenses"));
        Validator validator = new Validator()
                .required("displayName", displayName)
                .required("domain", domain)
                .required("username", username)
                .required("location", location)
                .country("location", blankToNull(location))
                .fqdn("domain", blankToNull(domain));
        if (blankToNull(username) != null && blankToNull(domain) != null) {
            validator.upn("username@domain", username + "@" + domain);
        }
        ModelChecks.names(validator, "customerLicenses", customerLicenses).throwIfInvalid();
    }

    /**
     * Starts a user.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the user principal name the user will have.
     *
     * @return {@code username@domain}
     */
    public String userPrincipalName() {
        return username + "@" + domain;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Builds a {@link NewUser}. */
    public static final class Builder {
        private @Nullable String displayName;
        private @Nullable String domain;
        private @Nullable String username;
        private @Nullable String location;
        private List<String> customerLicenses = List.of();

        private Builder() {
        }

        /**
         * Sets the display name; required.
         *
         * @param name the name
         * @return this builder
         */
        public Builder displayName(String name) {
            this.displayName = name;
            return this;
        }

        /**
         * Sets the domain; required.
         *
         * @param domain the Azure AD domain
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /**
         * Sets the user name, the part of the UPN before {@code @}; required.
         *
         * @param username the user name
         * @return this builder
         */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /**
         * Sets the usage location; required.
         *
         * @param country the ISO 3166-1 alpha-2 code
         * @return this builder
         */
        public Builder location(String country) {
            this.location = country;
            return this;
        }

        /**
         * Sets the customer licenses to assign.
         *
         * @param skus the customer license SKUs
         * @return this builder
         */
        public Builder customerLicenses(String... skus) {
            return customerLicenses(Arrays.asList(skus));
        }

        /**
         * Sets the customer licenses to assign.
         *
         * @param skus the customer license SKUs
         * @return this builder
         */
        public Builder customerLicenses(List<String> skus) {
            this.customerLicenses = Objects.requireNonNull(skus, "skus");
            return this;
        }

        /**
         * Builds the user.
         *
         * @return the user
         * @throws io.teamsdr.core.ValidationException listing every missing or invalid field
         */
        public NewUser build() {
            return new NewUser(displayName, domain, username, location, customerLicenses);
        }
    }
}
