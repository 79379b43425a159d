package io.teamsdr.provisioning;

import io.teamsdr.vsxi.model.SbcTenant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Teams Direct Routing one customer should have: the Fusion subscription, the SBC tenant row,
 * the voice users, the resource accounts, and what to do with voice users the state does not list.
 * Immutable and checked as a whole when built: a {@link DesiredStateException} lists every problem.
 *
 * <pre>{@code
 * DesiredState wanted = DesiredState.builder()
 *         .subscription(FusionSubscription.of("draas_v1", tenantUuid, 42))
 *         .sbcTenant(SbcTenant.builder().tenantId("1004").tenantName("Contoso").microsoftFqdn("dr.contoso.com")
 *                 .localIp("192.0.2.40").did("+3225405295").pbxId("12346").spId("2").build())
 *         .user(VoiceUser.builder("emma.peeters@contoso.onmicrosoft.com", "+3225405290")
 *                 .vrp("Belgium-National").licenses("MCOEV").groups("Benelux").build())
 *         .unlistedUsers(UnlistedUsers.KEEP)
 *         .build();
 * }</pre>
 *
 * <p>Read one from a YAML or CSV file with {@link DesiredStateFiles}.
 */
public final class DesiredState {
    private final FusionSubscription subscription;
    private final SbcTenant sbcTenant;
    private final List<VoiceUser> users;
    private final List<ResourceAccountSpec> resourceAccounts;
    private final UnlistedUsers unlistedUsers;
    private final String source;
    /** Lower-case UPN to position in {@link #users}; the planner shares it (and its boxed indexes). */
    private final Map<String, Integer> usersByUpn;

    private DesiredState(Builder builder, Map<String, Integer> usersByUpn) {
        this.subscription = builder.subscription;
        this.sbcTenant = builder.sbcTenant;
        this.users = Collections.unmodifiableList(new ArrayList<>(builder.users));
        this.resourceAccounts = List.copyOf(builder.resourceAccounts);
        this.unlistedUsers = builder.unlistedUsers;
        this.source = builder.lines.source().orElse(null);
        this.usersByUpn = usersByUpn;
    }

    /**
     * Starts a builder.
     *
     * @return an empty builder; {@link UnlistedUsers#KEEP} unless set
     */
    public static Builder builder() {
        return new Builder(new SourceLines(null));
    }

    static Builder builder(SourceLines lines) {
        return new Builder(lines);
    }

    /**
     * Returns the Fusion subscription.
     *
     * @return the subscription
     */
    public FusionSubscription subscription() {
        return subscription;
    }

    /**
     * Returns the customer's tenant row on the SBC.
     *
     * @return the tenant row
     */
    public SbcTenant sbcTenant() {
        return sbcTenant;
    }

    /**
     * Returns the voice users, in the order given.
     *
     * @return the users
     */
    public List<VoiceUser> users() {
        return users;
    }

    /**
     * Finds a voice user by UPN, ignoring case as Microsoft does.
     *
     * @param upn the user principal name
     * @return the user, empty when the state does not list it
     */
    public Optional<VoiceUser> user(String upn) {
        return Optional.ofNullable(usersByUpn.get(upn.toLowerCase(Locale.ROOT))).map(users::get);
    }

    /**
     * Returns the position of a user in {@link #users()}.
     *
     * @param lowerCaseUpn the UPN in lower case
     * @return the position, {@code null} when the state does not list the user
     */
    Integer indexOf(String lowerCaseUpn) {
        return usersByUpn.get(lowerCaseUpn);
    }

    /**
     * Returns the resource accounts, in the order given.
     *
     * @return the resource accounts
     */
    public List<ResourceAccountSpec> resourceAccounts() {
        return resourceAccounts;
    }

    /**
     * Returns what to do with voice users the state does not list.
     *
     * @return the policy
     */
    public UnlistedUsers unlistedUsers() {
        return unlistedUsers;
    }

    /**
     * Returns the file the state was read from.
     *
     * @return the file name, empty for a state built in code
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns a copy of this state for another Fusion subscription, e.g. to apply one file to the
     * subscription an environment names.
     *
     * @param other the subscription
     * @return the copy
     * @throws DesiredStateException when the subscription is invalid
     */
    public DesiredState withSubscription(FusionSubscription other) {
        Builder builder = new Builder(new SourceLines(source));
        builder.subscription(other).sbcTenant(sbcTenant).unlistedUsers(unlistedUsers);
        builder.users(users);
        resourceAccounts.forEach(builder::resourceAccount);
        return builder.build();
    }

    @Override
    public String toString() {
        return "DesiredState[" + subscription + ", SBC tenant " + (sbcTenant == null ? null : sbcTenant.tenantId())
                + ", " + users.size() + " users, " + resourceAccounts.size() + " resource accounts, unlisted users "
                + unlistedUsers.value() + (source == null ? "" : ", from " + source) + "]";
    }

    /** Builds a {@link DesiredState}; {@link #build()} checks everything at once. */
    public static final class Builder {
        private final SourceLines lines;
        private FusionSubscription subscription;
        private SbcTenant sbcTenant;
        private final List<VoiceUser> users = new ArrayList<>();
        private final List<int[]> userLines = new ArrayList<>();
        private final List<ResourceAccountSpec> resourceAccounts = new ArrayList<>();
        private final List<int[]> accountLines = new ArrayList<>();
        private UnlistedUsers unlistedUsers = UnlistedUsers.KEEP;

        private Builder(SourceLines lines) {
            this.lines = lines;
        }

        /**
         * Sets the Fusion subscription.
         *
         * @param value the subscription
         * @return this builder
         */
        public Builder subscription(FusionSubscription value) {
            this.subscription = value;
            return this;
        }

        /**
         * Sets the customer's tenant row on the SBC.
         *
         * @param value the tenant row
         * @return this builder
         */
        public Builder sbcTenant(SbcTenant value) {
            this.sbcTenant = value;
            return this;
        }

        /**
         * Adds a voice user.
         *
         * @param user the user
         * @return this builder
         */
        public Builder user(VoiceUser user) {
            return user(user, null);
        }

        /**
         * Adds voice users.
         *
         * @param values the users
         * @return this builder
         */
        public Builder users(Collection<VoiceUser> values) {
            values.forEach(this::user);
            return this;
        }

        Builder user(VoiceUser user, int[] fieldLines) {
            users.add(Objects.requireNonNull(user, "user"));
            userLines.add(fieldLines);
            return this;
        }

        /**
         * Adds a resource account.
         *
         * @param account the account
         * @return this builder
         */
        public Builder resourceAccount(ResourceAccountSpec account) {
            return resourceAccount(account, null);
        }

        Builder resourceAccount(ResourceAccountSpec account, int[] fieldLines) {
            resourceAccounts.add(Objects.requireNonNull(account, "account"));
            accountLines.add(fieldLines);
            return this;
        }

        /**
         * Sets what to do with voice users the state does not list (default {@link UnlistedUsers#KEEP}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder unlistedUsers(UnlistedUsers policy) {
            this.unlistedUsers = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Checks everything and builds the state.
         *
         * @return the state
         * @throws DesiredStateException listing every problem, each with its field and value (and its
         *     file and line when read from a file)
         */
        public DesiredState build() {
            StateValidator validator = new StateValidator(lines);
            Map<String, Integer> byUpn = validator.validate(subscription, sbcTenant, users, userLines,
                    resourceAccounts, accountLines);
            validator.throwIfInvalid();
            return new DesiredState(this, byUpn);
        }
    }
}
