package io.teamsdr.vsxi;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.teamsdr.core.DecodingException;
import io.teamsdr.core.http.RequestSpec;
import io.teamsdr.core.http.ResponseHandler;
import io.teamsdr.core.http.Transport;
import io.teamsdr.core.internal.Validator;
import io.teamsdr.vsxi.internal.ResponseBodies;
import io.teamsdr.vsxi.internal.VsxiPaths;
import io.teamsdr.vsxi.model.ProvisionedUser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

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

    @Override
    public long forEach(boolean includeDraft, Collection<String> tenantIds, Consumer<? super ProvisionedUser> action) {
        Objects.requireNonNull(action, "action");
        RequestSpec spec = spec(includeDraft, tenantIds);
        ObjectMapper mapper = transport.mapper();
        return transport.send(spec, response -> {
            try (JsonParser parser = mapper.createParser(response.body())) {
                return readUsers(parser, mapper, action);
            } catch (JsonProcessingException malformed) {
                throw new DecodingException(spec.method().name(), spec.pathTemplate(), response.status(),
                        "(streamed; not kept)", malformed);
            }
        });
    }

    /** Walks {@code {"users": [...], ...}}, binding one user at a time and skipping other fields. */
    private static long readUsers(JsonParser parser, ObjectMapper mapper, Consumer<? super ProvisionedUser> action)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(parser, "expected an object with a users list");
        }
        long count = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("users".equals(field) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    action.accept(mapper.readValue(parser, ProvisionedUser.class));
                    count++;
                }
            } else {
                parser.skipChildren();
            }
        }
        return count;
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
