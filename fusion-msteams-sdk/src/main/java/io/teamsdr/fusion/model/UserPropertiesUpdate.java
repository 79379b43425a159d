package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.teamsdr.core.internal.Validator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * New Microsoft properties of an MS Teams user: display name and usage location. A field not set is
 * not sent and stays as it is; neither can be removed.
 *
 * <pre>{@code
 * UserPropertiesUpdate update = UserPropertiesUpdate.builder().displayName("John Doe").location("BE").build();
 * }</pre>
 *
 * @param displayName the new display name
 * @param location the new ISO 3166-1 alpha-2 usage location
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record UserPropertiesUpdate(Optional<String> displayName, Optional<String> location) {

    /**
     * Checks that something is set and that the values are valid.
     *
     * @throws io.teamsdr.core.ValidationException when nothing is set or a value is invalid
     */
    public UserPropertiesUpdate {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(location, "location");
        Validator validator = new Validator().check(displayName.isPresent() || location.isPresent(), "properties", null,
                "displayName or location set");
        ModelChecks.text(validator, "displayName", displayName, null);
        ModelChecks.text(validator, "location", location, validator::country);
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

    /** Builds a {@link UserPropertiesUpdate}. */
    public static final class Builder {
        private @Nullable String displayName;
        private @Nullable String location;

        private Builder() {
        }

        /**
         * Sets the display name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder displayName(String name) {
            this.displayName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the usage location.
         *
         * @param country the ISO 3166-1 alpha-2 code
         * @return this builder
         */
        public Builder location(String country) {
            this.location = Objects.requireNonNull(country, "country");
            return this;
        }

        /**
         * Builds the update.
         *
         * @return the update
         * @throws io.teamsdr.core.ValidationException when nothing is set or a value is invalid
         */
        public UserPropertiesUpdate build() {
            return new UserPropertiesUpdate(Optional.ofNullable(displayName), Optional.ofNullable(location));
        }
    }
}
