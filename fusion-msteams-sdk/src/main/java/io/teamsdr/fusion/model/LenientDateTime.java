package io.teamsdr.fusion.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads Fusion's timestamps. The document shows local ISO date-times without an offset
 * ({@code 2024-08-06T11:37:28.280607}); a timestamp that does carry an offset or {@code Z} is
 * converted to UTC instead of failing the whole answer.
 */
final class LenientDateTime extends StdDeserializer<LocalDateTime> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    LenientDateTime() {
        super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
        }
        String text = parser.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException local) {
            try {
                return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (DateTimeParseException offset) {
                return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                        "expected an ISO-8601 date-time such as 2024-08-06T11:37:28.280607");
            }
        }
    }
}
