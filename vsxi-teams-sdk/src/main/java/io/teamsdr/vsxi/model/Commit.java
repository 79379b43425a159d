package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A committed session: the answer of {@code POST /teams/draft/commit} and an entry of
 * {@code GET /teams/commits}.
 *
 * @param session the session key, unique on the SBC; what {@code rollbackTo} takes
 * @param timestamp when the session was committed, as the server wrote it
 * @param description the description given at commit time; empty when the commit had none
 * @param summary what the session changed; the history carries it, a commit answer may not
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Commit(String session, Optional<String> timestamp, Optional<String> description,
                     Optional<DraftStatus> summary) {

    /**
     * Normalizes the values the server left out (the JSON reader passes them as {@code null}).
     *
     * @param session the session key, unique on the SBC; what {@code rollbackTo} takes
     * @param timestamp when the session was committed, as the server wrote it
     * @param description the description given at commit time; empty when the commit had none
     * @param summary what the session changed; the history carries it, a commit answer may not
     * @throws NullPointerException when {@code session} is missing
     */
    public Commit {
        Objects.requireNonNull(session, "session");
        timestamp = Objects.requireNonNullElse(timestamp, Optional.empty());
        description = Objects.requireNonNullElse(description, Optional.empty());
        summary = Objects.requireNonNullElse(summary, Optional.empty());
    }

    /**
     * Returns the timestamp as an instant, when the server wrote it in ISO-8601 form (with
     * {@code Z} or an offset).
     *
     * @return the instant, empty when absent or in another form
     */
    public Optional<Instant> instant() {
        return timestamp.flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException notInstant) {
                try {
                    return Optional.of(OffsetDateTime.parse(text).toInstant());
                } catch (DateTimeParseException notOffset) {
                    return Optional.empty();
                }
            }
        });
    }
}
