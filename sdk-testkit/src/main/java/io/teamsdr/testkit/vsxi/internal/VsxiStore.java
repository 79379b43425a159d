package io.teamsdr.testkit.vsxi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The SBC's Teams provisioning state and its rules: PBXs and service ports, the committed
 * configuration, at most one draft, and the commit history. Every method is atomic (one lock),
 * and every change either applies completely or not at all.
 *
 * <p>Decisions the API document leaves open, kept here in one place:
 * <ul>
 *   <li>An upload with any violation is refused whole (400) listing every violation; a valid
 *       one answers with the number of rows accepted.</li>
 *   <li>"No active draft" ({@code NO_DRAFT}) is 404 for reading or dropping the draft (status,
 *       diff, discard) and 409 for changing or committing it (uploads, commit), as NOTES.md
 *       assumes: "404 no draft", "409 ... no draft is active (update, commit)".</li>
 *   <li>Rolling back with an empty history is 409 {@code NO_COMMITS}: the request is well formed
 *       and names nothing unknown, the state just does not allow it. An unknown session is 404.</li>
 *   <li>Rolling back while a draft is active is 409 {@code DRAFT_ACTIVE}: the draft was copied
 *       from the configuration the rollback would replace.</li>
 *   <li>A commit without changes is allowed and recorded, with an all-zero summary.</li>
 * </ul>
 */
public final class VsxiStore {

    private final Clock clock;
    private final KeyGenerator keys;

    private Set<String> pbxIds = new TreeSet<>();
    private Set<String> servicePortIds = new TreeSet<>();
    private ConfigState committed = ConfigState.empty();
    private List<CommitRecord> history = new ArrayList<>();
    private DraftState draft;
    private long sessionCounter;
    private long draftCounter;

    /**
     * Creates an empty store.
     *
     * @param clock source of draft and session timestamps
     * @param keys source of draft ids and session keys
     */
    public VsxiStore(Clock clock, KeyGenerator keys) {
        this.clock = clock;
        this.keys = keys;
    }

    /**
     * Starts the draft.
     *
     * @return the new draft
     * @throws VsxiRuleException 409 {@code DRAFT_ACTIVE} when a draft is already active
     */
    public synchronized DraftState startDraft() {
        if (draft != null) {
            throw new VsxiRuleException(409, "DRAFT_ACTIVE", "Draft " + draft.draftId()
                    + " is already active; commit or discard it first",
                    Map.of("draftId", draft.draftId(), "createdAt", draft.createdAt().toString()));
        }
        draftCounter++;
        draft = new DraftState(keys.draftId(draftCounter), now(), committed.copy());
        return draft;
    }

    /**
     * The active draft's id.
     *
     * @return the id, empty when no draft is active
     */
    public synchronized java.util.Optional<String> activeDraftId() {
        return java.util.Optional.ofNullable(draft).map(DraftState::draftId);
    }

    /**
     * Checks that a draft is active, for calls that must refuse early, before reading a body.
     *
     * @throws VsxiRuleException 409 {@code NO_DRAFT} when none is active
     */
    public synchronized void requireActiveDraft() {
        requireDraftToChange();
    }

    /**
     * The active draft and what it changes compared with the committed configuration, in time
     * proportional to the change.
     *
     * @return the report
     * @throws VsxiRuleException 404 {@code NO_DRAFT} when none is active
     */
    public synchronized DraftReport draftReport() {
        DraftState active = requireDraftToRead();
        return new DraftReport(active.draftId(), active.createdAt(), ChangeSummary.between(committed, active.working()));
    }

    /**
     * The committed configuration and a private copy of the active draft's, for the diff.
     *
     * @return the view, its draft part never {@code null}
     * @throws VsxiRuleException 404 {@code NO_DRAFT} when none is active
     */
    public synchronized StateView draftView() {
        return new StateView(committed, requireDraftToRead().working().copy());
    }

    /**
     * Drops the active draft and everything staged in it.
     *
     * @return the discarded draft
     * @throws VsxiRuleException 404 {@code NO_DRAFT} when none is active
     */
    public synchronized DraftState discard() {
        DraftState discarded = requireDraftToRead();
        draft = null;
        return discarded;
    }

    /**
     * Makes the draft the committed configuration and records a session, in time proportional to
     * the draft's changes.
     *
     * @param description what the change is about; {@code null} or blank for none
     * @return the new session
     * @throws VsxiRuleException 409 {@code NO_DRAFT} when none is active
     */
    public synchronized CommitRecord commit(String description) {
        ConfigState next = requireDraftToChange().working();
        CommitRecord record = record(next, description);
        draft = null;
        return record;
    }

    /**
     * Creates or updates tenants in the draft.
     *
     * @param upload the parsed upload
     * @return rows accepted
     * @throws VsxiRuleException 409 {@code NO_DRAFT} when none is active
     * @throws UploadRejectedException when any row breaks a rule
     */
    public synchronized int upsertTenants(ParsedUpload<Tenant> upload) {
        ConfigState working = requireDraftToChange().working();
        reject(upload.errors(), UploadRules.tenantUpserts(working, pbxIds, servicePortIds, upload.rows()));
        upload.rows().forEach(row -> working.putTenant(row.value()));
        return upload.rows().size();
    }

    /**
     * Deletes tenants, with their users, from the draft.
     *
     * @param upload the parsed upload
     * @return rows accepted
     * @throws VsxiRuleException 409 {@code NO_DRAFT} when none is active
     * @throws UploadRejectedException when any row breaks a rule
     */
    public synchronized int deleteTenants(ParsedUpload<String> upload) {
        ConfigState working = requireDraftToChange().working();
        reject(upload.errors(), UploadRules.tenantDeletes(working, upload.rows()));
        working.removeTenants(upload.rows().stream().map(Numbered::value).toList());
        return upload.rows().size();
    }

    /**
     * Creates or updates users in the draft, or replaces all of them.
     *
     * @param upload the parsed upload
     * @param replaceAll whether every existing user goes first
     * @return rows accepted
     * @throws VsxiRuleException 409 {@code NO_DRAFT} when none is active
     * @throws UploadRejectedException when any row breaks a rule
     */
    public synchronized int upsertUsers(ParsedUpload<User> upload, boolean replaceAll) {
        ConfigState working = requireDraftToChange().working();
        reject(upload.errors(), UploadRules.userUpserts(working, upload.rows(), replaceAll));
        if (replaceAll) {
            working.clearUsers();
        }
        upload.rows().forEach(row -> working.putUser(row.value()));
        return upload.rows().size();
    }

    /**
     * Deletes users from the draft.
     *
     * @param upload the parsed upload
     * @return rows accepted
     * @throws VsxiRuleException 409 {@code NO_DRAFT} when none is active
     * @throws UploadRejectedException when any row breaks a rule
     */
    public synchronized int deleteUsers(ParsedUpload<String> upload) {
        ConfigState working = requireDraftToChange().working();
        reject(upload.errors(), UploadRules.userDeletes(working, upload.rows()));
        upload.rows().forEach(row -> working.removeUser(row.value()));
        return upload.rows().size();
    }

    /**
     * The history.
     *
     * @return sessions, newest first
     */
    public synchronized List<CommitRecord> commits() {
        List<CommitRecord> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * Reverts the most recent session.
     *
     * @return the removed session
     * @throws VsxiRuleException 409 {@code DRAFT_ACTIVE} or {@code NO_COMMITS}
     */
    public synchronized CommitRecord rollbackLatest() {
        requireNoDraftForRollback();
        if (history.isEmpty()) {
            throw new VsxiRuleException(409, "NO_COMMITS", "There is no committed session to roll back", Map.of());
        }
        return rollbackFrom(history.size() - 1).get(0);
    }

    /**
     * Reverts a session and every newer one.
     *
     * @param session the session key
     * @return the removed sessions, newest first
     * @throws VsxiRuleException 409 {@code DRAFT_ACTIVE}, 404 {@code UNKNOWN_SESSION}
     */
    public synchronized List<CommitRecord> rollbackTo(String session) {
        requireNoDraftForRollback();
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).session().equals(session)) {
                return rollbackFrom(i);
            }
        }
        throw new VsxiRuleException(404, "UNKNOWN_SESSION", "No committed session " + session, Map.of());
    }

    /**
     * A consistent view for listings and generated files.
     *
     * @param includeDraft whether the draft's configuration is wanted
     * @return the view; its draft part is a private copy
     */
    public synchronized StateView view(boolean includeDraft) {
        return new StateView(committed, includeDraft && draft != null ? draft.working().copy() : null);
    }

    /**
     * Adds PBXs, as an administrator would before provisioning tenants on them.
     *
     * @param ids PBX ids
     */
    public synchronized void addPbxIds(Iterable<String> ids) {
        ids.forEach(pbxIds::add);
    }

    /**
     * Adds service ports.
     *
     * @param ids service port ids
     */
    public synchronized void addServicePortIds(Iterable<String> ids) {
        ids.forEach(servicePortIds::add);
    }

    /**
     * The PBXs that exist.
     *
     * @return sorted ids
     */
    public synchronized Set<String> pbxIds() {
        return Set.copyOf(pbxIds);
    }

    /**
     * The service ports that exist.
     *
     * @return sorted ids
     */
    public synchronized Set<String> servicePortIds() {
        return Set.copyOf(servicePortIds);
    }

    /**
     * Replaces the committed configuration outside any draft, for seeding and for simulating
     * another administrator: either silently (the configuration existed before the history
     * starts) or as a session of its own.
     *
     * @param next the new committed configuration; the store owns it from now on
     * @param description the session's description, or {@code null} to record no session
     * @return the recorded session, {@code null} when none was recorded
     * @throws IllegalStateException when a draft is active, since it was copied from the
     *     configuration this would replace
     */
    public synchronized CommitRecord replaceCommitted(ConfigState next, String description) {
        if (draft != null) {
            throw new IllegalStateException("Draft " + draft.draftId()
                    + " is active; commit or discard it before changing the committed configuration");
        }
        if (description == null) {
            committed = next.compactedIfLarge();
            return null;
        }
        return record(next, description);
    }

    /**
     * Runs several calls as one atomic step: no request sees them half done, and when the action
     * throws everything it changed is undone.
     *
     * @param action calls on this store
     */
    public synchronized void atomically(Runnable action) {
        StoreSnapshot before = snapshot();
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            restore(before);
            throw e;
        }
    }

    /**
     * Starts a draft on behalf of someone else and lets the caller stage changes in it.
     *
     * @param staging edits the draft's configuration
     * @return the draft
     * @throws VsxiRuleException 409 {@code DRAFT_ACTIVE} when a draft is already active
     */
    public synchronized DraftState startDraft(Consumer<ConfigState> staging) {
        DraftState started = startDraft();
        try {
            staging.accept(started.working());
        } catch (RuntimeException e) {
            // Staging is all or nothing, like an upload.
            draft = null;
            throw e;
        }
        return started;
    }

    /**
     * Captures everything.
     *
     * @return a snapshot that later changes do not affect
     */
    public synchronized StoreSnapshot snapshot() {
        return new StoreSnapshot(Set.copyOf(pbxIds), Set.copyOf(servicePortIds), committed, List.copyOf(history),
                draft == null ? null : draft.copy(), sessionCounter, draftCounter);
    }

    /**
     * Puts everything back as captured; the snapshot stays usable for further restores.
     *
     * @param snapshot a snapshot of this or another store
     */
    public synchronized void restore(StoreSnapshot snapshot) {
        pbxIds = new TreeSet<>(snapshot.pbxIds());
        servicePortIds = new TreeSet<>(snapshot.servicePortIds());
        committed = snapshot.committed();
        history = new ArrayList<>(snapshot.history());
        draft = snapshot.draft() == null ? null : snapshot.draft().copy();
        sessionCounter = snapshot.sessionCounter();
        draftCounter = snapshot.draftCounter();
    }

    private CommitRecord record(ConfigState next, String description) {
        sessionCounter++;
        String key = keys.sessionKey(sessionCounter);
        CommitRecord record = new CommitRecord(key, now(), description == null ? "" : description.strip(),
                ChangeSummary.between(committed, next), committed);
        history.add(record);
        committed = next.compactedIfLarge();
        return record;
    }

    private List<CommitRecord> rollbackFrom(int index) {
        List<CommitRecord> removed = new ArrayList<>(history.subList(index, history.size()));
        committed = history.get(index).before();
        history = new ArrayList<>(history.subList(0, index));
        Collections.reverse(removed);
        return removed;
    }

    /** The draft for a call that reads or drops it: without one there is nothing to find (404). */
    private DraftState requireDraftToRead() {
        return requireDraft(404);
    }

    /** The draft for a call that changes or commits it: without one the state forbids the call (409). */
    private DraftState requireDraftToChange() {
        return requireDraft(409);
    }

    private DraftState requireDraft(int status) {
        if (draft == null) {
            throw new VsxiRuleException(status, "NO_DRAFT", "No draft is active; start one first", Map.of());
        }
        return draft;
    }

    private void requireNoDraftForRollback() {
        if (draft != null) {
            throw new VsxiRuleException(409, "DRAFT_ACTIVE", "Draft " + draft.draftId()
                    + " is active; commit or discard it before rolling back",
                    Map.of("draftId", draft.draftId(), "createdAt", draft.createdAt().toString()));
        }
    }

    private static void reject(List<RowError> formatErrors, List<RowError> ruleErrors) {
        if (formatErrors.isEmpty() && ruleErrors.isEmpty()) {
            return;
        }
        List<RowError> all = new ArrayList<>(formatErrors);
        all.addAll(ruleErrors);
        throw new UploadRejectedException(UploadRules.sorted(all));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
