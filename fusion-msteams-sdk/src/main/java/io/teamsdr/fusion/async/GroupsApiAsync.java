package io.teamsdr.fusion.async;

import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.model.GroupFilterEntry;
import io.teamsdr.fusion.model.TeamsGroup;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking view of {@link io.teamsdr.fusion.GroupsApi}: the same operations, each returning a
 * {@link CompletableFuture}. Every failure, invalid input included, completes the future exceptionally;
 * nothing is thrown.
 *
 * <p>The Office 365 groups of the MS Teams tenant and the subscription's group filter, which narrows
 * the users the users API lists to the members of the filter's groups (endpoints #26 and #27).
 * Thread-safe.
 */
public interface GroupsApiAsync {

    /**
     * Lists the tenant's groups, each marked as in the filter or not, plus <em>orphan</em> filter
     * groups that no longer exist in Office 365. Requires {@link FusionOperation#GROUPS_LIST}'s role.
     *
     * @return the future of the groups, possibly empty
     */
    CompletableFuture<List<TeamsGroup>> list();

    /**
     * Replaces the <strong>whole</strong> group filter with these groups. The server deletes the
     * current filter and recreates it from this list: a group left out is removed from the filter,
     * so always send the complete filter (to remove one group of five, send the other four). An
     * empty list leaves no filter. Requires {@link FusionOperation#GROUP_FILTER_SET}'s role.
     *
     * <pre>{@code
     * List<GroupFilterEntry> kept = groups.list().stream()
     *         .filter(g -> g.filter() && !g.id().equals(leaving))
     *         .map(TeamsGroup::toFilterEntry).toList();
     * groups.replaceFilter(kept);
     * }</pre>
     *
     * @param groups the complete new filter
     * @return completes when done
     */
    CompletableFuture<Void> replaceFilter(Collection<GroupFilterEntry> groups);
}
