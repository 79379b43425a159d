package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Why one item of a bulk update failed.
 *
 * @param code Fusion's error code, as text (e.g. {@code 2095})
 * @param reason Fusion's explanation, e.g. {@code The template does not exist}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkItemError(String code, String reason) {
}
