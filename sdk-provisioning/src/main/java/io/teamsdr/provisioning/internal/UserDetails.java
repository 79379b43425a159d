package io.teamsdr.provisioning.internal;

import java.util.List;

/**
 * What only the single-user read shows: the voice routing policy and the groups.
 *
 * @param vrp the policy name, or {@code null} when none is set
 * @param groups the groups the user belongs to
 */
public record UserDetails(String vrp, List<GroupRef> groups) {
}
