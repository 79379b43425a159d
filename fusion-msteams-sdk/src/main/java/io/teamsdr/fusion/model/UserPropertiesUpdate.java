package io.teamsdr.fusion.model;

import io.teamsdr.core.FieldUpdate;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.internal.UserChecks;
import java.util.Objects;

/**
 * New Microsoft properties of an MS Teams user: display name and usage location. A field not set is
 * not sent and stays as it is.
 *
 * <pre>{@code
 * UserPropertiesUpdate update = UserPropertiesUpdate.builder().displayName("John Doe").location("BE").build();
 * }</pre>
 *
 * @param displayName the new display name
 * @param location the new ISO 3166-1 alpha-2 usage location
 */
public record UserPropertiesUpdate(FieldUpdate<String> displayName, FieldUpdate<String> location) {

    /** Treats a {@code null} update as unchanged. */
    public UserPropertiesUpdate {
        displayName = displayName == null ? FieldUpdate.unchanged() : displayName;
        location = location == null ? FieldUpdate.unchanged() : location;
    }

    /**
     * Starts an update that changes nothing yet.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UserPropertiesUpdate}. */
    public static final class Builder {
        private FieldUpdate<String> displayName = FieldUpdate.unchanged();
        private FieldUpdate<String> location = FieldUpdate.unchanged();

        private Builder() {
        }

        /**
         * Sets the display name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder displayName(String name) {
            this.displayName = FieldUpdate.set(Objects.requireNonNull(name, "name"));
            return this;
        }

        /**
         * Sets the usage location.
         *
         * @param country the ISO 3166-1 alpha-2 code
         * @return this builder
         */
        public Builder location(String country) {
            this.location = FieldUpdate.set(Objects.requireNonNull(country, "country"));
            return this;
        }

        /**
         * Builds the update.
         *
         * @return the update
         * @throws io.teamsdr.core.ValidationException when nothing is set or a value is invalid
         */
        public UserPropertiesUpdate build() {
            UserPropertiesUpdate update = new UserPropertiesUpdate(displayName, location);
            UserChecks.properties(new Validator(), update).throwIfInvalid();
            return update;
        }
    }
}
