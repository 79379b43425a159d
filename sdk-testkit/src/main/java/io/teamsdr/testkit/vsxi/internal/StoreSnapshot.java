package io.teamsdr.testkit.vsxi.internal;

import java.util.List;
import java.util.Set;

/**
 * A frozen copy of everything a {@link VsxiStore} holds.
 *
 * @param pbxIds PBXs that exist
 * @param servicePortIds service ports that exist
 * @param committed the committed configuration (never edited, so shared)
 * @param history the sessions, oldest first
 * @param draft a private copy of the active draft, {@code null} when none
 * @param sessionCounter sessions created so far
 * @param draftCounter drafts started so far
 */
public record StoreSnapshot(Set<String> pbxIds, Set<String> servicePortIds, ConfigState committed,
        List<CommitRecord> history, DraftState draft, long sessionCounter, long draftCounter) {
}
