package io.teamsdr.provisioning;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.provisioning.internal.FusionReader;
import io.teamsdr.provisioning.internal.FusionWriter;
import io.teamsdr.provisioning.internal.SbcReader;
import io.teamsdr.provisioning.internal.SbcWriter;
import io.teamsdr.vsxi.VsxiTeamsClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Provisioner}: binds the clients to the adapters, the planner and the applier. */
final class DefaultProvisioner implements Provisioner {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

    private final FusionClient fusion;
    private final VsxiTeamsClient vsxi;
    private final Planner planner;
    private final Applier applier;

    DefaultProvisioner(FusionClient fusion, VsxiTeamsClient vsxi, SipPasswordProvider passwords, SipUserNaming naming,
                       int batchSize, int readConcurrency, Duration accountWait, Duration accountPoll, Clock clock) {
        this.fusion = fusion;
        this.vsxi = vsxi;
        this.planner = new Planner(naming, readConcurrency, clock);
        this.applier = new Applier(planner, passwords, batchSize, accountWait, accountPoll, clock);
    }

    @Override
    public Plan plan(DesiredState desired) {
        return plan(desired, ProgressListener.NONE);
    }

    @Override
    public Plan plan(DesiredState desired, ProgressListener progress) {
        Objects.requireNonNull(desired, "desired");
        Objects.requireNonNull(progress, "progress");
        Plan plan = planner.plan(desired, new FusionReader(fusion, desired.subscription()), new SbcReader(vsxi),
                progress);
        LOG.debug("planned {}: {}", plan.fingerprint(), plan.summary());
        return plan;
    }

    @Override
    public ApplyReport apply(Plan plan) {
        return apply(plan, ProgressListener.NONE);
    }

    @Override
    public ApplyReport apply(Plan plan, ProgressListener progress) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(progress, "progress");
        DesiredState desired = plan.desiredState();
        ApplyReport report = applier.apply(plan, new FusionReader(fusion, desired.subscription()),
                new FusionWriter(fusion, desired.subscription(), applier.accountWait(), applier.accountPoll()),
                new SbcReader(vsxi), new SbcWriter(vsxi), progress);
        LOG.debug("applied {}: {}", plan.fingerprint(), report.summary());
        return report;
    }

    @Override
    public String toString() {
        return "Provisioner[" + applier + "]";
    }
}
