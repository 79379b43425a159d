package io.teamsdr.vsxi;

import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.vsxi.internal.ResponseBodies;
import io.teamsdr.vsxi.internal.VsxiPaths;
import io.teamsdr.vsxi.model.ProvisionedUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link Users} of a {@link VsxiTeamsClient}. */
final class DefaultUsers implements Users {
    private final Transport transport;

    DefaultUsers(Transport transport) {
        this.transport = transport;
    }

    @Override
    public List<ProvisionedUser> list(boolean includeDraft, String... tenantIds) {
        return list(includeDraft, Arrays.asList(tenantIds));
    }

    @Override
    public List<ProvisionedUser> list(boolean includeDraft, Collection<String> tenantIds) {
        return transport.send(spec(includeDraft, tenantIds), ResponseHandler.json(ResponseBodies.Users.class)).users();
    }

    @Override
    public CompletableFuture<List<ProvisionedUser>> listAsync(boolean includeDraft, Collection<String> tenantIds) {
        return transport.sendAsync(spec(includeDraft, tenantIds), ResponseHandler.json(ResponseBodies.Users.class))
                .thenApply(ResponseBodies.Users::users);
    }

    /** The ids travel joined by commas in one parameter, so an id may not hold a comma itself. */
    private static RequestSpec spec(boolean includeDraft, Collection<String> tenantIds) {
        Objects.requireNonNull(tenantIds, "tenantIds");
        List<String> ids = new ArrayList<>(tenantIds);
        Validator validator = new Validator();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            validator.required("tenantIds[" + i + "]", id);
            validator.check(id == null || id.indexOf(',') < 0, "tenantIds[" + i + "]", id, "a tenant id without ','");
        }
        validator.throwIfInvalid();
        return VsxiPaths.users(includeDraft, ids);
    }
}
