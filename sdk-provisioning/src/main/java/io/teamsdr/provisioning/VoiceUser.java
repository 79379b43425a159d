package io.teamsdr.provisioning;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One voice user the customer should have: an existing MS Teams user (named by UPN) that Fusion
 * gives a number, and that the SBC gets a SIP user for.
 *
 * <p>What the Fusion API allows shapes what can be declared: the number, the voice routing policy
 * and the usage location are set exactly; licenses and groups are those the user must <em>at least</em>
 * hold, because Fusion's bulk update adds them to what the user has (removing one would need the
 * user's complete license set, including licenses that have nothing to do with voice). Licenses are
 * named by SKU part number (e.g. {@code MCOEV}) or SKU id, groups by display name, as the bulk
 * update takes them.
 *
 * <p>Values are not checked when the record is made, so that a desired state can report every
 * problem at once; {@link DesiredState.Builder#build()} checks them.
 *
 * @param upn the user principal name, e.g. {@code emma.peeters@contoso.onmicrosoft.com}
 * @param number the E.164 number Fusion assigns and the SBC uses as the user's DID
 * @param vrp the voice routing policy; empty leaves the user's policy as it is
 * @param licenses licenses the user must hold, distinct, in the given order
 * @param groups groups the user must belong to, distinct, in the given order
 * @param location the ISO 3166-1 alpha-2 usage location; empty leaves it as it is
 */
public record VoiceUser(String upn, String number, Optional<String> vrp, List<String> licenses, List<String> groups,
                        Optional<String> location) {

    /**
     * Normalizes absent parts (empty optionals, empty lists) and removes repeated list entries.
     *
     * @throws NullPointerException when a license or group name is {@code null}
     */
    public VoiceUser {
        vrp = Objects.requireNonNullElse(vrp, Optional.empty());
        location = Objects.requireNonNullElse(location, Optional.empty());
        licenses = distinct(licenses);
        groups = distinct(groups);
    }

    /**
     * Starts a builder.
     *
     * @param upn the user principal name
     * @param number the E.164 number
     * @return a builder
     */
    public static Builder builder(String upn, String number) {
        return new Builder(upn, number);
    }

    private static List<String> distinct(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        for (String value : values) {
            Objects.requireNonNull(value, "a license or group name is null");
        }
        // List.copyOf keeps an immutable list as it is, so lists shared between users stay shared.
        return new LinkedHashSet<>(values).size() == values.size() ? List.copyOf(values)
                : List.copyOf(new LinkedHashSet<>(values));
    }

    /** Builds a {@link VoiceUser}. */
    public static final class Builder {
        private final String upn;
        private final String number;
        private String vrp;
        private List<String> licenses = List.of();
        private List<String> groups = List.of();
        private String location;

        private Builder(String upn, String number) {
            this.upn = upn;
            this.number = number;
        }

        /**
         * Sets the voice routing policy.
         *
         * @param name the policy name, e.g. {@code Belgium-National}
         * @return this builder
         */
        public Builder vrp(String name) {
            this.vrp = name;
            return this;
        }

        /**
         * Sets the licenses the user must hold.
         *
         * @param names SKU part numbers or SKU ids
         * @return this builder
         */
        public Builder licenses(String... names) {
            return licenses(Arrays.asList(names));
        }

        /**
         * Sets the licenses the user must hold.
         *
         * @param names SKU part numbers or SKU ids
         * @return this builder
         */
        public Builder licenses(List<String> names) {
            // An immutable list is kept as it is, so that users built from one list share it.
            this.licenses = List.copyOf(Objects.requireNonNull(names, "names"));
            return this;
        }

        /**
         * Sets the groups the user must belong to.
         *
         * @param names group display names
         * @return this builder
         */
        public Builder groups(String... names) {
            return groups(Arrays.asList(names));
        }

        /**
         * Sets the groups the user must belong to.
         *
         * @param names group display names
         * @return this builder
         */
        public Builder groups(List<String> names) {
            this.groups = List.copyOf(Objects.requireNonNull(names, "names"));
            return this;
        }

        /**
         * Sets the usage location.
         *
         * @param country an ISO 3166-1 alpha-2 code, e.g. {@code BE}
         * @return this builder
         */
        public Builder location(String country) {
            this.location = country;
            return this;
        }

        /**
         * Builds the user; it is checked with the rest of the desired state.
         *
         * @return the user
         */
        public VoiceUser build() {
            return new VoiceUser(upn, number, Optional.ofNullable(vrp), licenses, groups, Optional.ofNullable(location));
        }
    }
}
