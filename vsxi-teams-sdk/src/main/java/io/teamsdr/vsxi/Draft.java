package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.model.TeamsTenant;
import io.teamsdr.vsxi.model.TeamsUser;
import io.teamsdr.vsxi.model.UploadResult;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The SBC's draft, as a transaction: stage tenant and user changes, review them, then
 * {@linkplain #commit(String) commit} or {@linkplain #discard() discard}.
 *
 * <pre>{@code
 * try (Draft draft = vsxi.drafts().start()) {
 *     draft.upsertTenants(tenants);
 *     draft.upsertUsers(Path.of("users.csv"));
 *     DraftStatus status = draft.status();
 *     ChangeSet changes = draft.diff();
 *     Commit commit = draft.commit("Q3 onboarding");
 * }   // not committed: discarded
 * }</pre>
 *
 * <p>States: {@link DraftState#OPEN} until committed or discarded; every call after that throws
 * {@link IllegalStateException}. {@link #close()} discards a draft that is still open.
 *
 * <p>The SBC has one draft at a time, shared by every client: a draft object stands for "the active
 * draft", and another client can discard or commit it. Uploads are checked on the client before they
 * are sent ({@link io.teamsdr.core.ValidationException}, with lines and columns) and by the server
 * ({@link CsvRejectedException}). Tenants must be uploaded before their users.
 *
 * <p>Thread-safety: a draft may be shared between threads, but its calls run one at a time (a call
 * waits for the one in progress), because a draft is a sequence whose order matters. {@link #state()}
 * never waits. For the same reason the draft has no async methods: run the whole sequence on an
 * executor of your own when it must not block the caller.
 */
public interface Draft extends AutoCloseable {

    /**
     * Returns the draft id the SBC gave when the draft was started.
     *
     * @return the id; empty for a {@linkplain Drafts#resumeActive() resumed} draft when the SBC's
     *     status answer does not carry it
     */
    Optional<String> id();

    /**
     * Returns when the draft was started, as the SBC wrote it.
     *
     * @return the start time; empty for a resumed draft when the SBC's status answer does not carry it
     */
    Optional<String> createdAt();

    /**
     * Returns the draft's state.
     *
     * @return the state
     */
    DraftState state();

    /**
     * Creates or updates tenants ({@code POST /teams/draft/update/tenants}): a new tenant id creates a
     * tenant, a known one updates it ({@code pbxId} and {@code spId} cannot change).
     *
     * @param tenants the tenants; all checked before sending
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException listing every bad row, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult upsertTenants(Collection<TeamsTenant> tenants);

    /**
     * Creates or updates tenants from a CSV file with the columns
     * {@code tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId}.
     *
     * @param csv the file; checked as a whole, then streamed
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException listing every bad line, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult upsertTenants(Path csv);

    /**
     * Creates or updates tenants from any row source, e.g. a lazily produced stream.
     *
     * @param tenants the rows
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for a bad row (for a one-shot source: the first,
     *     found while sending, which aborts the upload)
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult upsertTenants(Rows<TeamsTenant> tenants);

    /**
     * Deletes tenants, and with them all their users ({@code DELETE /teams/draft/delete/tenants}).
     *
     * @param tenantIds the tenant ids
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for blank or repeated ids, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult deleteTenants(Collection<String> tenantIds);

    /**
     * Deletes tenants listed in a CSV file with the column {@code tenantId}.
     *
     * @param csv the file
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for bad lines, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult deleteTenants(Path csv);

    /**
     * Deletes tenants from any row source of tenant ids.
     *
     * @param tenantIds the ids
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for a bad row
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult deleteTenants(Rows<String> tenantIds);

    /**
     * Creates or updates users ({@code POST /teams/draft/update/users}); their tenants must exist
     * or be in the draft.
     *
     * @param users the users; all checked before sending
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException listing every bad row, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult upsertUsers(Collection<TeamsUser> users);

    /**
     * Creates or updates users from a CSV file with the columns {@code tenantId,sipUser,sipPassword,did}.
     *
     * @param csv the file
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException listing every bad line, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult upsertUsers(Path csv);

    /**
     * Creates or updates users from any row source, e.g. a lazily produced stream of a million users.
     *
     * @param users the rows
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for a bad row
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult upsertUsers(Rows<TeamsUser> users);

    /**
     * <strong>Destructive and global:</strong> deletes every user of the SBC, of every tenant, in the
     * draft, then creates the given users ({@code POST /teams/draft/replace/users}). After the commit,
     * only these users exist. An empty collection deletes all users.
     *
     * @param users the complete set of users
     * @param confirm {@link ReplaceAllUsers#CONFIRM}, to say that this is meant
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException listing every bad row, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult replaceAllUsers(Collection<TeamsUser> users, ReplaceAllUsers confirm);

    /**
     * <strong>Destructive and global:</strong> replaces every user of the SBC with the users of a CSV
     * file; see {@link #replaceAllUsers(Collection, ReplaceAllUsers)}.
     *
     * @param csv the file with the columns {@code tenantId,sipUser,sipPassword,did}
     * @param confirm {@link ReplaceAllUsers#CONFIRM}
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException listing every bad line, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult replaceAllUsers(Path csv, ReplaceAllUsers confirm);

    /**
     * <strong>Destructive and global:</strong> replaces every user of the SBC with the users of any
     * row source; see {@link #replaceAllUsers(Collection, ReplaceAllUsers)}.
     *
     * @param users the rows
     * @param confirm {@link ReplaceAllUsers#CONFIRM}
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for a bad row
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult replaceAllUsers(Rows<TeamsUser> users, ReplaceAllUsers confirm);

    /**
     * Deletes users by SIP user name ({@code DELETE /teams/draft/delete/users}).
     *
     * @param sipUsers the SIP user names
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for blank or repeated names, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult deleteUsers(Collection<String> sipUsers);

    /**
     * Deletes users listed in a CSV file with the column {@code sipUser}.
     *
     * @param csv the file
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for bad lines, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult deleteUsers(Path csv);

    /**
     * Deletes users from any row source of SIP user names.
     *
     * @param sipUsers the names
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for a bad row
     * @throws CsvRejectedException when the SBC rejects rows
     */
    UploadResult deleteUsers(Rows<String> sipUsers);

    /**
     * Counts the staged changes ({@code GET /teams/draft/status}).
     *
     * @return tenants and users added, updated and deleted
     */
    DraftStatus status();

    /**
     * Downloads and parses the configuration differences ({@code GET /teams/draft/diff}), held in
     * memory for review; {@link ChangeSet#writeZip(Path)} saves the original ZIP.
     *
     * @return the differences
     */
    ChangeSet diff();

    /**
     * Streams the differences ZIP into a file, which appears only once complete.
     *
     * @param zip the destination
     * @return the bytes written
     */
    long diffTo(Path zip);

    /**
     * Streams the differences ZIP into a stream, which is not closed.
     *
     * @param zip the destination
     * @return the bytes written
     */
    long diffTo(OutputStream zip);

    /**
     * Commits the draft ({@code POST /teams/draft/commit}): the staged changes become active as a new
     * session.
     *
     * <p>The commit is never re-sent by the SDK. The SDK first reads the history
     * ({@code GET /teams/commits}); if the commit's answer is then lost (timeout, reset connection),
     * it reads the history again and reports what happened: it returns the new session when one
     * with this description appeared, throws {@link CommitNotAppliedException} when nothing changed
     * and the draft is still open (commit again), and {@link CommitOutcomeUnknownException} when it
     * cannot tell. A description unique to this change (a ticket number) makes that reliable.
     *
     * @param description what the session is for; not blank
     * @return the committed session
     * @throws CommitNotAppliedException when the answer was lost and nothing was committed
     * @throws CommitOutcomeUnknownException when the answer was lost and the outcome is unknown
     */
    Commit commit(String description);

    /**
     * Commits, runs the caller's check, and rolls the new session back if the check fails
     * ({@code POST /teams/rollback/{session}} with the new session, which removes it and restores
     * the configuration before it).
     *
     * <p>The rollback is refused, loudly, when someone else committed since this commit was
     * prepared: rolling back to this session would remove theirs too.
     *
     * @param description what the session is for; not blank
     * @param check verifies the committed configuration
     * @return the session and whether it was confirmed or rolled back
     * @throws CommitNotRolledBackException when the check failed and the session could not be
     *     rolled back: the rejected configuration is still active
     * @throws CommitNotAppliedException when the commit's answer was lost and nothing was committed
     * @throws CommitOutcomeUnknownException when the commit's answer was lost and the outcome is unknown
     */
    ConfirmedCommit commitConfirmed(String description, CommitCheck check);

    /**
     * Deletes the draft and all its staged changes ({@code POST /teams/draft/discard}).
     */
    void discard();

    /**
     * Discards the draft if it is still open; does nothing otherwise. In a try-with-resources block
     * that ends with an exception, a failure to discard is attached to it as suppressed.
     */
    @Override
    void close();
}
