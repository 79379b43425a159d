package io.teamsdr.fusion.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.http.RequestBody;
import io.teamsdr.core.http.Response;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Redactor;
import io.teamsdr.fusion.FusionOperation;
import io.teamsdr.fusion.Subscription;
import io.teamsdr.fusion.model.AdminCredentials;
import io.teamsdr.fusion.model.AdminDeletion;
import io.teamsdr.fusion.model.FusionId;
import io.teamsdr.fusion.model.TeamsAdmin;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/** The MS Teams administrator endpoints, described once for {@link io.teamsdr.fusion.AdminApi} and its async view. */
record AdminCalls(Transport transport, Subscription subscription) {
    /** The 200 body of a deletion; both fields are conditional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deleted(Optional<Long> id, Optional<String> msUsername) {
        Deleted {
            id = Objects.requireNonNullElse(id, Optional.empty());
            msUsername = Objects.requireNonNullElse(msUsername, Optional.empty());
        }
    }

    Call<TeamsAdmin> get() {
        return Call.request(transport, () -> FusionOperation.ADMIN_GET.request(subscription).build(),
                ResponseHandler.json(TeamsAdmin.class));
    }

    Call<FusionId> createOrUpdate(AdminCredentials credentials) {
        return Call.request(transport, () -> {
            Args.require("credentials", credentials);
            return FusionOperation.ADMIN_SET.request(subscription).body(RequestBody.json(credentials)).build();
        }, ResponseHandler.json(FusionId.class));
    }

    Call<AdminDeletion> delete() {
        return Call.request(transport, () -> FusionOperation.ADMIN_DELETE.request(subscription).build(),
                this::readDeletion);
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
