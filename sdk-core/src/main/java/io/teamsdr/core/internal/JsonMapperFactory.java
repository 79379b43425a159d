package io.teamsdr.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.teamsdr.core.FieldUpdate;

/** Builds the one object mapper configuration every teamsdr client uses. */
public final class JsonMapperFactory {
    private JsonMapperFactory() {
    }

    /**
     * Creates a mapper that ignores unknown fields (servers add fields), reads and writes
     * {@link java.util.Optional} values, and leaves unchanged {@link FieldUpdate}s out. No payload
     * binds a {@code java.time} type through the mapper (the clients read timestamps with their own
     * lenient deserializers or as text), so the java.time module is not on the runtime path.
     *
     * @return a new mapper; thread-safe once configured
     */
    public static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new OptionalModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        mapper.configOverride(FieldUpdate.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        return mapper;
    }
}
