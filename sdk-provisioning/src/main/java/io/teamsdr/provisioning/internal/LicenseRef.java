package io.teamsdr.provisioning.internal;

/**
 * A Microsoft license, by SKU id and SKU part number.
 *
 * @param skuId the SKU id (a GUID)
 * @param partNumber the SKU part number, e.g. {@code MCOEV}
 */
public record LicenseRef(String skuId, String partNumber) {
}
