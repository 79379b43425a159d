package io.teamsdr.provisioning.internal;

/**
 * A license the tenant has bought.
 *
 * @param skuId the SKU id
 * @param partNumber the SKU part number
 * @param description the product name
 * @param free seats not assigned yet
 */
public record LicenseInfo(String skuId, String partNumber, String description, long free) {
}
