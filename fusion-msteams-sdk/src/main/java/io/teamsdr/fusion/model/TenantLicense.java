package io.teamsdr.fusion.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Microsoft license purchased for the MS Teams tenant, with how many seats are left. Only
 * licenses relevant to users are listed.
 *
 * @param skuId the license GUID, the value to assign licenses with
 * @param skuPartNumber the license's string id, e.g. {@code STANDARDPACK}
 * @param skuDescription an English description, or the part number when none is known
 * @param total how many seats were purchased
 * @param free how many seats are still unassigned
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantLicense(String skuId, String skuPartNumber, String skuDescription, long total, long free) {
}
