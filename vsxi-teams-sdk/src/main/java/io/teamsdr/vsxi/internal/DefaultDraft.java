package io.teamsdr.vsxi.internal;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.vsxi.CommitCheck;
import io.teamsdr.vsxi.CommitOutcomeUnknownException;
import io.teamsdr.vsxi.Draft;
import io.teamsdr.vsxi.DraftState;
import io.teamsdr.vsxi.NoActiveDraftException;
import io.teamsdr.vsxi.ReplaceAllSipUsers;
import io.teamsdr.vsxi.Rows;
import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfirmedCommit;
import io.teamsdr.vsxi.model.DraftStatus;
import io.teamsdr.vsxi.model.SbcTenant;
import io.teamsdr.vsxi.model.SipUser;
import io.teamsdr.vsxi.model.UploadResult;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The {@link Draft} of a client; one lock serializes its calls. */
final class DefaultDraft implements Draft {
    private final VsxiEndpoints endpoints;
    private final CommitProtocol commits;
    private final @Nullable String id;
    private final @Nullable String createdAt;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile DraftState state = DraftState.OPEN;

    DefaultDraft(VsxiEndpoints endpoints, @Nullable String id, @Nullable String createdAt) {
        this.endpoints = endpoints;
        this.commits = new CommitProtocol(endpoints);
        this.id = id;
        this.createdAt = createdAt;
    }

    @Override
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    @Override
    public Optional<String> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    @Override
    public DraftState state() {
        return state;
    }

    @Override
    public UploadResult upsertSbcTenants(Rows<SbcTenant> tenants) {
        return upload(UploadLayout.SBC_TENANTS, tenants, endpoints::upsertSbcTenants);
    }

    @Override
    public UploadResult deleteSbcTenants(Rows<String> tenantIds) {
        return upload(UploadLayout.TENANT_IDS, tenantIds, endpoints::deleteSbcTenants);
    }

    @Override
    public UploadResult upsertSipUsers(Rows<SipUser> users) {
        return upload(UploadLayout.SIP_USERS, users, endpoints::upsertSipUsers);
    }

    @Override
    public UploadResult replaceAllSipUsers(Rows<SipUser> users, ReplaceAllSipUsers confirm) {
        if (confirm != ReplaceAllSipUsers.CONFIRM) {
            throw new IllegalArgumentException("replaceAllSipUsers deletes every SIP user of the SBC first;"
                    + " pass ReplaceAllSipUsers.CONFIRM to say that this is meant");
        }
        return upload(UploadLayout.SIP_USERS, users, endpoints::replaceAllSipUsers);
    }

    @Override
    public UploadResult deleteSipUsers(Rows<String> sipUsers) {
        return upload(UploadLayout.SIP_USER_NAMES, sipUsers, endpoints::deleteSipUsers);
    }

    private <T> UploadResult upload(UploadLayout<T> layout, Rows<T> rows, Function<RequestBody, Call<UploadResult>> call) {
        Objects.requireNonNull(rows, "rows");
        return whileOpen(() -> {
            RecordSource source = RecordSources.of(rows, layout);
            if (source.replayable()) {
                CsvUpload.checkAll(source, layout);
            }
            ProgressListener progress = rows.progress();
            boolean trackDuplicates = rows instanceof Rows.OneShot<T> once && once.checksDuplicates();
            RequestBody body = RequestBody.writer(new CsvUpload(source, layout, progress, trackDuplicates),
                    RequestBody.CSV, source.replayable());
            return call.apply(body).send();
        });
    }

    @Override
    public DraftStatus status() {
        return whileOpen(() -> endpoints.status().send().status());
    }

    @Override
    public ChangeSet diff() {
        return whileOpen(() -> endpoints.diff().send());
    }

    @Override
    public long diffTo(Path zip) {
        Objects.requireNonNull(zip, "zip");
        return whileOpen(() -> endpoints.diff(ResponseHandler.toFile(zip, ProgressListener.NONE)).send());
    }

    @Override
    public long diffTo(OutputStream zip) {
        Objects.requireNonNull(zip, "zip");
        return whileOpen(() -> endpoints.diff(ResponseHandler.toOutputStream(zip, ProgressListener.NONE)).send());
    }

    @Override
    public Commit commit() {
        return whileOpen(() -> commitOnce(null, commits.sessionKeys()));
    }

    @Override
    public Commit commit(String description) {
        requireDescription(description);
        return whileOpen(() -> commitOnce(description, commits.sessionKeys()));
    }

    @Override
    public ConfirmedCommit commitConfirmed(CommitCheck check) {
        return confirmed(null, check);
    }

    @Override
    public ConfirmedCommit commitConfirmed(String description, CommitCheck check) {
        requireDescription(description);
        return confirmed(description, check);
    }

    private ConfirmedCommit confirmed(@Nullable String description, CommitCheck check) {
        Objects.requireNonNull(check, "check");
        return whileOpen(() -> {
            Set<String> before = commits.sessionKeys();
            Commit commit = commitOnce(description, before);
            return commits.confirm(commit, before, check);
        });
    }

    /** Sends the commit once and moves the state by what is known of its outcome. */
    private Commit commitOnce(@Nullable String description, Set<String> before) {
        try {
            Commit commit = commits.commit(description, before);
            state = DraftState.COMMITTED;
            return commit;
        } catch (CommitOutcomeUnknownException unknown) {
            state = DraftState.OUTCOME_UNKNOWN;
            throw unknown;
        }
    }

    /** A description is optional, but one given must say something: it names the session in the history. */
    private static void requireDescription(@Nullable String description) {
        new Validator().required("description", description).throwIfInvalid();
    }

    @Override
    public void discard() {
        whileOpen(() -> {
            endpoints.discard().send();
            state = DraftState.DISCARDED;
            return state;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (state == DraftState.OPEN) {
                discard();
            }
        } catch (NoActiveDraftException nothingToDiscard) {
            // Another client committed or discarded the draft: nothing of it is left to clean up.
        } finally {
            lock.unlock();
        }
    }

    /** Runs a call of the open draft; an answer that no draft is active ends the draft. */
    private <T> T whileOpen(Supplier<T> call) {
        lock.lock();
        try {
            if (state != DraftState.OPEN) {
                throw new IllegalStateException("the draft is " + state + "; start a new one with drafts().start()");
            }
            return call.get();
        } catch (NoActiveDraftException gone) {
            state = DraftState.GONE;
            throw gone;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Draft[" + (id == null ? "resumed" : id) + ", " + state + "]";
    }
}
