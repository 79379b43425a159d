package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Microsoft license assigned to a user or resource account (the "Microsoft licensing object").
 *
 * @param skuId the license GUID, e.g. {@code 18181a46-0d4e-45cd-891e-60aabd171b4e}
 * @param skuPartNumber the license's string id, e.g. {@code STANDARDPACK}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignedLicense(String skuId, String skuPartNumber) {
}
