package io.teamsdr.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.teamsdr.core.FieldUpdate;
import java.io.IOException;

/**
 * Writes a {@link FieldUpdate} as its value or as {@code null}, and reports an unchanged update as
 * "empty" so that properties of this type configured with {@code NON_EMPTY} inclusion are left out.
 */
@SuppressWarnings("rawtypes")
public final class FieldUpdateSerializer extends StdSerializer<FieldUpdate> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public FieldUpdateSerializer() {
        super(FieldUpdate.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, FieldUpdate value) {
        return value == null || value.isUnchanged();
    }

    @Override
    public void serialize(FieldUpdate update, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (update.isSet()) {
            provider.defaultSerializeValue(update.value().orElseThrow(), generator);
        } else {
            generator.writeNull();
        }
    }
}
