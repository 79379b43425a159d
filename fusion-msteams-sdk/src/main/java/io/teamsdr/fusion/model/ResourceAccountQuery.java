package io.teamsdr.fusion.model;

import io.teamsdr.core.internal.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What to list of the resource accounts: optional filters (locations, has a number or not, account
 * type) and whether to refresh the phone numbers from Microsoft Teams in the background.
 *
 * <pre>{@code
 * ResourceAccountQuery query = ResourceAccountQuery.builder()
 *         .locations("BE", "NL").hasPhoneNumber(true).type(ResourceAccountType.CALL_QUEUE).build();
 * }</pre>
 */
public final class ResourceAccountQuery {
    private static final ResourceAccountQuery ALL = builder().build();

    private final boolean refresh;
    private final List<String> locations;
    private final @Nullable Boolean hasPhoneNumber;
    private final @Nullable ResourceAccountType type;

    private ResourceAccountQuery(Builder builder) {
        this.refresh = builder.refresh;
        this.locations = List.copyOf(builder.locations);
        this.hasPhoneNumber = builder.hasPhoneNumber;
        this.type = builder.type;
    }

    /**
     * Lists every resource account, without filters or refresh.
     *
     * @return the query
     */
    public static ResourceAccountQuery all() {
        return ALL;
    }

    /**
     * Starts a query.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether the server should refresh the phone numbers from Microsoft Teams (in the
     * background; the answer may still show the previous numbers).
     *
     * @return {@code true} to send {@code refresh=true}
     */
    public boolean refresh() {
        return refresh;
    }

    /**
     * Returns the usage locations to keep.
     *
     * @return ISO 3166-1 alpha-2 codes; empty for no country filter
     */
    public List<String> locations() {
        return locations;
    }

    /**
     * Returns whether to keep only accounts with a number ({@code true}) or without ({@code false}).
     *
     * @return the number filter, empty for none
     */
    public Optional<Boolean> hasPhoneNumber() {
        return Optional.ofNullable(hasPhoneNumber);
    }

    /**
     * Returns the account type to keep.
     *
     * @return the type filter, empty for none
     */
    public Optional<ResourceAccountType> type() {
        return Optional.ofNullable(type);
    }

    /**
     * Tells whether any filter is set.
     *
     * @return {@code true} when the {@code filters} parameter has to be sent
     */
    public boolean hasFilters() {
        return !locations.isEmpty() || hasPhoneNumber != null || type != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceAccountQuery that && refresh == that.refresh
                && locations.equals(that.locations) && Objects.equals(hasPhoneNumber, that.hasPhoneNumber)
                && Objects.equals(type, that.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(refresh, locations, hasPhoneNumber, type);
    }

    @Override
    public String toString() {
        return "ResourceAccountQuery[refresh=" + refresh + ", locations=" + locations + ", hasPhoneNumber=" + hasPhoneNumber
                + ", type=" + type + "]";
    }

    /** Builds a {@link ResourceAccountQuery}. */
    public static final class Builder {
        private boolean refresh;
        private final List<String> locations = new ArrayList<>();
        private @Nullable Boolean hasPhoneNumber;
        private @Nullable ResourceAccountType type;

        private Builder() {
        }

        /**
         * Asks the server to refresh the phone numbers from Microsoft Teams in the background.
         *
         * @param refresh {@code true} to refresh
         * @return this builder
         */
        public Builder refresh(boolean refresh) {
            this.refresh = refresh;
            return this;
        }

        /**
         * Keeps only accounts whose usage location is one of these; adds to earlier calls.
         *
         * @param codes ISO 3166-1 alpha-2 codes, e.g. {@code "BE", "NL"}
         * @return this builder
         */
        public Builder locations(String... codes) {
            return locations(Arrays.asList(codes));
        }

        /**
         * Keeps only accounts whose usage location is one of these; adds to earlier calls.
         *
         * @param codes ISO 3166-1 alpha-2 codes
         * @return this builder
         */
        public Builder locations(List<String> codes) {
            locations.addAll(codes);
            return this;
        }

        /**
         * Keeps only accounts with a phone number ({@code true}) or only those without ({@code false}).
         *
         * @param hasPhoneNumber the wanted state
         * @return this builder
         */
        public Builder hasPhoneNumber(boolean hasPhoneNumber) {
            this.hasPhoneNumber = hasPhoneNumber;
            return this;
        }

        /**
         * Keeps only accounts of one type.
         *
         * @param type call queue or auto attendant
         * @return this builder
         */
        public Builder type(ResourceAccountType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws io.teamsdr.core.ValidationException when a country code is not ISO 3166-1 alpha-2
         *     or the type is not one the API documents
         */
        public ResourceAccountQuery build() {
            Validator validator = new Validator();
            for (int i = 0; i < locations.size(); i++) {
                validator.required("locations[" + i + "]", locations.get(i))
                        .country("locations[" + i + "]", locations.get(i));
            }
            if (type != null) {
                validator.check(type.isKnown(), "type", type.value(), "one of " + ResourceAccountType.knownValues());
            }
            validator.throwIfInvalid();
            return new ResourceAccountQuery(this);
        }
    }
}
