package io.teamsdr.provisioning.internal;

import io.teamsdr.core.NotFoundException;
import io.teamsdr.core.ProgressListener;
import io.teamsdr.fusion.FusionClient;
import io.teamsdr.fusion.MsTeams;
import io.teamsdr.fusion.async.MsTeamsAsync;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.FusionUser;
import io.teamsdr.fusion.model.MsTeamsUser;
import io.teamsdr.fusion.model.ResourceAccount;
import io.teamsdr.fusion.model.TeamsGroup;
import io.teamsdr.fusion.model.TeamsUser;
import io.teamsdr.fusion.model.UserQuery;
import io.teamsdr.provisioning.FusionSubscription;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Everything the provisioning reads from Fusion, in this module's own terms. The only class that
 * reads through the Fusion client: when the client's names change, this is what changes.
 */
public final class FusionReader {
    /** Large pages: fewer round trips for a long list; the documented maximum is 999. */
    static final int PAGE_SIZE = 500;

    private final MsTeams teams;
    private final MsTeamsAsync teamsAsync;

    /**
     * Reads one subscription.
     *
     * @param client the Fusion client
     * @param subscription the subscription
     */
    public FusionReader(FusionClient client, FusionSubscription subscription) {
        Subscription target = Subscription.of(subscription.draasInstance(), subscription.tenantUuid(),
                subscription.subscriptionId());
        this.teams = client.msTeams(target);
        this.teamsAsync = client.async().msTeams(target);
    }

    /**
     * Streams every user through the infinite scroll, one page in memory at a time.
     *
     * @param action receives each user
     * @param progress told of each page
     * @return how many users were read
     */
    public long forEachUser(Consumer<FusionUserView> action, ProgressListener progress) {
        long count = 0;
        try {
            for (TeamsUser user : teams.users().list(UserQuery.builder().pageSize(PAGE_SIZE).build())
                    .withProgress(progress)) {
                action.accept(view(user));
                count++;
            }
        } catch (NotFoundException empty) {
            // The document answers 404 for "no MS Teams user found" as well as for an unknown
            // subscription; the status call tells the two apart. A 404 after the first page is neither.
            if (count > 0) {
                throw empty;
            }
            requireSubscription(empty);
        }
        return count;
    }

    /**
     * Reads one user's policy and groups, which the list does not show.
     *
     * @param userId the Azure AD object id
     * @return the details, when the answer arrives
     */
    public CompletableFuture<UserDetails> detailsAsync(String userId) {
        return teamsAsync.users().get(userId).thenApply(user -> new UserDetails(user.msTeams().voiceRoutingPolicy().orElse(null),
                user.msTeams().groups().stream().map(group -> new GroupRef(group.id(), group.displayName())).toList()));
    }

    /**
     * Lists every resource account.
     *
     * @return the accounts
     */
    public List<AccountView> resourceAccounts() {
        try {
            return teams.resourceAccounts().list().stream().map(FusionReader::view).toList();
        } catch (NotFoundException empty) {
            requireSubscription(empty);
            return List.of();
        }
    }

    /**
     * Reads the licenses, groups and voice routing policies a desired state may name.
     *
     * @return the catalog
     */
    public FusionCatalog catalog() {
        List<LicenseInfo> licenses = teams.licenses().list().stream()
                .map(license -> new LicenseInfo(license.skuId(), license.skuPartNumber(), license.skuDescription(),
                        license.free()))
                .toList();
        List<GroupRef> groups = teams.groups().list().stream()
                .filter(group -> !group.orphan())
                .map((TeamsGroup group) -> new GroupRef(group.id(), group.displayName()))
                .toList();
        List<String> vrps = teams.voiceRoutingPolicies().list().stream().map(vrp -> vrp.identity()).toList();
        return new FusionCatalog(licenses, groups, vrps);
    }

    private void requireSubscription(NotFoundException empty) {
        try {
            teams.status().get();
        } catch (NotFoundException noSubscription) {
            noSubscription.addSuppressed(empty);
            throw noSubscription;
        }
    }

    private static FusionUserView view(TeamsUser user) {
        MsTeamsUser ms = user.msTeams();
        return new FusionUserView(ms.id(), ms.userPrincipalName(), ms.displayName(), ms.location().orElse(null),
                user.phoneNumber().orElse(null),
                ms.licenses().stream().map(license -> new LicenseRef(license.skuId(), license.skuPartNumber())).toList());
    }

    private static AccountView view(ResourceAccount account) {
        String number = account.draas().flatMap(FusionUser::phoneNumber)
                .orElse(account.msTeams().phoneNumber().orElse(null));
        return new AccountView(account.id(), account.msTeams().userPrincipalName(), account.msTeams().displayName(),
                account.msTeams().location(), account.msTeams().accountType().value(), number, account.isSettled());
    }
}
