package io.teamsdr.fusion.model;

import io.teamsdr.core.internal.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What to list of the MS Teams users: page size, a display-name prefix, a group, filters on country,
 * voice and phone number, and whether to refresh phone numbers from Microsoft Teams.
 *
 * <p>The whole query is sent with every page. Fusion accepts a continuation token only with the
 * query that produced it, so a saved {@link io.teamsdr.core.Cursor} resumes only a listing with an
 * equal query; any other is refused before a request is sent.
 *
 * <pre>{@code
 * UserQuery query = UserQuery.builder().pageSize(100).search("Tho")
 *         .locations("BE", "NL").voiceEnabled(VoiceEnabled.YES).hasPhoneNumber(false).build();
 * }</pre>
 */
public final class UserQuery {
    /** The largest page size the SDK sends, and the default: fewer requests for a long listing. */
    public static final int MAX_PAGE_SIZE = 999;

    private static final UserQuery ALL = builder().build();

    private final int pageSize;
    private final @Nullable String search;
    private final @Nullable String group;
    private final boolean refresh;
    private final List<String> locations;
    private final @Nullable VoiceEnabled voiceEnabled;
    private final @Nullable Boolean hasPhoneNumber;

    private UserQuery(Builder builder) {
        this.pageSize = builder.pageSize;
        this.search = builder.search;
        this.group = builder.group;
        this.refresh = builder.refresh;
        this.locations = List.copyOf(builder.locations);
        this.voiceEnabled = builder.voiceEnabled;
        this.hasPhoneNumber = builder.hasPhoneNumber;
    }

    /**
     * Lists every user, in pages of the largest size, without filters.
     *
     * @return the query
     */
    public static UserQuery all() {
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
     * Returns the page size.
     *
     * @return 1 to 999
     */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Returns the case-insensitive prefix of the display name to search for.
     *
     * @return the prefix, empty for none
     */
    public Optional<String> search() {
        return Optional.ofNullable(search);
    }

    /**
     * Returns the group whose members to list.
     *
     * @return the group's Azure AD object id, empty for all users
     */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /**
     * Tells whether Fusion should refresh phone numbers from Microsoft Teams (in the background).
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
     * Returns the voice eligibility to keep.
     *
     * @return the voice filter, empty for none
     */
    public Optional<VoiceEnabled> voiceEnabled() {
        return Optional.ofNullable(voiceEnabled);
    }

    /**
     * Returns whether to keep only users with a number ({@code true}) or without ({@code false}).
     *
     * @return the number filter, empty for none
     */
    public Optional<Boolean> hasPhoneNumber() {
        return Optional.ofNullable(hasPhoneNumber);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserQuery that && pageSize == that.pageSize && refresh == that.refresh
                && Objects.equals(search, that.search) && Objects.equals(group, that.group)
                && locations.equals(that.locations) && Objects.equals(voiceEnabled, that.voiceEnabled)
                && Objects.equals(hasPhoneNumber, that.hasPhoneNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pageSize, search, group, refresh, locations, voiceEnabled, hasPhoneNumber);
    }

    @Override
    public String toString() {
        return "UserQuery[pageSize=" + pageSize + ", search=" + search + ", group=" + group + ", refresh=" + refresh
                + ", locations=" + locations + ", voiceEnabled=" + voiceEnabled + ", hasPhoneNumber=" + hasPhoneNumber + "]";
    }

    /** Builds a {@link UserQuery}. */
    public static final class Builder {
        private int pageSize = MAX_PAGE_SIZE;
        private @Nullable String search;
        private @Nullable String group;
        private boolean refresh;
        private final List<String> locations = new ArrayList<>();
        private @Nullable VoiceEnabled voiceEnabled;
        private @Nullable Boolean hasPhoneNumber;

        private Builder() {
        }

        /**
         * Sets how many users a page holds.
         *
         * @param size 1 to 999; default 999, the largest (Fusion's own default, used when none is sent, is 10)
         * @return this builder
         */
        public Builder pageSize(int size) {
            this.pageSize = size;
            return this;
        }

        /**
         * Keeps users whose display name starts with the text, ignoring case.
         *
         * @param prefix the prefix; {@code null} or empty for no search
         * @return this builder
         */
        public Builder search(@Nullable String prefix) {
            this.search = prefix == null || prefix.isEmpty() ? null : prefix;
            return this;
        }

        /**
         * Keeps the members of one group.
         *
         * @param groupId the group's Azure AD object id; {@code null} for all users
         * @return this builder
         */
        public Builder group(@Nullable String groupId) {
            this.group = groupId;
            return this;
        }

        /**
         * Asks Fusion to refresh the users' phone numbers from Microsoft Teams in the background.
         *
         * @param refresh {@code true} to refresh
         * @return this builder
         */
        public Builder refresh(boolean refresh) {
            this.refresh = refresh;
            return this;
        }

        /**
         * Keeps users whose usage location is one of these; adds to earlier calls.
         *
         * @param codes ISO 3166-1 alpha-2 codes, e.g. {@code "BE", "NL"}
         * @return this builder
         */
        public Builder locations(String... codes) {
            return locations(Arrays.asList(codes));
        }

        /**
         * Keeps users whose usage location is one of these; adds to earlier calls.
         *
         * @param codes ISO 3166-1 alpha-2 codes
         * @return this builder
         */
        public Builder locations(List<String> codes) {
            locations.addAll(codes);
            return this;
        }

        /**
         * Keeps users with this voice eligibility.
         *
         * @param value {@link VoiceEnabled#YES}, {@link VoiceEnabled#NO} or {@link VoiceEnabled#MAYBE}
         * @return this builder
         */
        public Builder voiceEnabled(VoiceEnabled value) {
            this.voiceEnabled = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Keeps only users with a phone number ({@code true}) or only those without ({@code false}).
         *
         * @param hasPhoneNumber the wanted state
         * @return this builder
         */
        public Builder hasPhoneNumber(boolean hasPhoneNumber) {
            this.hasPhoneNumber = hasPhoneNumber;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws io.teamsdr.core.ValidationException when the page size is out of range, a country
         *     code is not ISO 3166-1 alpha-2, the group is not a UUID or the voice value is unknown
         */
        public UserQuery build() {
            Validator validator = new Validator().range("pageSize", pageSize, 1, MAX_PAGE_SIZE).uuid("group", group);
            for (int i = 0; i < locations.size(); i++) {
                validator.required("locations[" + i + "]", locations.get(i))
                        .country("locations[" + i + "]", locations.get(i));
            }
            if (voiceEnabled != null) {
                validator.check(voiceEnabled.isKnown(), "voiceEnabled", voiceEnabled.value(),
                        "one of " + VoiceEnabled.knownValues());
            }
            validator.throwIfInvalid();
            return new UserQuery(this);
        }
    }
}
