package io.teamsdr.provisioning;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Plans and applies a {@link DesiredState} on Fusion and the SBC, like {@code terraform plan} and
 * {@code terraform apply}. Thread-safe; build one per pair of clients and reuse it.
 *
 * <pre>{@code
 * Provisioner provisioner = Provisioner.builder()
 *         .fusion(fusion)
 *         .vsxi(vsxi)
 *         .sipPasswords(account -> vault.sipPassword(account.sipUser()))
 *         .build();
 * Plan plan = provisioner.plan(DesiredStateFiles.readYaml(Path.of("contoso.yaml")));
 * plan.writeText(System.out);
 * if (!plan.isEmpty()) {
 *     ApplyReport report = provisioner.apply(plan);
 *     report.writeText(System.out);
 * }
 * }</pre>
 *
 * <p><b>Plan</b> reads both platforms (Fusion's users through the infinite scroll, the SBC's SIP
 * users as a stream; a user's policy and groups one by one, a few at a time, only for users whose
 * desired state names them) and compares. <b>Apply</b> reads both again and refuses the plan with a
 * {@link StalePlanException} when anything it observed has changed; then it updates Fusion's users in
 * bulk requests, creates or changes resource accounts (waiting for Microsoft), and writes the SBC in
 * one draft holding only what Fusion accepted: the tenant row, SIP user deletions, then SIP users.
 * It commits with a check that reads the SBC back and rolls the session back when the check
 * disagrees. Applying a plan whose apply succeeded leaves nothing to do: the next plan is empty.
 */
public interface Provisioner {

    /**
     * Starts a builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Reads both platforms and works out what to change.
     *
     * @param desired the desired state
     * @return the plan
     * @throws io.teamsdr.core.TeamsdrException when a platform cannot be read
     */
    Plan plan(DesiredState desired);

    /**
     * Reads both platforms and works out what to change, reporting each page read.
     *
     * @param desired the desired state
     * @param progress told of each Fusion users page ({@link ProgressListener#onPage(int, long)})
     * @return the plan
     * @throws io.teamsdr.core.TeamsdrException when a platform cannot be read
     */
    Plan plan(DesiredState desired, ProgressListener progress);

    /**
     * Applies a plan, if the platforms still hold what it observed.
     *
     * @param plan the plan
     * @return what was done, refused, skipped, rolled back or failed, and why
     * @throws StalePlanException when the observed state changed since the plan; nothing was written
     * @throws io.teamsdr.core.TeamsdrException when a platform cannot be read for the staleness check
     */
    ApplyReport apply(Plan plan);

    /**
     * Applies a plan, reporting progress: users sent to Fusion ({@link ProgressListener#onItems(long, long)})
     * and rows written to the SBC ({@link ProgressListener#onRows(long)}).
     *
     * @param plan the plan
     * @param progress the listener
     * @return what was done, refused, skipped, rolled back or failed, and why
     * @throws StalePlanException when the observed state changed since the plan; nothing was written
     * @throws io.teamsdr.core.TeamsdrException when a platform cannot be read for the staleness check
     */
    ApplyReport apply(Plan plan, ProgressListener progress);

    /** Builds a {@link Provisioner}. */
    final class Builder {
        private FusionClient fusion;
        private VsxiTeamsClient vsxi;
        private SipPasswordProvider passwords;
        private SipUserNaming naming = SipUserNaming.DEFAULT;
        private int batchSize = 100;
        private int readConcurrency = 8;
        private Duration accountWait = Duration.ofMinutes(5);
        private Duration accountPoll = Duration.ofSeconds(5);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the Fusion client (required). The subscription comes from each desired state.
         *
         * @param client the client; not closed by the provisioner
         * @return this builder
         */
        public Builder fusion(FusionClient client) {
            this.fusion = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Sets the VSXi client of the SBC (required).
         *
         * @param client the client; not closed by the provisioner
         * @return this builder
         */
        public Builder vsxi(VsxiTeamsClient client) {
            this.vsxi = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Sets where SIP passwords come from (required to apply plans that write SIP users).
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder sipPasswords(SipPasswordProvider provider) {
            this.passwords = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * Sets how SIP user names are derived from UPNs (default {@link SipUserNaming#DEFAULT}).
         *
         * @param naming the naming
         * @return this builder
         */
        public Builder sipUserNaming(SipUserNaming naming) {
            this.naming = Objects.requireNonNull(naming, "naming");
            return this;
        }

        /**
         * Sets the largest number of users per Fusion bulk request (default 100).
         *
         * @param size at least 1
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder bulkBatchSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("bulkBatchSize must be at least 1, was " + size);
            }
            this.batchSize = size;
            return this;
        }

        /**
         * Sets how many single-user reads (for policies and groups) a plan keeps in flight (default 8).
         *
         * @param reads at least 1
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder readConcurrency(int reads) {
            if (reads < 1) {
                throw new IllegalArgumentException("readConcurrency must be at least 1, was " + reads);
            }
            this.readConcurrency = reads;
            return this;
        }

        /**
         * Sets how long an apply waits for Microsoft to create or change a resource account, and how
         * often it looks (default 5 minutes, every 5 seconds). The wait uses the Fusion client's sleeper
         * and clock.
         *
         * @param timeout how long in total
         * @param pollInterval the pause between two looks
         * @return this builder
         */
        public Builder resourceAccountWait(Duration timeout, Duration pollInterval) {
            this.accountWait = Objects.requireNonNull(timeout, "timeout");
            this.accountPoll = Objects.requireNonNull(pollInterval, "pollInterval");
            return this;
        }

        /**
         * Sets the clock that dates plans and reports (default the system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the provisioner.
         *
         * @return the provisioner
         * @throws NullPointerException when the Fusion or VSXi client is missing
         */
        public Provisioner build() {
            Objects.requireNonNull(fusion, "a Fusion client is required: call fusion(...)");
            Objects.requireNonNull(vsxi, "a VSXi client is required: call vsxi(...)");
            return new DefaultProvisioner(fusion, vsxi, passwords, naming, batchSize, readConcurrency, accountWait,
                    accountPoll, clock);
        }
    }
}
