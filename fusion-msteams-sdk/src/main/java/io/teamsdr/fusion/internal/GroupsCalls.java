package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.GroupFilterEntry;
import io.teamsdr.fusion.model.TeamsGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The groups and the group filter, described once for {@link io.teamsdr.fusion.GroupsApi} and its async view. */
record GroupsCalls(Transport transport, Subscription subscription) {
    private static final ResponseHandler<List<TeamsGroup>> GROUPS =
            response -> Args.listed(response.json(Envelope.class).groups());

    Call<List<TeamsGroup>> list() {
        return Call.request(transport, () -> FusionOperation.GROUPS_LIST.request(subscription).build(), GROUPS);
    }

    Call<Void> replaceFilter(Collection<GroupFilterEntry> groups) {
        return Call.request(transport, () -> {
            Validator validator = new Validator().required("groups", groups);
            List<GroupFilterEntry> entries = groups == null ? List.of() : new ArrayList<>(groups);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                GroupFilterEntry entry = entries.get(i);
                validator.required("groups[" + i + "]", entry);
                if (entry != null) {
                    validator.check(seen.add(entry.id()), "groups[" + i + "].id", entry.id(), "listed once");
                }
            }
            validator.throwIfInvalid();
            // A POST, but replacing the whole filter with the same list twice ends in the same state.
            return FusionOperation.GROUP_FILTER_SET.request(subscription)
                    .body(RequestBody.json(Map.of("groups", List.copyOf(entries))))
                    .idempotent(true)
                    .build();
        }, response -> null);
    }

    /** The list answer's envelope. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(@Nullable List<TeamsGroup> groups) {
    }

}
