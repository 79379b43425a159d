package io.teamsdr.fusion.internal;

import io.teamsdr.fusion.GroupsApi;
import io.teamsdr.fusion.model.GroupFilterEntry;
import io.teamsdr.fusion.model.TeamsGroup;
import java.util.Collection;
import java.util.List;

/** The blocking {@link GroupsApi}: runs the descriptions of {@link GroupsCalls}. */
final class DefaultGroupsApi implements GroupsApi {
    private final GroupsCalls calls;

    DefaultGroupsApi(GroupsCalls calls) {
        this.calls = calls;
    }

    @Override
    public List<TeamsGroup> list() {
        return calls.list().send();
    }

    @Override
    public void replaceFilter(Collection<GroupFilterEntry> groups) {
        calls.replaceFilter(groups).send();
    }

    @Override
    public String toString() {
        return "GroupsApi";
    }
}
