package io.teamsdr.fusion.graph.internal;

import com.microsoft.graph.models.User;
import io.teamsdr.fusion.graph.Difference;
import io.teamsdr.fusion.graph.DirectoryUser;
import io.teamsdr.fusion.model.AssignedLicense;
import io.teamsdr.fusion.model.MsTeamsUser;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.VoiceEnabled;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One run of a reconciliation as a lazy iterator of differences, in three phases: the platform's
 * users are read page by page into a {@link PlatformIndex} (voice-enabled users without a number are
 * reported as they pass); then the directory's users are read page by page and each is compared
 * with, and removed from, the index; what is left in the index is the platform-only users. Nothing
 * is read before the first {@link #hasNext()}; each step reads at most one user.
 */
public final class Reconciliation implements Iterator<Difference> {

    private enum Phase { PLATFORM, DIRECTORY, LEFTOVERS, DONE }

    private final Supplier<Iterator<TeamsUser>> platformSource;
    private final Supplier<Iterator<User>> directorySource;
    private final Set<String> ignoredSkuIds;
    private final PlatformIndex index = new PlatformIndex();
    private final Deque<Difference> ready = new ArrayDeque<>();
    private Phase phase = Phase.PLATFORM;
    private Iterator<TeamsUser> platform;
    private Iterator<User> directory;
    private Iterator<Map.Entry<String, PlatformIndex.Entry>> leftovers;
    private long platformUsers;
    private long directoryUsers;

    /**
     * Prepares a run; nothing is read yet.
     *
     * @param platformSource opens the platform's users listing
     * @param directorySource opens the directory's users listing
     * @param ignoredSkuIds license SKU ids left out of the comparison, lower case
     */
    public Reconciliation(Supplier<Iterator<TeamsUser>> platformSource, Supplier<Iterator<User>> directorySource,
            Set<String> ignoredSkuIds) {
        this.platformSource = platformSource;
        this.directorySource = directorySource;
        this.ignoredSkuIds = Set.copyOf(ignoredSkuIds);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && phase != Phase.DONE) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public Difference next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    /**
     * Returns how many platform users were read so far.
     *
     * @return the count
     */
    public long platformUsers() {
        return platformUsers;
    }

    /**
     * Returns how many directory users were read so far.
     *
     * @return the count
     */
    public long directoryUsers() {
        return directoryUsers;
    }

    private void step() {
        switch (phase) {
            case PLATFORM -> {
                if (platform == null) {
                    platform = platformSource.get();
                }
                if (platform.hasNext()) {
                    indexPlatformUser(platform.next());
                } else {
                    phase = Phase.DIRECTORY;
                }
            }
            case DIRECTORY -> {
                if (directory == null) {
                    directory = directorySource.get();
                }
                if (directory.hasNext()) {
                    compare(DirectoryUser.from(directory.next()));
                } else {
                    phase = Phase.LEFTOVERS;
                    leftovers = index.remaining();
                }
            }
            case LEFTOVERS -> {
                if (leftovers.hasNext()) {
                    Map.Entry<String, PlatformIndex.Entry> e = leftovers.next();
                    leftovers.remove();
                    ready.add(new Difference.PlatformOnlyUser(e.getKey(), e.getValue().userPrincipalName(),
                            e.getValue().displayName()));
                } else {
                    phase = Phase.DONE;
                }
            }
            default -> throw new IllegalStateException("The reconciliation is over");
        }
    }

    private void indexPlatformUser(TeamsUser user) {
        platformUsers++;
        MsTeamsUser ms = user.msTeams();
        String id = ms.id().toLowerCase(Locale.ROOT);
        Set<String> skus = new TreeSet<>();
        for (AssignedLicense license : ms.licenses()) {
            skus.add(license.skuId());
        }
        index.put(id, ms.userPrincipalName(), ms.displayName(),
                ms.location().filter(l -> !l.isBlank()).map(l -> l.strip().toUpperCase(Locale.ROOT)).orElse(null),
                compared(skus));
        if (ms.voiceEnabled().filter(VoiceEnabled.YES::equals).isPresent() && user.phoneNumber().isEmpty()) {
            ready.add(new Difference.VoiceUserWithoutNumber(id, ms.userPrincipalName(), ms.displayName()));
        }
    }

    private void compare(DirectoryUser user) {
        directoryUsers++;
        PlatformIndex.Entry platformUser = index.remove(user.id());
        if (platformUser == null) {
            ready.add(new Difference.DirectoryOnlyUser(user));
            return;
        }
        String upn = user.userPrincipalName();
        if (!Objects.equals(user.displayName(), platformUser.displayName())) {
            ready.add(new Difference.DisplayNameDiffers(user.id(), upn, user.displayName(), platformUser.displayName()));
        }
        Optional<String> platformLocation = Optional.ofNullable(platformUser.location());
        if (!user.usageLocation().equals(platformLocation)) {
            ready.add(new Difference.UsageLocationDiffers(user.id(), upn, user.usageLocation(), platformLocation));
        }
        Set<String> directorySkus = compared(user.skuIds());
        if (!directorySkus.equals(platformUser.skuIds())) {
            ready.add(new Difference.LicensesDiffer(user.id(), upn, directorySkus, platformUser.skuIds()));
        }
    }

    /** Lower-cased, sorted and without the licenses the caller chose to ignore. */
    private Set<String> compared(Set<String> skuIds) {
        Set<String> kept = new TreeSet<>();
        for (String sku : skuIds) {
            String normalized = sku.strip().toLowerCase(Locale.ROOT);
            if (!ignoredSkuIds.contains(normalized)) {
                kept.add(normalized);
            }
        }
        return Set.copyOf(kept);
    }
}
