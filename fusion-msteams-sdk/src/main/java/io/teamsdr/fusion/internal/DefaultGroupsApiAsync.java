package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.async.GroupsApiAsync;
import io.teamsdr.fusion.model.GroupFilterEntry;
import io.teamsdr.fusion.model.TeamsGroup;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link GroupsApiAsync}: runs the descriptions of {@link GroupsCalls}. */
final class DefaultGroupsApiAsync implements GroupsApiAsync {
    private final GroupsCalls calls;

    DefaultGroupsApiAsync(GroupsCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<List<TeamsGroup>> list() {
        return calls.list().sendAsync();
    }

    @Override
    public CompletableFuture<Void> replaceFilter(Collection<GroupFilterEntry> groups) {
        return calls.replaceFilter(groups).sendAsync();
    }

    @Override
    public String toString() {
        return "GroupsApiAsync";
    }
}
