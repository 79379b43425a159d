package io.teamsdr.fusion.model;

import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.internal.UserChecks;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One user of a bulk update (the "MS Teams user bulk object"). The user is named by its UPN; groups
 * and licenses are named by their names, not ids. A UPN Fusion does not know fails that item only
 * (the document describes the bulk call as an update of existing users).
 *
 * <p>Every optional field has three states: left out (unchanged), set, or sent as {@code null},
 * which the API reads as "remove": a {@code null} number frees the number and disables voice, a
 * {@code null} policy disables it, {@code null} groups or licenses remove all. A template overrides
 * country, policy, groups and licenses.
 *
 * <pre>{@code
 * BulkUserItem item = BulkUserItem.builder("test1@contoso.onmicrosoft.com", "Test One")
 *         .number("+3212345669").country("BE").vrp("Global").groups("Security", "All").build();
 * BulkUserItem off = BulkUserItem.builder("test2@contoso.onmicrosoft.com", "Test Two").clearNumber().build();
 * }</pre>
 *
 * @param upn the user principal name
 * @param displayName the display name
 * @param number the E.164 phone number
 * @param country the ISO 3166-1 alpha-2 country code
 * @param vrp the voice routing policy name
 * @param groups the names of the groups to add the user to
 * @param licenses the names of the licenses to assign
 * @param customerLicenses the customer license SKUs to assign
 * @param template the name of the template to apply
 */
public record BulkUserItem(String upn, String displayName, FieldUpdate<String> number, FieldUpdate<String> country,
                           FieldUpdate<String> vrp, FieldUpdate<List<String>> groups,
                           FieldUpdate<List<String>> licenses, FieldUpdate<List<String>> customerLicenses,
                           FieldUpdate<String> template) {

    /** Treats a {@code null} update as unchanged. */
    public BulkUserItem {
        number = orUnchanged(number);
        country = orUnchanged(country);
        vrp = orUnchanged(vrp);
        groups = orUnchanged(groups);
        licenses = orUnchanged(licenses);
        customerLicenses = orUnchanged(customerLicenses);
        template = orUnchanged(template);
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

    private static <T> FieldUpdate<T> orUnchanged(FieldUpdate<T> update) {
        return update == null ? FieldUpdate.unchanged() : update;
    }

    /** Builds a {@link BulkUserItem}. */
    public static final class Builder {
        private final String upn;
        private final String displayName;
        private FieldUpdate<String> number = FieldUpdate.unchanged();
        private FieldUpdate<String> country = FieldUpdate.unchanged();
        private FieldUpdate<String> vrp = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> groups = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> licenses = FieldUpdate.unchanged();
        private FieldUpdate<List<String>> customerLicenses = FieldUpdate.unchanged();
        private FieldUpdate<String> template = FieldUpdate.unchanged();

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
        public Builder number(String e164) {
            return number(FieldUpdate.set(e164));
        }

        /**
         * Frees the user's phone number and disables voice (sends {@code "number": null}).
         *
         * @return this builder
         */
        public Builder clearNumber() {
            return number(FieldUpdate.clear());
        }

        /**
         * Sets the phone number update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder number(FieldUpdate<String> update) {
            this.number = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Sets the country.
         *
         * @param code the ISO 3166-1 alpha-2 code, e.g. {@code BE}
         * @return this builder
         */
        public Builder country(String code) {
            return country(FieldUpdate.set(code));
        }

        /**
         * Sends {@code "country": null}.
         *
         * @return this builder
         */
        public Builder clearCountry() {
            return country(FieldUpdate.clear());
        }

        /**
         * Sets the country update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder country(FieldUpdate<String> update) {
            this.country = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Sets the voice routing policy.
         *
         * @param name the policy name
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
            return groups(FieldUpdate.set(List.copyOf(names)));
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
            return licenses(FieldUpdate.set(List.copyOf(names)));
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
            return customerLicenses(FieldUpdate.set(List.copyOf(skus)));
        }

        /**
         * Removes all customer licenses (sends {@code "customerLicenses": null}).
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
         * Applies a template, which overrides country, policy, groups and licenses.
         *
         * @param name the template name
         * @return this builder
         */
        public Builder template(String name) {
            return template(FieldUpdate.set(name));
        }

        /**
         * Sends {@code "template": null}.
         *
         * @return this builder
         */
        public Builder clearTemplate() {
            return template(FieldUpdate.clear());
        }

        /**
         * Sets the template update in any state.
         *
         * @param update unchanged, set or clear
         * @return this builder
         */
        public Builder template(FieldUpdate<String> update) {
            this.template = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item
         * @throws io.teamsdr.core.ValidationException listing every invalid field
         */
        public BulkUserItem build() {
            BulkUserItem item = new BulkUserItem(upn, displayName, number, country, vrp, groups, licenses,
                    customerLicenses, template);
            UserChecks.bulkItem(new Validator(), "", item).throwIfInvalid();
            return item;
        }
    }
}
