package io.teamsdr.vsxi;

import io.teamsdr.core.ProgressListener;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.internal.CsvUpload;
import io.teamsdr.vsxi.internal.RecordSource;
import io.teamsdr.vsxi.internal.UploadLayout;
import io.teamsdr.vsxi.internal.VsxiPaths;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/** The {@link Draft} of a {@link VsxiTeamsClient}; one lock serializes its calls. */
final class DefaultDraft implements Draft {
    private final Transport transport;
    private final CommitProtocol commits;
    private final String id;
    private final String createdAt;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile DraftState state = DraftState.OPEN;

    DefaultDraft(Transport transport, String id, String createdAt) {
        this.transport = transport;
        this.commits = new CommitProtocol(transport);
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
    public UploadResult upsertTenants(Collection<TeamsTenant> tenants) {
        return upsertTenants(Rows.of(tenants));
    }

    @Override
    public UploadResult upsertTenants(Path csv) {
        return upsertTenants(Rows.<TeamsTenant>fromCsv(csv));
    }

    @Override
    public UploadResult upsertTenants(Rows<TeamsTenant> tenants) {
        return upload(UploadLayout.TENANTS, tenants, VsxiPaths::upsertTenants);
    }

    @Override
    public UploadResult deleteTenants(Collection<String> tenantIds) {
        return deleteTenants(Rows.of(tenantIds));
    }

    @Override
    public UploadResult deleteTenants(Path csv) {
        return deleteTenants(Rows.<String>fromCsv(csv));
    }

    @Override
    public UploadResult deleteTenants(Rows<String> tenantIds) {
        return upload(UploadLayout.TENANT_IDS, tenantIds, VsxiPaths::deleteTenants);
    }

    @Override
    public UploadResult upsertUsers(Collection<TeamsUser> users) {
        return upsertUsers(Rows.of(users));
    }

    @Override
    public UploadResult upsertUsers(Path csv) {
        return upsertUsers(Rows.<TeamsUser>fromCsv(csv));
    }

    @Override
    public UploadResult upsertUsers(Rows<TeamsUser> users) {
        return upload(UploadLayout.USERS, users, VsxiPaths::upsertUsers);
    }

    @Override
    public UploadResult replaceAllUsers(Collection<TeamsUser> users, ReplaceAllUsers confirm) {
        return replaceAllUsers(Rows.of(users), confirm);
    }

    @Override
    public UploadResult replaceAllUsers(Path csv, ReplaceAllUsers confirm) {
        return replaceAllUsers(Rows.<TeamsUser>fromCsv(csv), confirm);
    }

    @Override
    public UploadResult replaceAllUsers(Rows<TeamsUser> users, ReplaceAllUsers confirm) {
        if (confirm != ReplaceAllUsers.CONFIRM) {
            throw new IllegalArgumentException("replaceAllUsers deletes every user of the SBC first;"
                    + " pass ReplaceAllUsers.CONFIRM to say that this is meant");
        }
        return upload(UploadLayout.USERS, users, VsxiPaths::replaceUsers);
    }

    @Override
    public UploadResult deleteUsers(Collection<String> sipUsers) {
        return deleteUsers(Rows.of(sipUsers));
    }

    @Override
    public UploadResult deleteUsers(Path csv) {
        return deleteUsers(Rows.<String>fromCsv(csv));
    }

    @Override
    public UploadResult deleteUsers(Rows<String> sipUsers) {
        return upload(UploadLayout.SIP_USERS, sipUsers, VsxiPaths::deleteUsers);
    }

    private <T> UploadResult upload(UploadLayout<T> layout, Rows<T> rows, Function<RequestBody, RequestSpec> spec) {
        Objects.requireNonNull(rows, "rows");
        return whileOpen(() -> {
            RecordSource source = rows.toSource(layout);
            if (source.replayable()) {
                CsvUpload.checkAll(source, layout);
            }
            ProgressListener progress = rows.progress();
            boolean trackDuplicates = !source.replayable() && rows.checksDuplicatesWhileSending();
            RequestBody body = RequestBody.writer(new CsvUpload(source, layout, progress, trackDuplicates),
                    RequestBody.CSV, source.replayable());
            return transport.send(spec.apply(body), Responses.upload(transport.mapper()));
        });
    }

    @Override
    public DraftStatus status() {
        return whileOpen(() -> transport.send(VsxiPaths.status(), ResponseHandler.json(DraftStatus.class)));
    }

    @Override
    public ChangeSet diff() {
        return whileOpen(() -> transport.send(VsxiPaths.diff(), Responses.changeSet("GET", "/teams/draft/diff")));
    }

    @Override
    public long diffTo(Path zip) {
        Objects.requireNonNull(zip, "zip");
        return whileOpen(() -> transport.send(VsxiPaths.diff(), ResponseHandler.toFile(zip, ProgressListener.NONE)));
    }

    @Override
    public long diffTo(OutputStream zip) {
        Objects.requireNonNull(zip, "zip");
        return whileOpen(() -> transport.send(VsxiPaths.diff(), ResponseHandler.toOutputStream(zip, ProgressListener.NONE)));
    }

    @Override
    public Commit commit(String description) {
        requireDescription(description);
        return whileOpen(() -> commitOnce(description, commits.sessionKeys()));
    }

    @Override
    public ConfirmedCommit commitConfirmed(String description, CommitCheck check) {
        requireDescription(description);
        Objects.requireNonNull(check, "check");
        return whileOpen(() -> {
            Set<String> before = commits.sessionKeys();
            Commit commit = commitOnce(description, before);
            return commits.confirm(commit, before, check);
        });
    }

    /** Sends the commit once and moves the state by what is known of its outcome. */
    private Commit commitOnce(String description, Set<String> before) {
        try {
            Commit commit = commits.commit(description, before);
            state = DraftState.COMMITTED;
            return commit;
        } catch (CommitOutcomeUnknownException unknown) {
            state = DraftState.OUTCOME_UNKNOWN;
            throw unknown;
        }
    }

    private static void requireDescription(String description) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a commit needs a description: it names the session in the history"
                    + " and lets the SDK recognize the commit there if its answer is lost");
        }
    }

    @Override
    public void discard() {
        whileOpen(() -> {
            transport.send(VsxiPaths.discard(), ResponseHandler.status());
            state = DraftState.DISCARDED;
            return null;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (state == DraftState.OPEN) {
                discard();
            }
        } finally {
            lock.unlock();
        }
    }

    private <T> T whileOpen(Supplier<T> call) {
        lock.lock();
        try {
            if (state != DraftState.OPEN) {
                throw new IllegalStateException("the draft is " + state + "; start a new one with drafts().start()");
            }
            return call.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "Draft[" + (id == null ? "resumed" : id) + ", " + state + "]";
    }
}
