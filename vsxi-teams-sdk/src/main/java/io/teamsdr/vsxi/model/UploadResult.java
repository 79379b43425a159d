package io.teamsdr.vsxi.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The server's answer to an accepted CSV upload.
 *
 * @param accepted rows the server took into the draft
 * @param errors problems the server reported while still accepting the upload; usually empty
 *     (a rejected upload is a {@code CsvRejectedException} instead)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadResult(long accepted, List<UploadError> errors) {

    /**
     * Normalizes a missing error list.
     *
     * @param accepted rows the server took into the draft
     * @param errors problems the server reported while still accepting the upload; usually empty (a
     *     rejected upload is a {@code CsvRejectedException} instead)
     */
    public UploadResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
