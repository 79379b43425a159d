package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem the server found in an uploaded CSV.
 *
 * @param line the CSV line the problem is on (the header is line 1); 0 when the problem belongs to
 *     no single line, see {@link #hasLine()}
 * @param field the column, when the problem belongs to one
 * @param reason what is wrong
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadError(long line, Optional<String> field, String reason) {

    /**
     * Normalizes the values the server left out (the JSON reader passes them as {@code null}).
     *
     * @param line the CSV line the problem is on (the header is line 1); 0 when the problem belongs
     *     to no single line, see {@link #hasLine()}
     * @param field the column, when the problem belongs to one
     * @param reason what is wrong
     */
    public UploadError {
        field = Objects.requireNonNullElse(field, Optional.empty());
        reason = Objects.requireNonNullElse(reason, "");
    }

    /**
     * Tells whether the problem is on one line of the CSV.
     *
     * @return {@code true} when {@link #line()} names a line
     */
    public boolean hasLine() {
        return line > 0;
    }

    /**
     * Describes the problem as {@code line 2: did: already taken}.
     *
     * @return the line, the column and the reason, each when known
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (hasLine()) {
            text.append("line ").append(line);
        }
        field.ifPresent(name -> text.append(text.length() > 0 ? ": " : "").append(name));
        return text.append(text.length() > 0 ? ": " : "").append(reason).toString();
    }
}
