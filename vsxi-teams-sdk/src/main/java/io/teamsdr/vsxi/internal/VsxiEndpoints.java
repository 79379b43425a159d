package io.teamsdr.vsxi.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.core.http.HttpMethod;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.vsxi.ConfigView;
import io.teamsdr.vsxi.SbcTenantFilter;
import io.teamsdr.vsxi.model.ChangeSet;
import io.teamsdr.vsxi.model.Commit;
import io.teamsdr.vsxi.model.ConfigurationPackage;
import io.teamsdr.vsxi.model.ProvisionedSbcTenant;
import io.teamsdr.vsxi.model.ProvisionedSipUser;
import io.teamsdr.vsxi.model.RollbackResult;
import io.teamsdr.vsxi.model.UploadResult;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The 16 endpoints of the VSXi Teams Provisioning API, each described once as a {@link Call}: the
 * request relative to the REST root the caller configures (e.g.
 * {@code https://sbc:8888/SSConfig/webresources}), with its stable operation name, and the reading
 * of its answer. The sync resources and the async view both run these descriptions.
 *
 * <p>The document gives paths only; what it leaves out (status codes, that only {@code true} is
 * sent for {@code includeDraft}, how the ZIPs are asked for) is decided here and in
 * {@link Responses}, following NOTES.md, so that it can change in one place when the real server
 * differs. Checking the caller's input is part of describing a call.
 */
final class VsxiEndpoints {
    /** Media type of the configuration ZIPs. */
    private static final String ZIP = "application/zip";

    private final Transport transport;
    private final ObjectMapper mapper;

    VsxiEndpoints(Transport transport) {
        this.transport = transport;
        this.mapper = transport.mapper();
    }

    /** #1 {@code POST /teams/draft/start}: answers {@code {draftId, createdAt}}, 409 when a draft is active. */
    Call<ResponseBodies.Started> start() {
        return new Call<>(transport, RequestSpec.builder(HttpMethod.POST, "/teams/draft/start").operation("vsxi.draft.start").build(),
                Responses.started(mapper));
    }

    /** #2 {@code GET /teams/draft/status}: answers the counts, 404 (or 409) when no draft is active. */
    Call<ResponseBodies.ActiveDraft> status() {
        return new Call<>(transport, RequestSpec.builder(HttpMethod.GET, "/teams/draft/status").operation("vsxi.draft.status").build(),
                Responses.draftScoped(ResponseHandler.json(ResponseBodies.ActiveDraft.class)));
    }

    /** #3 {@code GET /teams/draft/diff}: answers a ZIP, read into a change set. */
    Call<ChangeSet> diff() {
        return diff(Responses.zip("GET", "/teams/draft/diff", ChangeSet::read));
    }

    /** #3 {@code GET /teams/draft/diff}, its ZIP handed to a handler of the caller's choice. */
    <T> Call<T> diff(ResponseHandler<T> zip) {
        return new Call<>(transport, RequestSpec.builder(HttpMethod.GET, "/teams/draft/diff").operation("vsxi.draft.diff")
                .header("Accept", ZIP).build(), Responses.draftScoped(zip));
    }

    /**
     * #4 {@code POST /teams/draft/discard}. Not retried: a second discard could remove a draft
     * another client started in between.
     */
    Call<Integer> discard() {
        return new Call<>(transport, RequestSpec.builder(HttpMethod.POST, "/teams/draft/discard").operation("vsxi.draft.discard")
                .build(), Responses.draftScoped(ResponseHandler.status()));
    }

    /**
     * #5 {@code POST /teams/draft/commit} with {@code {"description": "..."}} or {@code {}}: answers
     * {@code {session, timestamp, description}}. Never retried.
     */
    Call<Commit> commit(@Nullable String description) {
        return new Call<>(transport, RequestSpec.builder(HttpMethod.POST, "/teams/draft/commit").operation("vsxi.draft.commit")
                .body(RequestBody.json(new CommitRequest(description)))
                .idempotent(false)
                .build(), Responses.draftScoped(ResponseHandler.json(Commit.class)));
    }

    /**
     * #6 {@code POST /teams/draft/update/tenants} with CSV
     * {@code tenantId,tenantName,microsoftFqdn,localIp,did,pbxId,spId}. Uploading the same rows
     * twice leaves the draft as once, so it may be retried when the body can be sent again.
     */
    Call<UploadResult> upsertSbcTenants(RequestBody csv) {
        return upload(HttpMethod.POST, "/teams/draft/update/tenants", "vsxi.draft.upsert_sbc_tenants", csv);
    }

    /** #7 {@code DELETE /teams/draft/delete/tenants} with CSV {@code tenantId}. */
    Call<UploadResult> deleteSbcTenants(RequestBody csv) {
        return upload(HttpMethod.DELETE, "/teams/draft/delete/tenants", "vsxi.draft.delete_sbc_tenants", csv);
    }

    /** #8 {@code GET /teams/tenants}, with {@code includeDraft=true} only for the draft view. */
    Call<List<ProvisionedSbcTenant>> sbcTenants(ConfigView view) {
        RequestSpec.Builder spec = RequestSpec.builder(HttpMethod.GET, "/teams/tenants").operation("vsxi.sbc_tenants.list");
        return new Call<>(transport, withView(spec, view).build(), response -> response.json(ResponseBodies.SbcTenants.class).list());
    }

    /** #9 {@code POST /teams/draft/update/users} with CSV {@code tenantId,sipUser,sipPassword,did}. */
    Call<UploadResult> upsertSipUsers(RequestBody csv) {
        return upload(HttpMethod.POST, "/teams/draft/update/users", "vsxi.draft.upsert_sip_users", csv);
    }

    /**
     * #10 {@code POST /teams/draft/replace/users} with CSV {@code tenantId,sipUser,sipPassword,did}:
     * deletes every user first. Replacing with the same rows twice gives the same draft.
     */
    Call<UploadResult> replaceAllSipUsers(RequestBody csv) {
        return upload(HttpMethod.POST, "/teams/draft/replace/users", "vsxi.draft.replace_all_sip_users", csv);
    }

    /** #11 {@code DELETE /teams/draft/delete/users} with CSV {@code sipUser}. */
    Call<UploadResult> deleteSipUsers(RequestBody csv) {
        return upload(HttpMethod.DELETE, "/teams/draft/delete/users", "vsxi.draft.delete_sip_users", csv);
    }

    /**
     * #12 {@code GET /teams/users}, with {@code includeDraft=true} only for the draft view and the
     * tenant filter as one comma-separated {@code tenantIds} parameter.
     */
    Call<List<ProvisionedSipUser>> sipUsers(ConfigView view, SbcTenantFilter tenants) {
        return new Call<>(transport, sipUsersSpec(view, tenants), response -> response.json(ResponseBodies.SipUsers.class).list());
    }

    /** #12 {@code GET /teams/users}, parsed incrementally: each user goes to the action as it is read. */
    Call<Long> forEachSipUser(ConfigView view, SbcTenantFilter tenants, Consumer<? super ProvisionedSipUser> action) {
        Objects.requireNonNull(action, "action");
        RequestSpec spec = sipUsersSpec(view, tenants);
        return new Call<>(transport, spec, response -> {
            try (JsonParser parser = mapper.createParser(response.body())) {
                return readSipUsers(parser, action);
            } catch (JsonProcessingException malformed) {
                throw new DecodingException(spec.method().name(), spec.pathTemplate(), response.status(),
                        "(streamed; not kept)", malformed);
            }
        });
    }

    private static RequestSpec sipUsersSpec(ConfigView view, SbcTenantFilter tenants) {
        Objects.requireNonNull(tenants, "tenants");
        RequestSpec.Builder spec = withView(RequestSpec.builder(HttpMethod.GET, "/teams/users")
                .operation("vsxi.sip_users.list"), view);
        if (!tenants.tenantIds().isEmpty()) {
            spec.query("tenantIds", String.join(",", tenants.tenantIds()));
        }
        return spec.build();
    }

    /** Walks {@code {"users": [...], ...}}, binding one user at a time and skipping other fields. */
    private long readSipUsers(JsonParser parser, Consumer<? super ProvisionedSipUser> action) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(parser, "expected an object with a users list");
        }
        long count = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("users".equals(field) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    action.accept(mapper.readValue(parser, ProvisionedSipUser.class));
                    count++;
                }
            } else {
                parser.skipChildren();
            }
        }
        return count;
    }

    /** #13 {@code GET /teams/commits}: answers {@code {commits: [...]}}. */
    Call<List<Commit>> commits() {
        return new Call<>(transport, RequestSpec.builder(HttpMethod.GET, "/teams/commits").operation("vsxi.commits.list").build(),
                response -> response.json(ResponseBodies.Commits.class).list());
    }

    /**
     * #14 {@code POST /teams/rollback}: removes the newest session. Never retried: a repeat would
     * remove the one before it too.
     */
    Call<RollbackResult> rollbackLatest() {
        return new Call<>(transport, RequestSpec.builder(HttpMethod.POST, "/teams/rollback").operation("vsxi.commits.rollback_latest")
                .idempotent(false).build(), Responses::rollback);
    }

    /** #15 {@code POST /teams/rollback/{session}}: removes that session and every newer one. Never retried. */
    Call<RollbackResult> rollbackTo(String session) {
        new Validator().required("session", session).throwIfInvalid();
        return new Call<>(transport, RequestSpec.builder(HttpMethod.POST, "/teams/rollback/{session}")
                .operation("vsxi.commits.rollback_to").pathParam("session", session).idempotent(false).build(),
                Responses::rollback);
    }

    /** #16 {@code GET /teams/smcFiles}: answers a ZIP, read into a configuration package. */
    Call<ConfigurationPackage> smcFiles(ConfigView view) {
        return smcFiles(view, Responses.zip("GET", "/teams/smcFiles", ConfigurationPackage::read));
    }

    /** #16 {@code GET /teams/smcFiles}, its ZIP handed to a handler of the caller's choice. */
    <T> Call<T> smcFiles(ConfigView view, ResponseHandler<T> zip) {
        RequestSpec.Builder spec = RequestSpec.builder(HttpMethod.GET, "/teams/smcFiles")
                .operation("vsxi.configuration.download").header("Accept", ZIP);
        return new Call<>(transport, withView(spec, view).build(), zip);
    }

    private Call<UploadResult> upload(HttpMethod method, String path, String operation, RequestBody csv) {
        // The POSTs are marked idempotent because uploading the same rows twice leaves the draft as
        // once; the DELETEs are by their method. A one-shot body is never sent twice either way.
        RequestSpec.Builder spec = RequestSpec.builder(method, path).operation(operation).body(csv);
        if (method == HttpMethod.POST) {
            spec.idempotent(true);
        }
        return new Call<>(transport, spec.build(), Responses.draftScoped(Responses.upload(mapper)));
    }

    /** The document shows only {@code includeDraft=true}; the committed view sends nothing. */
    private static RequestSpec.Builder withView(RequestSpec.Builder spec, ConfigView view) {
        if (Objects.requireNonNull(view, "view") == ConfigView.WITH_DRAFT) {
            spec.query("includeDraft", "true");
        }
        return spec;
    }
}
