package io.teamsdr.provisioning.internal;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.TeamsdrException;
import io.teamsdr.vsxi.CommitNotRolledBackException;
import io.teamsdr.vsxi.CsvRejectedException;
import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.DraftConflictException;
import io.teamsdr.vsxi.Rows;
import io.teamsdr.vsxi.VsxiTeamsClient;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadError;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Everything the provisioning writes to the SBC, in one draft, in this module's own terms. The only
 * class that writes through the VSXi client.
 */
public final class SbcWriter {
    private final VsxiTeamsClient vsxi;

    /**
     * Writes to one SBC.
     *
     * @param vsxi the VSXi client
     */
    public SbcWriter(VsxiTeamsClient vsxi) {
        this.vsxi = vsxi;
    }

    /**
     * Stages the changes in one draft (tenant first, then deletions, then users), commits it, runs the
     * check, and rolls the session back when the check fails. A draft that was not committed is
     * discarded. Never throws for a refused upload, a busy SBC or a failed check: those are results.
     *
     * @param tenantRow the tenant row to create or update, or {@code null}
     * @param upserts SIP users to create or update, in order
     * @param deletes SIP user names to delete
     * @param passwords gives each SIP user's password while its row is written; never logged
     * @param description the commit's description
     * @param check reads the SBC back after the commit; returns why it disagrees, empty when it agrees
     * @param progress told of the rows written
     * @return what became of the draft
     */
    public SbcCommitResult commit(SbcTenant tenantRow, List<SipRow> upserts,
                                  List<String> deletes, Function<SipRow, String> passwords, String description,
                                  Supplier<Optional<String>> check, ProgressListener progress) {
        Draft draft;
        try {
            draft = vsxi.drafts().start();
        } catch (DraftConflictException busy) {
            return new SbcCommitResult(SbcCommitResult.Status.FAILED, null, "another draft is active on the SBC "
                    + "(someone else is changing it); nothing was written. Wait for it to be committed or discarded, "
                    + "then plan again");
        } catch (TeamsdrException failed) {
            return new SbcCommitResult(SbcCommitResult.Status.FAILED, null, "the draft could not be started: "
                    + failed.getMessage());
        }
        try (draft) {
            if (tenantRow != null) {
                draft.upsertSbcTenants(Rows.of(List.of(tenantRow)));
            }
            if (!deletes.isEmpty()) {
                draft.deleteSipUsers(Rows.of(deletes));
            }
            if (!upserts.isEmpty()) {
                draft.upsertSipUsers(Rows.of(rows(upserts.iterator(), passwords)).withProgress(progress));
            }
            ConfirmedCommit commit = draft.commitConfirmed(description, committed -> {
                Optional<String> disagreement = check.get();
                if (disagreement.isPresent()) {
                    throw new IllegalStateException(disagreement.get());
                }
                return true;
            });
            if (commit.isConfirmed()) {
                return new SbcCommitResult(SbcCommitResult.Status.CONFIRMED, commit.commit().session(), "");
            }
            return new SbcCommitResult(SbcCommitResult.Status.ROLLED_BACK, commit.commit().session(),
                    "the check after the commit failed, so session " + commit.commit().session()
                            + " was rolled back and the SBC is as before: " + commit.checkFailure()
                            .map(SbcWriter::message).orElse("the check returned false"));
        } catch (CommitNotRolledBackException stuck) {
            return new SbcCommitResult(SbcCommitResult.Status.FAILED, stuck.commit().session(),
                    "the check after the commit failed AND the rollback did not happen, so session "
                            + stuck.commit().session() + " is active: " + stuck.getMessage());
        } catch (CsvRejectedException rejected) {
            return new SbcCommitResult(SbcCommitResult.Status.FAILED, null, "the SBC refused the upload, so the draft "
                    + "was discarded and nothing was written: " + rejected.errors().stream().limit(5)
                    .map(SbcWriter::describe).collect(Collectors.joining("; ")) + reasonOf(rejected));
        } catch (RuntimeException failed) {
            return new SbcCommitResult(SbcCommitResult.Status.FAILED, null, "the SBC draft failed and was discarded: "
                    + message(failed));
        }
    }

    private static Iterator<SipUser> rows(Iterator<SipRow> rows, Function<SipRow, String> passwords) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SipUser next() {
                SipRow row = rows.next();
                String password = passwords.apply(row);
                if (password == null || password.isEmpty()) {
                    throw new IllegalStateException("the SIP password provider gave no password for SIP user "
                            + row.sipUser());
                }
                return new SipUser(row.tenantId(), row.sipUser(), password, row.did());
            }
        };
    }

    private static String describe(UploadError error) {
        return (error.hasLine() ? "line " + error.line() + " " : "")
                + error.field().map(field -> field + ": ").orElse("") + error.reason();
    }

    private static String reasonOf(CsvRejectedException rejected) {
        return rejected.errors().isEmpty() ? message(rejected) : "";
    }

    private static String message(Throwable failure) {
        Throwable root = failure;
        while (root.getMessage() == null && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
