package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.Response;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Redactor;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.fusion.AdminApi;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.AdminCredentials;
import io.teamsdr.fusion.model.AdminDeletion;
import io.teamsdr.fusion.model.FusionId;
import io.teamsdr.fusion.model.TeamsAdmin;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The {@link AdminApi} over a {@link Transport}. */
public final class DefaultAdminApi implements AdminApi {
    /** The 200 body of a deletion; both fields are conditional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deleted(Optional<Long> id, Optional<String> msUsername) {
        Deleted {
            id = Objects.requireNonNullElse(id, Optional.empty());
            msUsername = Objects.requireNonNullElse(msUsername, Optional.empty());
        }
    }

    private final Transport transport;
    private final Subscription subscription;
    private final ResponseHandler<AdminDeletion> deletion = this::readDeletion;

    /**
     * Creates the resource.
     *
     * @param transport the client's transport
     * @param subscription the subscription the calls address
     */
    public DefaultAdminApi(Transport transport, Subscription subscription) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public TeamsAdmin get() {
        return transport.send(getSpec(), ResponseHandler.json(TeamsAdmin.class));
    }

    @Override
    public CompletableFuture<TeamsAdmin> getAsync() {
        return Calls.async(transport, this::getSpec, ResponseHandler.json(TeamsAdmin.class));
    }

    @Override
    public FusionId createOrUpdate(AdminCredentials credentials) {
        return transport.send(createOrUpdateSpec(credentials), ResponseHandler.json(FusionId.class));
    }

    @Override
    public CompletableFuture<FusionId> createOrUpdateAsync(AdminCredentials credentials) {
        return Calls.async(transport, () -> createOrUpdateSpec(credentials), ResponseHandler.json(FusionId.class));
    }

    @Override
    public AdminDeletion delete() {
        return transport.send(deleteSpec(), deletion);
    }

    @Override
    public CompletableFuture<AdminDeletion> deleteAsync() {
        return Calls.async(transport, this::deleteSpec, deletion);
    }

    private RequestSpec getSpec() {
        return FusionOperation.ADMIN_GET.request(subscription).build();
    }

    private RequestSpec createOrUpdateSpec(AdminCredentials credentials) {
        new Validator().required("credentials", credentials).throwIfInvalid();
        return FusionOperation.ADMIN_SET.request(subscription).body(RequestBody.json(credentials)).build();
    }

    private RequestSpec deleteSpec() {
        return FusionOperation.ADMIN_DELETE.request(subscription).build();
    }

    private AdminDeletion readDeletion(Response response) throws IOException {
        // 204 means there was no administrator; a 200 without a body still means one was deleted.
        if (response.status() == 204) {
            return AdminDeletion.nothingToDelete();
        }
        String text = response.text();
        if (text.isBlank()) {
            return new AdminDeletion(true, Optional.empty(), Optional.empty());
        }
        try {
            Deleted deleted = transport.mapper().readValue(text, Deleted.class);
            return new AdminDeletion(true, deleted.id(), deleted.msUsername());
        } catch (JsonProcessingException failure) {
            throw new DecodingException(FusionOperation.ADMIN_DELETE.method().name(),
                    FusionOperation.ADMIN_DELETE.pathTemplate(), response.status(), Redactor.json(text), failure);
        }
    }
}
