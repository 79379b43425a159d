package io.teamsdr.provisioning.internal;

import java.util.List;

/**
 * What a desired state may name on Fusion: the tenant's licenses, groups and voice routing policies.
 *
 * @param licenses the licenses bought
 * @param groups the groups
 * @param vrps the voice routing policy names
 */
public record FusionCatalog(List<LicenseInfo> licenses, List<GroupRef> groups, List<String> vrps) {
}
