package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One problem the server found in an uploaded CSV.
 *
 * @param line the CSV line (the header is line 1), when the problem belongs to one
 * @param field the column, when the problem belongs to one
 * @param reason what is wrong
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadError(OptionalLong line, Optional<String> field, String reason) {

    /** Normalizes missing values. */
    public UploadError {
        line = line == null ? OptionalLong.empty() : line;
        field = field == null ? Optional.empty() : field;
        reason = Objects.requireNonNullElse(reason, "");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        line.ifPresent(n -> text.append("line ").append(n));
        field.ifPresent(name -> text.append(text.length() > 0 ? ": " : "").append(name));
        return text.append(text.length() > 0 ? ": " : "").append(reason).toString();
    }
}
