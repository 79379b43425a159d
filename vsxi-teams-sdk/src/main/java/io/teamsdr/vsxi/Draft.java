package io.teamsdr.vsxi;

import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadResult;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The SBC's draft, as a transaction: stage SBC tenant and SIP user changes, review them, then
 * {@linkplain #commit(String) commit} or {@linkplain #discard() discard}.
 *
 * <pre>{@code
 * try (Draft draft = vsxi.drafts().start()) {
 *     draft.upsertSbcTenants(Rows.of(tenants));
 *     draft.upsertSipUsers(Rows.fromCsv(Path.of("users.csv")));
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
 * draft", and another client can discard or commit it; the next call then fails with
 * {@link NoActiveDraftException} and the draft is {@link DraftState#GONE}. Uploads are checked on the
 * client before they are sent ({@link io.teamsdr.core.ValidationException}, with lines and columns)
 * and by the server ({@link CsvRejectedException}). SBC tenants must be uploaded before their SIP
 * users.
 *
 * <p>A draft is synchronous on purpose, and the {@linkplain VsxiTeamsClient#async() async view} has
 * no drafts: a draft is a sequence whose order matters (tenants before their users, review before
 * commit, nothing after the commit), on a resource that exists once per SBC. Futures would let its
 * steps overlap or outlive its end; when the sequence must not block the caller, run the whole of it
 * as one task on an executor of your own. For the same reason a draft may be shared between
 * threads, but its calls run one at a time (a call waits for the one in progress); {@link #state()}
 * never waits.
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
     * Creates or updates SBC tenants ({@code POST /teams/draft/update/tenants}): a new tenant id
     * creates a tenant, a known one updates it ({@code pbxId} and {@code spId} cannot change). CSV
     * files have the columns {@code tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId}.
     *
     * @param tenants the rows: {@code Rows.of(list)}, {@code Rows.fromCsv(path)}, a stream...
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException listing every bad row before anything is sent (for
     *     a one-shot source: the first, found while sending, which aborts the upload)
     * @throws CsvRejectedException when the SBC rejects rows
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    UploadResult upsertSbcTenants(Rows<SbcTenant> tenants);

    /**
     * Deletes SBC tenants, and with them all their SIP users ({@code DELETE /teams/draft/delete/tenants}).
     * CSV files have the column {@code tenantId}.
     *
     * @param tenantIds the tenant ids
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for blank or repeated ids, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    UploadResult deleteSbcTenants(Rows<String> tenantIds);

    /**
     * Creates or updates SIP users ({@code POST /teams/draft/update/users}); their SBC tenants must
     * exist or be in the draft. CSV files have the columns {@code tenantId,sipUser,sipPassword,did}.
     *
     * @param users the rows, e.g. a lazily produced stream of a million users
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException listing every bad row before anything is sent (for
     *     a one-shot source: the first, found while sending, which aborts the upload)
     * @throws CsvRejectedException when the SBC rejects rows
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    UploadResult upsertSipUsers(Rows<SipUser> users);

    /**
     * <strong>Destructive and global:</strong> deletes every SIP user of the SBC, of every tenant, in
     * the draft, then creates the given users ({@code POST /teams/draft/replace/users}). After the
     * commit, only these users exist. No rows deletes all users.
     *
     * @param users the complete set of SIP users
     * @param confirm {@link ReplaceAllSipUsers#CONFIRM}, to say that this is meant
     * @return what the SBC accepted
     * @throws IllegalArgumentException without the confirmation, before anything is sent
     * @throws io.teamsdr.core.ValidationException listing every bad row, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    UploadResult replaceAllSipUsers(Rows<SipUser> users, ReplaceAllSipUsers confirm);

    /**
     * Deletes SIP users by name ({@code DELETE /teams/draft/delete/users}). CSV files have the
     * column {@code sipUser}.
     *
     * @param sipUsers the SIP user names
     * @return what the SBC accepted
     * @throws io.teamsdr.core.ValidationException for blank or repeated names, before anything is sent
     * @throws CsvRejectedException when the SBC rejects rows
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    UploadResult deleteSipUsers(Rows<String> sipUsers);

    /**
     * Counts the staged changes ({@code GET /teams/draft/status}).
     *
     * @return SBC tenants and SIP users added, updated and deleted
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    DraftStatus status();

    /**
     * Downloads and parses the configuration differences ({@code GET /teams/draft/diff}), held in
     * memory for review; {@link ChangeSet#writeZip(Path)} saves the original ZIP.
     *
     * @return the differences
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    ChangeSet diff();

    /**
     * Streams the differences ZIP into a file, which appears only once complete.
     *
     * @param zip the destination
     * @return the bytes written
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    long diffTo(Path zip);

    /**
     * Streams the differences ZIP into a stream, which is not closed.
     *
     * @param zip the destination
     * @return the bytes written
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    long diffTo(OutputStream zip);

    /**
     * Commits the draft without a description; see {@link #commit(String)}. Without a description,
     * a commit whose answer is lost is recognized in the history only as the one new session that
     * has no description either, so prefer a description unique to the change.
     *
     * @return the committed session
     * @throws CommitNotAppliedException when the answer proved nothing and nothing was committed
     * @throws CommitOutcomeUnknownException when the answer proved nothing and the outcome is unknown
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    Commit commit();

    /**
     * Commits the draft ({@code POST /teams/draft/commit} with {@code {"description": ...}}): the
     * staged changes become active as a new session.
     *
     * <p>The commit is never re-sent by the SDK. The SDK first reads the history
     * ({@code GET /teams/commits}); if the commit's answer then does not prove the outcome (a
     * timeout, a reset connection, a body cut short or unreadable, or any 5xx such as a gateway's
     * 502 or 504, which a proxy may send after the SBC applied the commit), it reads the history
     * again and reports what happened: it returns the new session when one with this description
     * appeared, throws {@link CommitNotAppliedException} when nothing changed and the draft is
     * still open (commit again), and {@link CommitOutcomeUnknownException} when it cannot tell. A
     * description unique to this change (a ticket number) makes that reliable.
     *
     * @param description what the session is for, shown in the history; not blank
     * @return the committed session
     * @throws io.teamsdr.core.ValidationException when the description is blank, before anything is sent
     * @throws CommitNotAppliedException when the answer proved nothing and nothing was committed
     * @throws CommitOutcomeUnknownException when the answer proved nothing and the outcome is unknown
     * @throws NoActiveDraftException when the SBC has no active draft any more
     */
    Commit commit(String description);

    /**
     * Commits without a description, runs the caller's check, and rolls the new session back if
     * the check fails; see {@link #commitConfirmed(String, CommitCheck)}.
     *
     * @param check verifies the committed configuration
     * @return the session and whether it was confirmed or rolled back
     * @throws CommitNotRolledBackException when the check failed and the session could not be
     *     rolled back: the rejected configuration is still active
     * @throws CommitNotAppliedException when the commit's answer proved nothing and nothing was committed
     * @throws CommitOutcomeUnknownException when the commit's answer proved nothing and the outcome is unknown
     */
    ConfirmedCommit commitConfirmed(CommitCheck check);

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
     * @throws io.teamsdr.core.ValidationException when the description is blank, before anything is sent
     * @throws CommitNotRolledBackException when the check failed and the session could not be
     *     rolled back: the rejected configuration is still active
     * @throws CommitNotAppliedException when the commit's answer proved nothing and nothing was committed
     * @throws CommitOutcomeUnknownException when the commit's answer proved nothing and the outcome is unknown
     */
    ConfirmedCommit commitConfirmed(String description, CommitCheck check);

    /**
     * Deletes the draft and all its staged changes ({@code POST /teams/draft/discard}).
     *
     * @throws NoActiveDraftException when the SBC has no active draft any more (another client
     *     committed or discarded it)
     */
    void discard();

    /**
     * Discards the draft if it is still open; does nothing otherwise, nor when the SBC answers that
     * no draft is active any more. In a try-with-resources block that ends with an exception, a
     * failure to discard is attached to it as suppressed.
     */
    @Override
    void close();
}
